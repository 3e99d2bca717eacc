// `npm run bench`: the performance and quality table, in one run on the same corpus and questions.
// Speed and memory are reported here, never asserted in tests (they depend on the machine).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { GENERATED_DIR, readKnowledge } from "../src/adapters/node/artifacts.js";
import { loadNodeServices } from "../src/adapters/node/services.js";
import { createAnalyzer } from "../src/core/analysis/analyzer.js";
import { loadTokenizer } from "../src/core/analysis/dictionary.js";
import { buildKnowledge } from "../src/core/knowledge/knowledge.js";
import { readBank } from "../src/eval/bank/read.js";
import { percentile } from "../src/eval/metrics/stats.js";
import { fromGetPassage, passageLookup } from "../src/eval/run/passages.js";
import { runBank } from "../src/eval/run/run.js";
import { inProcessTarget } from "../src/eval/run/target.js";
import { answerQuality } from "./bench/answers.js";
import { charBigrams, oramaJapanese } from "./bench/baselines.js";
import { measureHttpLoad } from "./bench/http-load.js";
import { measureQuality } from "./bench/retrieval.js";
import { tokenIdentity } from "./bench/token-identity.js";
import { buildTimeAnalyzer, readDictionaryBuffers } from "./build-dictionary.js";

const args = new Set(process.argv.slice(2));
const BANK = "evals/bank";
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = ([a, b]: [number, number]) => `${a}/${b} (${b ? pct(a / b) : "—"})`;
const ms = (x: number | undefined) => (x === undefined ? "—" : `${x.toFixed(2)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const section = (title: string) => console.log(`\n## ${title}`);
const row = (label: string, value: string, target = "") =>
  console.log(`${label.padEnd(44)} ${value.padEnd(28)} ${target}`);

const cases = readBank(BANK);
const services = loadNodeServices({ ...process.env, RATE_LIMIT_PER_MINUTE: "100000" });
const snapshot = readKnowledge();
const passages = snapshot.index.passages;

console.log(
  `# Benchmark — ${cases.length} questions from ${BANK}, ${passages.length} passages (corpus ${snapshot.index.version})`,
);

section("Retrieval quality (same passages, same questions)");
const ours = {
  name: "this analyzer",
  rank: (q: string, k: number, c?: string) => services.search.search(q, k, c).map((h) => h.id),
};
const quality = measureQuality([ours, oramaJapanese(passages), charBigrams(passages)], cases);
console.log("ranker            split   n    hit@1   hit@3   hit@5   MRR@10  nDCG@10");
for (const r of quality) {
  console.log(
    `${r.ranker.padEnd(17)} ${r.split.padEnd(5)} ${String(r.n).padStart(4)}   ${[r.hit1, r.hit3, r.hit5]
      .map(pct)
      .map((s) => s.padStart(6))
      .join("  ")}   ${r.mrr10.toFixed(3)}   ${r.ndcg10.toFixed(3)}`,
  );
}
const test = (name: string) => quality.find((r) => r.ranker === name && r.split === "test");
const bestBaseline = Math.max(test("orama-japanese")?.ndcg10 ?? 0, test("char-bigrams")?.ndcg10 ?? 0);
row("test hit@3", pct(test("this analyzer")?.hit3 ?? 0), "target ≥ 95%");
row(
  "test nDCG@10 gain over the better baseline",
  `+${((test("this analyzer")?.ndcg10 ?? 0) - bestBaseline).toFixed(3)}`,
  "target ≥ +0.15",
);

section("Safety and answers (npm run eval has the details)");
const results = await runBank(
  cases,
  inProcessTarget(services),
  passageLookup([fromGetPassage(services.search.getPassage)]),
);
const q = answerQuality(results);
row("emergency recall", ratio(q.emergencyRecall), "target 100%");
row("urgent recall (escalated at least to urgent)", ratio(q.urgentRecall), "target 100%");
row("ordinary questions escalated", ratio(q.ordinaryEscalated), "target ≤ 3%");
row("key fact present in the answer", ratio(q.keyFacts), "target ≥ 90%");
row("answers with citations and [n] markers", ratio(q.answersCited), "target 100%");
row("replies whose quotes are verbatim", ratio(q.quotesVerbatim), "target 100%");

section("Latency, in-process");
const searchTimes: number[] = [];
const chatTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const c of cases) {
    let t = performance.now();
    services.search.search(c.question, 10);
    searchTimes.push(performance.now() - t);
    t = performance.now();
    await services.chat.chat({ message: c.question, history: c.history });
    chatTimes.push(performance.now() - t);
  }
}
row("search p50 / p99", `${ms(percentile(searchTimes, 50))} / ${ms(percentile(searchTimes, 99))}`);
row("/api/chat pipeline p50 / p99", `${ms(percentile(chatTimes, 50))} / ${ms(percentile(chatTimes, 99))}`);

section("Build and load");
const runtimeAnalyzer = createAnalyzer(loadTokenizer(readDictionaryBuffers()));
let t = performance.now();
buildKnowledge(runtimeAnalyzer, [...passages], snapshot.index.version);
row("index build (analyze + index + answer data)", ms(performance.now() - t));
const probe = JSON.parse(
  execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/bench/load-probe.ts", BANK], {
    encoding: "utf8",
  }),
) as Record<string, number>;
row("dictionary load (fresh process)", ms(probe.dictionaryMs));
row("index load (JSON.parse + Orama load)", ms(probe.indexMs));
row("dictionary + index load", ms((probe.dictionaryMs ?? 0) + (probe.indexMs ?? 0)), "target ≤ 100 ms");
row("synonym table warm-up (once, at start-up)", ms(probe.warmUpMs));
row("memory: dictionary buffers", mb(probe.dictionaryBytes ?? 0));
row("memory: analyzer + index heap", mb(probe.heapBytes ?? 0));
row("memory: tokenizer + loaded index", mb(probe.totalBytes ?? 0), "target ≤ 40 MB");
row("memory added by searching the bank once", mb(probe.servedBytes ?? 0), "(kept token shares, memos)");

section("Build-time vs query-time analysis");
t = performance.now();
const identity = tokenIdentity(buildTimeAnalyzer(), runtimeAnalyzer, passages, cases);
row("corpus sentences identical", ratio(identity.sentences), "target 100%");
row("bank questions identical", ratio(identity.questions), "target 100%");
for (const diff of identity.differences.slice(0, 5)) console.log(`  differs: ${diff}`);

section("Sizes");
const widget = readFileSync(`${GENERATED_DIR}/widget.js`);
row(
  "widget.js (minified / gzip)",
  `${(widget.length / 1024).toFixed(1)} KiB / ${(gzipSync(widget).length / 1024).toFixed(1)} KiB`,
);
const dryRun = execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", "dist"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "pipe"],
});
const upload = dryRun.match(/Total Upload:\s*([\d.]+\s*KiB)\s*\/\s*gzip:\s*([\d.]+\s*KiB)/);
const uploadMiB = upload ? Number.parseFloat(upload[1] ?? "0") / 1024 : Number.NaN;
row(
  "wrangler deploy --dry-run upload",
  upload ? `${uploadMiB.toFixed(1)} MiB (gzip ${upload[2]})` : "not reported",
  "target ≤ 32 MiB",
);

if (!args.has("--no-load")) {
  const messages = cases.filter((c) => c.history.length === 0).map((c) => c.question);
  for (const workers of [1, 2]) {
    section(
      `Node HTTP throughput, NODE_WORKERS=${workers} (autocannon, 50 connections, 10 s, POST /api/chat, the bank's questions in turn)`,
    );
    const load = await measureHttpLoad({ connections: 50, seconds: 10, port: 8799, messages, workers });
    row("requests/s (average)", load.requestsPerSecond.toFixed(0), "target ≥ 1,000");
    row("latency p50 / p99", `${load.latencyP50} ms / ${load.latencyP99} ms`);
    row("errors + timeouts / non-2xx", `${load.errors} / ${load.non2xx} of ${load.total}`, "target 0");
  }
}

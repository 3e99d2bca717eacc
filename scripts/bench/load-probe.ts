// Run in a fresh process by the bench: measures what one runtime instance pays to become ready —
// dictionary + index load time and the memory they hold — with nothing else loaded first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DIR, readDictionaryBuffers } from "../../src/adapters/node/artifacts.js";
import { createAnalyzer } from "../../src/core/analysis/analyzer.js";
import { loadTokenizer } from "../../src/core/analysis/dictionary.js";
import { type KnowledgeSnapshot, loadKnowledge, warmUp } from "../../src/core/knowledge/knowledge.js";
import { readBank } from "../../src/eval/bank/read.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

// File reads are the adapter's business (a Worker receives modules); time only what the runtime does.
const buffers = readDictionaryBuffers();
const knowledgeText = readFileSync(join(GENERATED_DIR, "knowledge.json"), "utf8");
gc();
const before = process.memoryUsage();

const t0 = performance.now();
const analyzer = createAnalyzer(loadTokenizer(buffers));
const t1 = performance.now();
const knowledge = loadKnowledge(analyzer, JSON.parse(knowledgeText) as KnowledgeSnapshot);
const t2 = performance.now();
// Warming the synonym table is start-up work too, reported on its own.
warmUp(analyzer, knowledge);
const t3 = performance.now();

gc();
const after = process.memoryUsage();
// The dictionary's ArrayBuffers were allocated before `before`, so count them explicitly.
const dictBytes = Object.values(buffers).reduce((sum, b) => sum + b.byteLength, 0);
const heap = after.heapUsed - before.heapUsed;

// What serving adds: every bank question searched once fills the kept token shares (bounded by the
// material's vocabulary) and the analyzer's small memos.
// The bank is the bench's (its argument), so the two cannot drift apart.
const bank = process.argv[2];
if (!bank) throw new Error("usage: load-probe.ts <bank folder or file>");
for (const c of readBank(bank)) knowledge.index.search(c.question, 10, c.history.at(-1)?.content);
gc();
const served = process.memoryUsage().heapUsed - after.heapUsed;
console.log(
  JSON.stringify({
    dictionaryMs: t1 - t0,
    indexMs: t2 - t1,
    warmUpMs: t3 - t2,
    dictionaryBytes: dictBytes,
    heapBytes: heap,
    totalBytes: dictBytes + heap,
    knowledgeJsonBytes: Buffer.byteLength(knowledgeText),
    servedBytes: served,
  }),
);

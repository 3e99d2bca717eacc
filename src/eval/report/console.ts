// The console summary, in the order a reader needs it: what failed and why, triage, retrieval, quality
// per split, the gates, then promptfoo-style counts and pass rate last.
import { RETRIEVAL_KS } from "../metrics/retrieval.js";
import { TRIAGE_LEVELS } from "../metrics/triage.js";
import { SPLITS } from "../summary.js";
import {
  itemLabel,
  ms,
  pct,
  type ReportData,
  reasonsOf,
  TRIAGE_NOTE,
  thresholdText,
  verdictReasons,
} from "./data.js";

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map(
    (r) =>
      `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ")}`,
  );
}

export function renderConsole(data: ReportData): string {
  const { summary, results, meta } = data;
  const all = summary.splits.all;
  const out: string[] = [];
  out.push(
    `Eval: ${results.length} items from ${meta.questions} via ${meta.target} (${(meta.durationMs / 1000).toFixed(1)} s)`,
    "",
  );

  const failing = results.filter((r) => r.status === "fail" || r.status === "error");
  if (failing.length > 0) {
    out.push(`Failures (${failing.length})`);
    for (const r of failing) {
      out.push(`  ✗ ${itemLabel(r)}${r.status === "error" ? " (error)" : ""}`);
      for (const reason of reasonsOf(r)) out.push(`      ${reason}`);
    }
    out.push("");
  }
  const skipped = results.filter((r) => r.status === "skipped");
  if (skipped.length > 0) {
    out.push(`Skipped (${skipped.length}): not passed, an assertion needs a grader model`);
    for (const r of skipped) out.push(`  - ${itemLabel(r)}`);
    out.push("");
  }

  out.push("Triage (rows: expected, columns: got; all splits)");
  out.push(
    ...table([
      ["", ...TRIAGE_LEVELS],
      ...TRIAGE_LEVELS.map((e) => [e, ...TRIAGE_LEVELS.map((g) => String(all.triage.matrix[e][g]))]),
    ]),
  );
  out.push("");
  out.push(
    ...table([
      ["split", "escalations", "under-triage", "95% upper", "over-triage"],
      ...SPLITS.map((s) => {
        const t = summary.splits[s].triage;
        return [
          s,
          String(t.escalations),
          `${t.underTriage} (${pct(t.underTriageRate)})`,
          pct(t.underTriageUpper95),
          `${t.overTriage}/${t.belowEmergency} (${pct(t.overTriageRate)})`,
        ];
      }),
    ]),
  );
  out.push(`  ${TRIAGE_NOTE}`);
  if (summary.triageMisses.length > 0) {
    out.push(`  Misses (${summary.triageMisses.length}):`);
    for (const m of summary.triageMisses) {
      const got = m.result.observation.response?.kind ?? "error";
      out.push(
        `    ${m.direction.toUpperCase()} ${itemLabel(m.result)}: expected ${m.result.case.kind}, got ${got}`,
      );
    }
  }
  out.push("");

  out.push("Retrieval (search top 10; items with gold ids)");
  out.push(
    ...table([
      [
        "split",
        "n",
        ...RETRIEVAL_KS.map((k) => `hit@${k}`),
        ...RETRIEVAL_KS.map((k) => `R@${k}`),
        "MRR@10",
        "nDCG@10",
      ],
      ...SPLITS.map((s) => {
        const r = summary.splits[s].retrieval;
        if (!r) return [s, "0", ...Array(RETRIEVAL_KS.length * 2 + 2).fill("—")];
        return [
          s,
          String(r.n),
          ...RETRIEVAL_KS.map((k) => pct(r.hit[k])),
          ...RETRIEVAL_KS.map((k) => pct(r.recall[k])),
          r.mrr10.toFixed(3),
          r.ndcg10.toFixed(3),
        ];
      }),
    ]),
  );
  out.push("");

  out.push("Quality by split");
  out.push(
    ...table([
      [
        "split",
        "items",
        "pass",
        "fail",
        "error",
        "skip",
        "pass rate",
        "kind acc",
        "citations ok",
        "p50",
        "p95",
      ],
      ...SPLITS.map((s) => {
        const x = summary.splits[s];
        return [
          s,
          String(x.total),
          String(x.passed),
          String(x.failed),
          String(x.errors),
          String(x.skipped),
          pct(x.passRate),
          pct(x.kindAccuracy),
          `${x.citations.valid}/${x.citations.checked}`,
          ms(x.latency.p50),
          ms(x.latency.p95),
        ];
      }),
    ]),
  );
  out.push("");

  const names = [...new Set(SPLITS.flatMap((s) => Object.keys(summary.splits[s].metrics)))].sort();
  if (names.length > 0) {
    out.push("Named metrics (items whose assertions of that metric all passed)");
    out.push(
      ...table([
        ["metric", ...SPLITS],
        ...names.map((name) => [
          name,
          ...SPLITS.map((s) => {
            const m = summary.splits[s].metrics[name];
            return m ? `${m.passed}/${m.total} (${pct(m.rate)})` : "—";
          }),
        ]),
      ]),
    );
    out.push("");
  }

  out.push("Thresholds");
  for (const o of data.thresholds) out.push(`  ${o.pass ? "✓" : "✗"} ${thresholdText(o)}`);
  out.push("");

  const reasons = verdictReasons(data);
  out.push(reasons.length === 0 ? "Gate: PASSED" : `Gate: FAILED (exit ${data.exitCode})`);
  for (const r of reasons) out.push(`  ${r}`);
  out.push("");
  out.push(`Successes: ${all.passed}`);
  out.push(`Failures: ${all.failed}`);
  out.push(`Errors: ${all.errors}`);
  out.push(`Skipped: ${all.skipped} (need a grader model)`);
  out.push(`Pass Rate: ${pct(all.passRate, 2)}`);
  return `${out.join("\n")}\n`;
}

// The console summary, in the order a reader needs it: what failed and why, triage, retrieval, quality
// per split, the gates, then promptfoo-style counts and pass rate last.
import {
  itemLabel,
  pct,
  type ReportData,
  reasonsOf,
  TRIAGE_NOTE,
  thresholdText,
  verdictReasons,
} from "./data.js";
import {
  namedMetricsTable,
  qualityTable,
  retrievalTable,
  type Table,
  triageMatrixTable,
  triageSplitTable,
} from "./tables.js";

/** A table as aligned plain text: first column left, the others right. */
function text({ head, rows: body }: Table): string[] {
  const rows = [head, ...body];
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
  out.push(...text(triageMatrixTable(summary)), "", ...text(triageSplitTable(summary)));
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

  out.push("Retrieval (search top 10; items with gold ids)", ...text(retrievalTable(summary)), "");
  out.push("Quality by split", ...text(qualityTable(summary)), "");
  const named = namedMetricsTable(summary);
  if (named) {
    out.push("Named metrics (items whose assertions of that metric all passed)", ...text(named), "");
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

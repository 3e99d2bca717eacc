// The report as plain sections (text, tables, lists), rendered by the Markdown and HTML writers so both
// show the same things. Cells are raw text; each writer escapes for its own format.
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

export type { Table };

export interface Section {
  title: string;
  text?: string[];
  tables?: Table[];
  list?: { item: string; detail: string[] }[];
}

export function buildSections(data: ReportData): Section[] {
  const { summary, results, meta } = data;
  const all = summary.splits.all;
  const reasons = verdictReasons(data);
  const named = namedMetricsTable(summary);
  const sections: Section[] = [
    {
      title: reasons.length === 0 ? "Gate: PASSED" : "Gate: FAILED",
      text: [
        `${results.length} items from ${meta.questions} via ${meta.target}, started ${meta.startedAt}.`,
        `Successes ${all.passed}, failures ${all.failed}, errors ${all.errors}, skipped ${all.skipped} (need a grader model). Pass rate ${pct(all.passRate, 2)}.`,
        ...reasons,
      ],
    },
    {
      title: "Quality by split",
      tables: [qualityTable(summary), ...(named ? [named] : [])],
    },
    {
      title: "Triage",
      text: [TRIAGE_NOTE, "Rows: expected level; columns: level given (all splits)."],
      tables: [triageMatrixTable(summary), triageSplitTable(summary)],
      list: summary.triageMisses.map((m) => ({
        item: `${m.direction.toUpperCase()}-triage ${itemLabel(m.result)}`,
        detail: [`expected ${m.result.case.kind}, got ${m.result.observation.response?.kind ?? "error"}`],
      })),
    },
    {
      title: "Retrieval",
      text: ["Search top 10 for the question; averages over items with gold ids (binary relevance)."],
      tables: [retrievalTable(summary)],
    },
    {
      title: "Thresholds",
      list: data.thresholds.map((o) => ({ item: `${o.pass ? "✓" : "✗"} ${thresholdText(o)}`, detail: [] })),
    },
    {
      title: `Failures (${results.filter((r) => r.status === "fail" || r.status === "error").length})`,
      list: results
        .filter((r) => r.status === "fail" || r.status === "error")
        .map((r) => ({
          item: `${itemLabel(r)}${r.status === "error" ? " (error)" : ""}`,
          detail: reasonsOf(r),
        })),
    },
    {
      title: `Skipped (${results.filter((r) => r.status === "skipped").length})`,
      list: results
        .filter((r) => r.status === "skipped")
        .map((r) => ({ item: itemLabel(r), detail: reasonsOf(r) })),
    },
  ];
  return sections;
}

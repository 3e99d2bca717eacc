// The report as plain sections (text, tables, lists), rendered by the Markdown and HTML writers so both
// show the same things. Cells are raw text; each writer escapes for its own format.
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

export interface Table {
  head: string[];
  rows: string[][];
}

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
      tables: [
        {
          head: [
            "split",
            "items",
            "pass",
            "fail",
            "error",
            "skip",
            "pass rate",
            "kind accuracy",
            "citations valid",
            "latency p50",
            "latency p95",
          ],
          rows: SPLITS.map((s) => {
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
        },
      ],
    },
    {
      title: "Triage",
      text: [TRIAGE_NOTE, "Rows: expected level; columns: level given (all splits)."],
      tables: [
        {
          head: ["expected \\ got", ...TRIAGE_LEVELS],
          rows: TRIAGE_LEVELS.map((e) => [e, ...TRIAGE_LEVELS.map((g) => String(all.triage.matrix[e][g]))]),
        },
        {
          head: ["split", "escalations", "under-triage", "95% upper bound", "over-triage"],
          rows: SPLITS.map((s) => {
            const t = summary.splits[s].triage;
            return [
              s,
              String(t.escalations),
              `${t.underTriage} (${pct(t.underTriageRate)})`,
              pct(t.underTriageUpper95),
              `${t.overTriage}/${t.belowEmergency} (${pct(t.overTriageRate)})`,
            ];
          }),
        },
      ],
      list: summary.triageMisses.map((m) => ({
        item: `${m.direction.toUpperCase()}-triage ${itemLabel(m.result)}`,
        detail: [`expected ${m.result.case.kind}, got ${m.result.observation.response?.kind ?? "error"}`],
      })),
    },
    {
      title: "Retrieval",
      text: ["Search top 10 for the question; averages over items with gold ids (binary relevance)."],
      tables: [
        {
          head: [
            "split",
            "n",
            ...RETRIEVAL_KS.map((k) => `hit@${k}`),
            ...RETRIEVAL_KS.map((k) => `recall@${k}`),
            "MRR@10",
            "nDCG@10",
          ],
          rows: SPLITS.map((s) => {
            const r = summary.splits[s].retrieval;
            if (!r) return [s, "0", ...Array<string>(RETRIEVAL_KS.length * 2 + 2).fill("—")];
            return [
              s,
              String(r.n),
              ...RETRIEVAL_KS.map((k) => pct(r.hit[k])),
              ...RETRIEVAL_KS.map((k) => pct(r.recall[k])),
              r.mrr10.toFixed(3),
              r.ndcg10.toFixed(3),
            ];
          }),
        },
      ],
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

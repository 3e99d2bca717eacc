// The report's tables, built once from the summary and rendered by every writer (console, Markdown,
// HTML), so they always show the same numbers. Cells are raw text; each writer escapes for its format.
import { RETRIEVAL_KS } from "../metrics/retrieval.js";
import { TRIAGE_LEVELS } from "../metrics/triage.js";
import { SPLITS, type Summary } from "../summary.js";
import { ms, pct } from "./data.js";

export interface Table {
  head: string[];
  rows: string[][];
}

export function triageMatrixTable(summary: Summary): Table {
  const all = summary.splits.all;
  return {
    head: ["expected \\ got", ...TRIAGE_LEVELS],
    rows: TRIAGE_LEVELS.map((e) => [e, ...TRIAGE_LEVELS.map((g) => String(all.triage.matrix[e][g]))]),
  };
}

export function triageSplitTable(summary: Summary): Table {
  return {
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
  };
}

export function retrievalTable(summary: Summary): Table {
  return {
    head: [
      "split",
      "n",
      ...RETRIEVAL_KS.map((k) => `hit@${k}`),
      ...RETRIEVAL_KS.map((k) => `R@${k}`),
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
  };
}

export function qualityTable(summary: Summary): Table {
  return {
    head: [
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
  };
}

/** Assertions grouped by their `metric` name (key_fact, safety…); undefined when none is named. */
export function namedMetricsTable(summary: Summary): Table | undefined {
  const names = [...new Set(SPLITS.flatMap((s) => Object.keys(summary.splits[s].metrics)))].sort();
  if (names.length === 0) return undefined;
  return {
    head: ["metric", ...SPLITS],
    rows: names.map((name) => [
      name,
      ...SPLITS.map((s) => {
        const m = summary.splits[s].metrics[name];
        return m ? `${m.passed}/${m.total} (${pct(m.rate)})` : "—";
      }),
    ]),
  };
}

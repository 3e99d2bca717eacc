// Aggregates graded items per split (all, dev, test): pass counts, kind accuracy, retrieval averages,
// triage, citation validity and latency. Every metric is reported for each split.
import { averageRetrieval, type RetrievalSummary } from "./metrics/retrieval.js";
import { percentile } from "./metrics/stats.js";
import {
  summarizeTriage,
  type TriageDirection,
  type TriageSummary,
  triageDirection,
} from "./metrics/triage.js";
import { type ItemResult, kindMatches } from "./types.js";

export const SPLITS = ["all", "dev", "test"] as const;
export type SplitName = (typeof SPLITS)[number];

export interface SplitSummary {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  /** Items whose only non-passing checks need a grader model: neither passed nor failed. */
  skipped: number;
  /** passed / (passed + failed + errors); undefined with nothing graded. */
  passRate: number | undefined;
  kindAccuracy: number | undefined;
  retrieval: RetrievalSummary | undefined;
  triage: TriageSummary;
  /** Items with something to check (an answer, citations or [n] markers). */
  citations: { checked: number; valid: number; rate: number | undefined };
  latency: { n: number; p50: number | undefined; p95: number | undefined };
  assertions: { passed: number; failed: number; skipped: number };
  /**
   * Assertions grouped by their promptfoo `metric` name (e.g. key_fact): an item counts once, as
   * passed when every assertion of that metric in it passed.
   */
  metrics: Record<string, { passed: number; total: number; rate: number | undefined }>;
}

export interface TriageMiss {
  result: ItemResult;
  direction: Exclude<TriageDirection, undefined>;
}

export interface Summary {
  splits: Record<SplitName, SplitSummary>;
  /** Every triage miss, under-triage first. */
  triageMisses: TriageMiss[];
}

const ratio = (a: number, b: number): number | undefined => (b > 0 ? a / b : undefined);

export function summarizeSplit(results: readonly ItemResult[]): SplitSummary {
  const count = (status: ItemResult["status"]) => results.filter((r) => r.status === status).length;
  const passed = count("pass");
  const failed = count("fail");
  const errors = count("error");
  const answered = results.filter((r) => r.observation.response !== undefined);
  const citationChecks = results.flatMap((r) => r.checks.filter((c) => c.name === "citations"));
  const assertionChecks = results.flatMap((r) => r.checks.filter((c) => c.assertion !== undefined));
  const latencies = answered.map((r) => r.observation.latencyMs);
  return {
    total: results.length,
    passed,
    failed,
    errors,
    skipped: count("skipped"),
    passRate: ratio(passed, passed + failed + errors),
    kindAccuracy: ratio(
      answered.filter((r) => kindMatches(r.case.kind, r.observation.response?.kind)).length,
      results.length,
    ),
    retrieval: averageRetrieval(results.map((r) => r.retrieval)),
    triage: summarizeTriage(
      results.map((r) => ({ expected: r.case.kind, got: r.observation.response?.kind })),
    ),
    citations: {
      checked: citationChecks.length,
      valid: citationChecks.filter((c) => c.status === "pass").length,
      rate: ratio(citationChecks.filter((c) => c.status === "pass").length, citationChecks.length),
    },
    latency: { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    assertions: {
      passed: assertionChecks.filter((c) => c.status === "pass").length,
      failed: assertionChecks.filter((c) => c.status === "fail").length,
      skipped: assertionChecks.filter((c) => c.status === "skip").length,
    },
    metrics: namedMetrics(results),
  };
}

function namedMetrics(results: readonly ItemResult[]): SplitSummary["metrics"] {
  const metrics: SplitSummary["metrics"] = {};
  for (const result of results) {
    const byName = new Map<string, boolean>();
    for (const check of result.checks) {
      const name = check.assertion?.metric;
      if (!name || check.status === "skip") continue;
      byName.set(name, (byName.get(name) ?? true) && check.status === "pass");
    }
    for (const [name, passed] of byName) {
      const m = metrics[name] ?? { passed: 0, total: 0, rate: undefined };
      metrics[name] = m;
      m.total += 1;
      if (passed) m.passed += 1;
      m.rate = m.passed / m.total;
    }
  }
  return metrics;
}

export function summarize(results: readonly ItemResult[]): Summary {
  const splits = {
    all: summarizeSplit(results),
    dev: summarizeSplit(results.filter((r) => r.case.split === "dev")),
    test: summarizeSplit(results.filter((r) => r.case.split === "test")),
  };
  const misses: TriageMiss[] = [];
  for (const result of results) {
    const direction = triageDirection({ expected: result.case.kind, got: result.observation.response?.kind });
    if (direction) misses.push({ result, direction });
  }
  misses.sort((a, b) => (a.direction === b.direction ? 0 : a.direction === "under" ? -1 : 1));
  return { splits, triageMisses: misses };
}

// promptfoo-shaped JSON (`results.results[]`, `results.stats`), plus this runner's retrieval, triage,
// per-split summary and thresholds. Machine-readable, so items carry their full vars.
import type { ItemResult } from "../types.js";
import type { ReportData } from "./data.js";

function resultJson(r: ItemResult) {
  const response = r.observation.response;
  const graded = r.checks.filter((c) => c.status !== "skip");
  const score = graded.length ? graded.filter((c) => c.status === "pass").length / graded.length : 0;
  const failing = r.checks.filter((c) => c.status !== "pass");
  return {
    description: r.case.description,
    testCase: {
      description: r.case.description,
      vars: r.case.vars,
      assert: r.case.assert,
      metadata: { kind: r.case.kind, gold: r.case.gold, split: r.case.split, tags: r.case.tags },
    },
    vars: r.case.vars,
    prompt: { raw: r.case.question, label: "question" },
    response: response
      ? {
          output: response.answer,
          metadata: { kind: response.kind, citations: response.citations, suggestions: response.suggestions },
        }
      : undefined,
    success: r.status === "pass",
    status: r.status,
    score,
    latencyMs: Math.round(r.observation.latencyMs),
    error: r.status === "error" ? r.observation.error : undefined,
    // promptfoo's ResultFailureReason: 0 none, 1 assertion, 2 error.
    failureReason: r.status === "error" ? 2 : r.status === "fail" ? 1 : 0,
    gradingResult: {
      pass: r.status === "pass",
      score,
      reason: failing.length ? failing.map((c) => c.reason).join("; ") : "All checks passed",
      componentResults: r.checks.map((c) => ({
        pass: c.status === "pass",
        skipped: c.status === "skip" ? true : undefined,
        score: c.status === "pass" ? 1 : 0,
        reason: c.reason,
        assertion: c.assertion ?? { type: c.name },
      })),
    },
    metadata: { split: r.case.split, source: r.case.source },
    retrieval: { retrieved: r.observation.retrieved, gold: r.case.gold, scores: r.retrieval },
  };
}

export function renderJson(data: ReportData): string {
  const { summary } = data;
  const all = summary.splits.all;
  const perSplit = <T>(pick: (s: (typeof summary.splits)["all"]) => T) => ({
    all: pick(summary.splits.all),
    dev: pick(summary.splits.dev),
    test: pick(summary.splits.test),
  });
  const report = {
    meta: data.meta,
    exitCode: data.exitCode,
    results: {
      version: 3,
      timestamp: data.meta.startedAt,
      results: data.results.map(resultJson),
      stats: {
        successes: all.passed,
        failures: all.failed,
        errors: all.errors,
        skipped: all.skipped,
        passRate: all.passRate,
      },
    },
    retrieval: perSplit((s) => s.retrieval ?? null),
    triage: {
      ...perSplit((s) => s.triage),
      convention: "upper95: Clopper–Pearson exact, two-sided 95 %",
      misses: summary.triageMisses.map((m) => ({
        direction: m.direction,
        description: m.result.case.description,
        split: m.result.case.split,
        expected: m.result.case.kind,
        got: m.result.observation.response?.kind ?? null,
      })),
    },
    splits: perSplit((s) => ({
      total: s.total,
      passed: s.passed,
      failed: s.failed,
      errors: s.errors,
      skipped: s.skipped,
      passRate: s.passRate,
      kindAccuracy: s.kindAccuracy,
      citations: s.citations,
      latency: s.latency,
      assertions: s.assertions,
      metrics: s.metrics,
    })),
    thresholds: data.thresholds.map((o) => ({ ...o.threshold, actual: o.actual, pass: o.pass })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

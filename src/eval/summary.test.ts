import { describe, expect, it } from "vitest";
import { makeResponse, makeResult } from "./fixtures/make.js";
import { summarize } from "./summary.js";

const emergency = makeResponse({ kind: "emergency", answer: "すぐに119番へ。", citations: [] });
const urgent = makeResponse({ kind: "urgent", answer: "今日受診を。", citations: [] });

const results = [
  makeResult({ split: "dev" }, { latencyMs: 10 }),
  makeResult({ split: "dev", kind: "no_answer" }, { latencyMs: 30 }),
  makeResult({ split: "test", kind: "emergency", gold: [] }, { response: emergency, latencyMs: 20 }),
  makeResult(
    { split: "test", kind: "emergency", gold: [], description: "missed" },
    { response: urgent, latencyMs: 40 },
  ),
  makeResult({ split: "test", kind: "urgent", gold: [] }, { response: undefined, error: "HTTP 500" }),
  makeResult(
    { split: "test", assert: [{ type: "similar", value: "x" }] },
    { retrieved: ["x"], latencyMs: 50 },
  ),
];
const s = summarize(results);

describe("summarize", () => {
  it("counts statuses per split, with skipped items outside the pass rate", () => {
    expect(s.splits.all).toMatchObject({ total: 6, passed: 2, failed: 2, errors: 1, skipped: 1 });
    expect(s.splits.all.passRate).toBeCloseTo(2 / 5, 12);
    expect(s.splits.dev).toMatchObject({ total: 2, passed: 1, failed: 1, passRate: 0.5 });
    expect(s.splits.test).toMatchObject({ total: 4, passed: 1, failed: 1, errors: 1, skipped: 1 });
  });

  it("averages retrieval only over items with gold ids, per split", () => {
    expect(s.splits.all.retrieval?.n).toBe(3);
    expect(s.splits.dev.retrieval?.hit[1]).toBe(1);
    expect(s.splits.test.retrieval).toMatchObject({ n: 1, mrr10: 0 });
  });

  it("counts a failed call on an escalation as under-triage", () => {
    expect(s.splits.test.triage.underTriage).toBe(2);
    expect(s.splits.test.triage.escalations).toBe(3);
    expect(s.splits.dev.triage.escalations).toBe(0);
    expect(s.triageMisses.map((m) => [m.result.case.description, m.direction])).toEqual([
      ["missed", "under"],
      ["heredity", "under"],
    ]);
  });

  it("takes latency percentiles over answered items only", () => {
    expect(s.splits.all.latency).toEqual({ n: 5, p50: 30, p95: 50 });
    expect(s.splits.dev.latency).toEqual({ n: 2, p50: 10, p95: 30 });
  });

  it("rates citation validity over items that had something to check", () => {
    expect(s.splits.all.citations).toEqual({ checked: 3, valid: 3, rate: 1 });
  });

  it("counts assertions by outcome", () => {
    expect(s.splits.all.assertions).toEqual({ passed: 0, failed: 0, skipped: 1 });
  });
});

describe("named metrics", () => {
  it("counts an item once per metric, passed only when all its assertions of that metric passed", () => {
    const named = summarize([
      makeResult({ split: "dev", assert: [{ type: "contains", value: "遺伝", metric: "key_fact" }] }),
      makeResult({
        split: "test",
        assert: [
          { type: "contains", value: "遺伝", metric: "key_fact" },
          { type: "contains", value: "存在しない語", metric: "key_fact" },
        ],
      }),
      makeResult({ split: "test" }),
    ]);
    expect(named.splits.all.metrics.key_fact).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(named.splits.dev.metrics.key_fact?.rate).toBe(1);
    expect(named.splits.test.metrics.key_fact).toEqual({ passed: 0, total: 1, rate: 0 });
  });
});

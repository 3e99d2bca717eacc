import { describe, expect, it } from "vitest";
import { makeResponse, makeResult } from "./fixtures/make.js";
import { summarize } from "./summary.js";
import {
  evaluateThresholds,
  exitCode,
  mergeThresholds,
  parseThreshold,
  parseThresholdFile,
  parseThresholdFlag,
  ThresholdError,
} from "./thresholds.js";

describe("parseThreshold", () => {
  it.each([
    ["test.hit@3=0.8", { key: "test.hit@3", split: "test", metric: "hit@3", direction: "min", limit: 0.8 }],
    [
      "pass-rate=95%",
      { key: "all.pass-rate", split: "all", metric: "pass-rate", direction: "min", limit: 0.95 },
    ],
    ["dev.latency-p95=1500", { key: "dev.latency-p95", direction: "max", limit: 1500 }],
    ["under-triage-ub95=0.1", { key: "all.under-triage-ub95", direction: "max", limit: 0.1 }],
    ["under-triage=0", { key: "all.under-triage", direction: "max", limit: 0 }],
  ])("reads %s", (flag, expected) => {
    expect(parseThresholdFlag(flag)).toMatchObject(expected);
  });

  it.each([
    ["hit@3", /expected \[split\.\]metric=value/],
    ["train.hit@3=0.5", /unknown split "train"/],
    ["test.hit@2=0.5", /unknown metric "hit@2"/],
    ["pass-rate=1.5", /not a rate/],
    ["pass-rate=abc", /not a rate/],
    ["latency-p50=-1", /not a number of ms/],
    ["under-triage=0.05", /cannot be loosened/],
  ])("rejects %s", (flag, message) => {
    expect(() => parseThresholdFlag(flag)).toThrow(ThresholdError);
    expect(() => parseThresholdFlag(flag)).toThrow(message);
  });

  it("reads a thresholds file, ignoring $-comments and naming the file on errors", () => {
    const file = parseThresholdFile({ $comment: "gates", "test.ndcg@10": 0.5 }, "evals/thresholds.json");
    expect(file.map((t) => t.key)).toEqual(["test.ndcg@10"]);
    expect(() => parseThresholdFile({ "x.y": 1 }, "evals/thresholds.json")).toThrow(
      /^evals\/thresholds\.json: /,
    );
    expect(() => parseThresholdFile([], "t.json")).toThrow(/expected an object/);
  });
});

describe("mergeThresholds", () => {
  it("starts from a 100 % pass rate and no under-triage, then applies file, env and flags in that order", () => {
    const keyed = (ts: ReturnType<typeof mergeThresholds>) =>
      Object.fromEntries(ts.map((t) => [t.key, t.limit]));
    expect(keyed(mergeThresholds([], undefined, []))).toEqual({ "all.pass-rate": 1, "all.under-triage": 0 });
    const file = [parseThreshold("pass-rate", 0.9), parseThreshold("test.hit@3", 0.8)];
    expect(keyed(mergeThresholds(file, "85", []))["all.pass-rate"]).toBe(0.85);
    expect(keyed(mergeThresholds(file, "85", [parseThresholdFlag("pass-rate=0.7")]))["all.pass-rate"]).toBe(
      0.7,
    );
    expect(keyed(mergeThresholds(file, undefined, []))["test.hit@3"]).toBe(0.8);
  });
});

describe("exit code", () => {
  const pass = makeResult({ split: "test" });
  const fail = makeResult({ split: "test", kind: "no_answer" });
  const under = makeResult(
    { split: "dev", kind: "urgent", gold: [] },
    { response: makeResponse({ kind: "answer" }) },
  );
  const code = (results: ReturnType<typeof makeResult>[], flags: string[] = []) => {
    const summary = summarize(results);
    const thresholds = mergeThresholds([], undefined, flags.map(parseThresholdFlag));
    return exitCode(summary, evaluateThresholds(summary, thresholds));
  };

  it("is 0 when every item passes", () => {
    expect(code([pass, pass])).toBe(0);
  });

  it("is 100 when any item fails, unless the pass-rate threshold allows it", () => {
    expect(code([pass, fail])).toBe(100);
    expect(code([pass, fail], ["pass-rate=50%"])).toBe(0);
    expect(code([pass, fail], ["pass-rate=51%"])).toBe(100);
  });

  it("is 100 on any under-triage, whatever the pass rate allows", () => {
    expect(code([pass, pass, pass, under], ["pass-rate=0"])).toBe(100);
  });

  it("is 100 when a metric threshold is missed or cannot be computed", () => {
    expect(code([pass], ["test.hit@1=1"])).toBe(0);
    expect(code([pass], ["test.hit@1=1", "dev.hit@1=0.5"])).toBe(100);
  });

  it("reports the actual value next to each threshold", () => {
    const summary = summarize([pass, fail]);
    const [outcome] = evaluateThresholds(summary, [parseThreshold("test.pass-rate", 0.9)]);
    expect(outcome).toMatchObject({ actual: 0.5, pass: false });
  });
});

import { describe, expect, it } from "vitest";
import { makeResponse, makeResult } from "../fixtures/make.js";
import { failureReasons } from "./grade.js";

describe("gradeItem", () => {
  it("passes an item whose kind, citations and assertions all hold", () => {
    const r = makeResult({ assert: [{ type: "contains", value: "遺伝" }] });
    expect(r.status).toBe("pass");
    expect(r.checks.map((c) => c.name)).toEqual(["kind", "citations", "contains"]);
  });

  it("fails on the wrong kind and says what was expected", () => {
    const r = makeResult({ kind: "no_answer" });
    expect(r.status).toBe("fail");
    expect(failureReasons(r)).toEqual(["expected kind no_answer, got answer"]);
  });

  it("passes a routine item on any reply that does not escalate, and fails it on one that does", () => {
    expect(makeResult({ kind: "routine" }).status).toBe("pass");
    const noAnswer = makeResponse({ kind: "no_answer", answer: "資料にありません", citations: [] });
    expect(makeResult({ kind: "routine" }, { response: noAnswer }).status).toBe("pass");
    const escalated = makeResponse({ kind: "emergency", answer: "119", citations: [] });
    const r = makeResult({ kind: "routine" }, { response: escalated });
    expect(r.status).toBe("fail");
    expect(failureReasons(r)).toEqual(["expected kind routine, got emergency"]);
  });

  it("fails on invalid citations even when the kind is right", () => {
    const r = makeResult({}, { response: makeResponse({ citations: [] }) });
    expect(r.status).toBe("fail");
    expect(failureReasons(r)[0]).toMatch(/without citations/);
  });

  it("grades assertions against the answer text", () => {
    const r = makeResult({ assert: [{ type: "not-contains", value: "遺伝しません" }] });
    expect(failureReasons(r)).toEqual(['expected to not contain "遺伝しません"']);
  });

  it("marks an item skipped, not passed, when only a model-graded assertion is left", () => {
    const r = makeResult({ assert: [{ type: "llm-rubric", value: "丁寧" }] });
    expect(r.status).toBe("skipped");
  });

  it("lets a failure outrank a skipped check", () => {
    const r = makeResult({ kind: "urgent", assert: [{ type: "llm-rubric", value: "丁寧" }] });
    expect(r.status).toBe("fail");
  });

  it("records a failed call as an error with its reason", () => {
    const r = makeResult({}, { response: undefined, error: "HTTP 500" });
    expect(r.status).toBe("error");
    expect(failureReasons(r)).toEqual(["HTTP 500"]);
  });

  it("scores retrieval from the retrieved ids, and not at all without gold ids", () => {
    expect(makeResult({}, { retrieved: ["x", "isaacs#heredity"] }).retrieval?.mrr10).toBe(0.5);
    expect(makeResult({ gold: [] }).retrieval).toBeUndefined();
  });
});

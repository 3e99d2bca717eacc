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

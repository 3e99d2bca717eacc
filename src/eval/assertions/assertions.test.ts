import { describe, expect, it } from "vitest";
import type { Assertion } from "../types.js";
import { runAssertion } from "./assertions.js";

const output = "すぐに１１９番に電話してください[1]。Isaacs症候群の情報です。";
const ctx = { output, latencyMs: 120, vars: { question: "遺伝しますか", term: "電話" } };

function status(a: Assertion, c = ctx): string {
  return runAssertion(a, c).status;
}

// Each row: an assertion that passes on `output`, and one of the same type that fails. The negated
// forms must give the opposite verdict for both.
const cases: [string, Assertion, Assertion][] = [
  ["equals", { type: "equals", value: output.normalize("NFKC") }, { type: "equals", value: "すぐに119番" }],
  ["contains", { type: "contains", value: "119" }, { type: "contains", value: "118" }],
  ["icontains", { type: "icontains", value: "isaacs症候群" }, { type: "icontains", value: "ISAAC症候群x" }],
  [
    "contains-any",
    { type: "contains-any", value: ["118", "119"] },
    { type: "contains-any", value: ["118", "117"] },
  ],
  [
    "contains-all",
    { type: "contains-all", value: ["119", "電話"] },
    { type: "contains-all", value: ["119", "救急車"] },
  ],
  [
    "icontains-any",
    { type: "icontains-any", value: "ISAACS, foo" },
    { type: "icontains-any", value: "bar, baz" },
  ],
  [
    "icontains-all",
    { type: "icontains-all", value: ["ISAACS", "119"] },
    { type: "icontains-all", value: ["ISAACS", "x"] },
  ],
  ["regex", { type: "regex", value: "1{2}9番" }, { type: "regex", value: "^Isaacs" }],
  ["starts-with", { type: "starts-with", value: "すぐに" }, { type: "starts-with", value: "Isaacs" }],
  [
    "levenshtein",
    { type: "levenshtein", value: output.replace("。", ""), threshold: 1 },
    { type: "levenshtein", value: "全く別の文", threshold: 3 },
  ],
  ["latency", { type: "latency", threshold: 500 }, { type: "latency", threshold: 100 }],
  ["is-json", { type: "is-json" }, { type: "is-json" }],
];

describe("runAssertion", () => {
  describe.each(cases)("%s", (type, passing, failing) => {
    const jsonCtx = { ...ctx, output: '{"kind": "answer"}' };
    const forPass = type === "is-json" ? jsonCtx : ctx;

    it("passes when the output meets it and fails when it does not", () => {
      expect(status(passing, forPass)).toBe("pass");
      expect(status(failing)).toBe("fail");
    });

    it("gives the opposite verdict under the not- prefix", () => {
      expect(status({ ...passing, type: `not-${passing.type}` }, forPass)).toBe("fail");
      expect(status({ ...failing, type: `not-${failing.type}` })).toBe("pass");
    });
  });

  it("normalizes both sides with NFKC so full-width digits match half-width ones", () => {
    expect(status({ type: "contains", value: "119" }, { ...ctx, output: "１１９番へ" })).toBe("pass");
    expect(status({ type: "contains", value: "１１９" }, { ...ctx, output: "119番へ" })).toBe("pass");
    expect(status({ type: "not-contains", value: "119" }, { ...ctx, output: "１１９" })).toBe("fail");
    expect(status({ type: "starts-with", value: "ｱｲｻﾞｯｸｽ" }, { ...ctx, output: "アイザックス症候群" })).toBe(
      "pass",
    );
  });

  it("splits a comma-separated list value and trims it, as promptfoo does", () => {
    expect(status({ type: "contains-all", value: " 119 ,電話 " })).toBe("pass");
  });

  it("substitutes {{var}} in values with the item's vars", () => {
    expect(status({ type: "contains", value: "{{ term }}" })).toBe("pass");
    expect(status({ type: "contains", value: "{{question}}" })).toBe("fail");
  });

  it("compares an object value for equals as JSON, ignoring key order", () => {
    const json = { ...ctx, output: '{"b": 1, "a": [1, 2]}' };
    expect(status({ type: "equals", value: { a: [1, 2], b: 1 } }, json)).toBe("pass");
    expect(status({ type: "equals", value: { a: [2, 1], b: 1 } }, json)).toBe("fail");
  });

  it("uses promptfoo's default levenshtein threshold of 5", () => {
    expect(status({ type: "levenshtein", value: `${output}12345` })).toBe("pass");
    expect(status({ type: "levenshtein", value: `${output}123456` })).toBe("fail");
  });

  it("says why a failing check failed", () => {
    expect(runAssertion({ type: "contains", value: "118" }, ctx).reason).toBe('expected to contain "118"');
    expect(runAssertion({ type: "not-contains", value: "119" }, ctx).reason).toBe(
      'expected to not contain "119"',
    );
    expect(runAssertion({ type: "latency", threshold: 100 }, ctx).reason).toBe(
      "expected to take at most 100 ms (took 120 ms)",
    );
  });

  it.each<[string, Assertion]>([
    ["a missing value", { type: "contains" }],
    ["an empty list", { type: "contains-any", value: [] }],
    ["an invalid regex", { type: "regex", value: "(" }],
    ["latency without a threshold", { type: "latency" }],
    ["a JSON schema for is-json", { type: "is-json", value: { type: "object" } }],
  ])("fails the item on %s, whatever the negation", (_, a) => {
    expect(status(a)).toBe("fail");
    expect(status({ ...a, type: `not-${a.type}` })).toBe("fail");
  });

  it.each(["javascript", "python", "not-javascript", "webhook"])(
    "refuses the code-running type %s",
    (type) => {
      const r = runAssertion({ type, value: "output.length > 0" }, ctx);
      expect(r.status).toBe("fail");
      expect(r.reason).toMatch(/unsupported/);
    },
  );

  it("refuses a transform, which is JavaScript", () => {
    expect(status({ type: "contains", value: "119", transform: "output.trim()" })).toBe("fail");
  });

  it.each(["llm-rubric", "similar", "context-faithfulness", "not-llm-rubric", "g-eval"])(
    "skips the model-graded type %s instead of passing it",
    (type) => {
      const r = runAssertion({ type, value: "丁寧である" }, ctx);
      expect(r.status).toBe("skip");
      expect(r.reason).toBe("skipped: needs a grader model");
    },
  );

  it("fails an unknown type", () => {
    expect(runAssertion({ type: "contains-sql" }, ctx).reason).toMatch(
      /unsupported assertion type "contains-sql"/,
    );
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// evals/promptfooconfig.yaml is run by promptfoo, which is not installed here; these tests hold it to
// the contract and run its two JavaScript snippets the way promptfoo does (new Function).
const config = parse(
  readFileSync(fileURLToPath(new URL("../../evals/promptfooconfig.yaml", import.meta.url)), "utf8"),
);
const provider = config.providers[0];
const reply = {
  kind: "urgent",
  answer: "今日中に受診してください。",
  citations: [{ id: "a#b", path: [], quote: "q" }],
  suggestions: [],
};

describe("evals/promptfooconfig.yaml", () => {
  it("posts the question as the message to the local server's /api/chat", () => {
    expect(provider.config).toMatchObject({
      url: "http://localhost:8787/api/chat",
      method: "POST",
      body: { message: "{{question}}" },
    });
  });

  it("reads the shared bank without expanding list vars", () => {
    expect(config.tests).toBe("file://bank/*.jsonl");
    expect(config.defaultTest.options.disableVarExpansion).toBe(true);
  });

  it("maps the reply to output = answer and metadata = kind and citations", () => {
    const transform = new Function("json", "text", `return ${provider.config.transformResponse}`);
    expect(transform(reply, JSON.stringify(reply))).toEqual({
      output: reply.answer,
      metadata: { kind: "urgent", citations: reply.citations, suggestions: [] },
    });
  });

  it("checks the kind against the test's metadata.kind", () => {
    const [kindCheck] = config.defaultTest.assert;
    expect(kindCheck.value).not.toContain("{{");
    const check = new Function("output", "context", kindCheck.value);
    const context = (want: string) => ({
      providerResponse: { metadata: { kind: "urgent" } },
      test: { metadata: { kind: want } },
    });
    expect(check(reply.answer, context("urgent")).pass).toBe(true);
    expect(check(reply.answer, context("emergency"))).toMatchObject({
      pass: false,
      reason: "expected kind emergency, got urgent",
    });
    expect(
      check(reply.answer, { metadata: { kind: "answer" }, test: { metadata: { kind: "answer" } } }).pass,
    ).toBe(true);
  });
});

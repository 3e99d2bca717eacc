import { describe, expect, it } from "vitest";
import { CorpusError } from "./errors.js";
import { parseCorpusFile } from "./load.js";

const GOOD = {
  title: "アイザックス症候群",
  source: "000.txt",
  language: "ja",
  reviewed_by: "Dr. A",
  reviewed_at: "2026-01-10",
  next_review: "2026-07-10",
};

function fileWith(frontMatter: string): string {
  return `---\n${frontMatter}\n---\n\n## 質問 {#q}\n\n答え。\n`;
}

function yamlOf(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v) : String(v)}`)
    .join("\n");
}

function errorOf(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error("expected a CorpusError");
}

describe("front matter", () => {
  it("accepts a complete front matter and defaults known_issues to an empty list", () => {
    const doc = parseCorpusFile("ok.md", fileWith(yamlOf(GOOD)));
    expect(doc.meta.title).toBe("アイザックス症候群");
    expect(doc.meta.known_issues).toEqual([]);
    expect(doc.slug).toBe("ok");
  });

  it("reads unquoted YAML dates as the dates written, not as timestamps", () => {
    const doc = parseCorpusFile(
      "ok.md",
      fileWith(
        "title: t\nsource: s\nlanguage: ja\nreviewed_by: r\nreviewed_at: 2026-01-10\nnext_review: 2026-07-10",
      ),
    );
    expect(doc.meta.reviewed_at).toBe("2026-01-10");
  });

  it.each([
    ["a missing title", { ...GOOD, title: undefined }, "title"],
    ["an empty title", { ...GOOD, title: "  " }, "title"],
    ["a language other than Japanese", { ...GOOD, language: "en" }, "language"],
    ["a date in another format", { ...GOOD, reviewed_at: "2026/01/10" }, "reviewed_at"],
    ["a next review before the last review", { ...GOOD, next_review: "2025-12-31" }, "next_review"],
    ["a misspelt field", { ...GOOD, reviewd_by: "x" }, "reviewd_by"],
    ["a missing review date", { ...GOOD, next_review: undefined }, "next_review"],
  ])("rejects %s, naming the file and the field", (_name, fields, field) => {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const error = errorOf(() => parseCorpusFile("bad.md", fileWith(yamlOf(defined))));
    expect(error.file).toBe("bad.md");
    expect(error.field).toBe(field);
    expect(error.message).toContain("bad.md");
    expect(error.message).toContain(field);
  });

  it("names the list entry of a malformed known issue", () => {
    const yaml = `${yamlOf(GOOD)}\nknown_issues:\n  - where: "not an id"\n    claim: c\n    note: n`;
    const error = errorOf(() => parseCorpusFile("bad.md", fileWith(yaml)));
    expect(error.field).toBe("known_issues.0.where");
  });

  it("reads a known issue as unverified unless it says caution, and rejects any other kind", () => {
    const issue = (kind: string) =>
      `${yamlOf(GOOD)}\nknown_issues:\n  - where: a#b\n    claim: c\n    note: n${kind ? `\n    kind: ${kind}` : ""}`;
    expect(parseCorpusFile("ok.md", fileWith(issue(""))).meta.known_issues[0]?.kind).toBe("unverified");
    expect(parseCorpusFile("ok.md", fileWith(issue("caution"))).meta.known_issues[0]?.kind).toBe("caution");
    expect(errorOf(() => parseCorpusFile("bad.md", fileWith(issue("wrong")))).field).toBe(
      "known_issues.0.kind",
    );
  });

  it.each([
    ["no front matter at all", "## 質問 {#q}\n\n答え。\n"],
    ["an unclosed front matter", "---\ntitle: t\n\n## 質問 {#q}\n"],
    ["front matter that is not YAML", fileWith("title: [unclosed")],
  ])("rejects %s, naming the file", (_name, text) => {
    const error = errorOf(() => parseCorpusFile("bad.md", text));
    expect(error.message).toMatch(/^bad\.md: front matter: /);
  });
});

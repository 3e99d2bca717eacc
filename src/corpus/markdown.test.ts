import { describe, expect, it } from "vitest";
import { fallbackAnchor } from "./anchors.js";
import { CorpusError } from "./errors.js";
import { parseHeadingLine, parseSections } from "./markdown.js";

describe("heading lines", () => {
  it.each([
    ["## <アイザックス症候群>は遺伝する? {#heredity}", 2, "<アイザックス症候群>は遺伝する?", "heredity"],
    ["### ❤️🩹 5️⃣ まとめ {#summary}", 3, "❤️🩹 5️⃣ まとめ", "summary"],
    ["#### ① ステロイド療法(第一選択)", 4, "① ステロイド療法(第一選択)", undefined],
    ["## 括弧{#を含む}見出し", 2, "括弧{#を含む}見出し", undefined],
  ])("parses %s", (line, level, text, anchor) => {
    expect(parseHeadingLine(line)).toEqual(anchor ? { level, text, anchor } : { level, text });
  });

  it.each(["#見出し", "- ## 見出し", "| ## | a |"])("does not take %s for a heading", (line) => {
    expect(parseHeadingLine(line)).toBeUndefined();
  });
});

describe("sections", () => {
  it("nest by level and keep each lead's blocks verbatim, tables apart from prose", () => {
    const body = [
      "## 質問 {#q}",
      "前置き。",
      "- 項目",
      "  続き",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "### 小見出し {#sub}",
      "",
      "本文。",
    ].join("\n");
    const [q] = parseSections("t.md", body);
    expect(q?.blocks).toEqual([
      { kind: "text", text: "前置き。\n- 項目\n  続き" },
      { kind: "table", text: "| a | b |\n|---|---|\n| 1 | 2 |" },
    ]);
    expect(q?.children.map((c) => [c.heading, c.anchor, c.blocks])).toEqual([
      ["小見出し", "sub", [{ kind: "text", text: "本文。" }]],
    ]);
  });

  it("give a heading without an anchor an 8-hex-digit id that depends only on its wording", () => {
    const [a] = parseSections("t.md", "## 見出し\n\n本文。");
    const [b] = parseSections("t.md", "## 見出し\n\n別の本文。");
    const [c] = parseSections("t.md", "## 見出し2\n\n本文。");
    expect(a?.anchor).toMatch(/^[0-9a-f]{8}$/);
    expect(a?.anchor).toBe(b?.anchor);
    expect(a?.anchor).toBe(fallbackAnchor("見出し"));
    expect(c?.anchor).not.toBe(a?.anchor);
  });

  it("ignore heading-like lines inside a code fence", () => {
    const [q] = parseSections("t.md", "## 質問 {#q}\n\n```\n## not a heading\n```");
    expect(q?.children).toEqual([]);
  });

  it.each([
    ["text before the first ## heading", "前置き。\n\n## 質問 {#q}", "body"],
    ["a level-1 heading", "# タイトル", 'line 1 heading "タイトル"'],
    ["a heading that skips a level", "## 質問 {#q}\n\n#### 細目 {#x}", 'line 3 heading "細目"'],
    ["an anchor with capitals", "## 質問 {#Heredity}", 'line 1 heading "質問"'],
  ])("reject %s, naming the file and where", (_name, body, field) => {
    expect(() => parseSections("t.md", body)).toThrow(CorpusError);
    expect(() => parseSections("t.md", body)).toThrow(`t.md: ${field}`);
  });
});

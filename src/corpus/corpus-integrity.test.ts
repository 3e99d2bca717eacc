// The corpus must say exactly what the received source says. `isaacs.md` may differ from the source of
// record only in Markdown structure; these tests compare the two line by line.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.js";
import { parseHeadingLine } from "./markdown.js";

const SOURCE = "corpus/source-of-record/000_977ce0aeed02bf91.txt";
const CORPUS = "corpus/isaacs.md";
const [sourceText, corpusText] = await Promise.all([readFile(SOURCE, "utf8"), readFile(CORPUS, "utf8")]);

// Normalization allowed when comparing, and why:
// - surrounding whitespace and runs of spaces: the source has trailing spaces and odd leading spaces,
//   and Markdown needs continuation lines of a list item indented;
// - a leading list marker "- ": the source mixes "- " and " - " for items of one list;
// - " - " inside a line: the source joined list items into one line ("…ます。 - 原因は…"), which the
//   corpus splits back into separate items;
// - table rows cell by cell (cells trimmed): only the padding around "|" may change.
// Nothing else: no width folding, no emoji or punctuation changes, so a reworded sentence fails.
function normalizeLine(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.startsWith("|")) return [tableRow(trimmed)];
  return trimmed
    .split(" - ")
    .map((part) =>
      part
        .replace(/^(?:- +)+/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((part) => part !== "");
}

function tableRow(row: string): string {
  const cells = row
    .replace(/^\|/, "")
    .replace(/\|\s*$/, "")
    .split("|");
  return `| ${cells.map((c) => c.replace(/\s+/g, " ").trim()).join(" | ")} |`;
}

/** The source's lines in order without its table of contents (目次 and the list of sub-headings). */
function sourceLines(text: string): { lines: string[]; toc: string[] } {
  const raw = text.split("\n");
  const tocTitle = raw.findIndex((l) => l.trim() === "目次");
  const tocStart = raw.findIndex((l, i) => i > tocTitle && l.trim().startsWith("- "));
  let tocEnd = tocStart;
  while (raw[tocEnd]?.trim().startsWith("- ")) tocEnd++;
  const toc = raw.slice(tocStart, tocEnd).flatMap(normalizeLine);
  const kept = raw.filter((_, i) => i !== tocTitle && (i < tocStart || i >= tocEnd));
  return { lines: kept.flatMap(normalizeLine), toc };
}

/** The corpus body's lines in order: headings without their `#` markers and `{#anchor}`. */
function corpusLines(text: string): string[] {
  return splitFrontMatter(CORPUS, text)
    .body.split("\n")
    .flatMap((line) => {
      const heading = parseHeadingLine(line);
      return heading ? [heading.text] : normalizeLine(line);
    });
}

function corpusHeadings(text: string): { level: number; text: string; anchor?: string }[] {
  return splitFrontMatter(CORPUS, text)
    .body.split("\n")
    .flatMap((l) => parseHeadingLine(l) ?? []);
}

describe("the corpus against its source of record", () => {
  const source = sourceLines(sourceText);

  it("keeps every line of the source, in order, and adds none", () => {
    expect(corpusLines(corpusText)).toEqual(source.lines);
  });

  it.each([
    ["a dropped sentence", (md: string) => md.replace("再発はあるが命に関わる病気ではない。\n", "")],
    ["a reworded sentence", (md: string) => md.replace("基本的に遺伝しません。", "遺伝しません。")],
    [
      "a changed table cell",
      (md: string) => md.replace("| 頻度 | 約99% | 約1%未満 |", "| 頻度 | 約90% | 約1%未満 |"),
    ],
    ["a changed emoji", (md: string) => md.replace("❤️🩹 5️⃣ まとめ {#summary}", "❤️ 5️⃣ まとめ {#summary}")],
    [
      "an added sentence",
      (md: string) => md.replace("- 再発はあるが", "- 医師に相談してください。\n- 再発はあるが"),
    ],
    [
      "two lines swapped",
      (md: string) => md.replace("①「疲れさせない」\n②「冷やさない」", "②「冷やさない」\n①「疲れさせない」"),
    ],
  ])("notices %s", (_name, mutate) => {
    const mutated = mutate(corpusText);
    expect(mutated).not.toBe(corpusText);
    expect(corpusLines(mutated)).not.toEqual(source.lines);
  });

  it("drops only the table of contents, whose items are exactly the ### headings in order", () => {
    expect(source.toc.length).toBeGreaterThan(0);
    const h3 = corpusHeadings(corpusText).filter((h) => h.level === 3);
    expect(h3.map((h) => h.text)).toEqual(source.toc);
  });
});

describe("headings in the corpus", () => {
  const headings = corpusHeadings(corpusText);
  const rawSourceLines = new Set(sourceText.split("\n").map((l) => l.trim()));

  it("are source lines, byte for byte, once the anchor is stripped", () => {
    const notInSource = headings.filter((h) => !rawSourceLines.has(h.text));
    expect(notInSource).toEqual([]);
  });

  it("are the source's question lines at level ##", () => {
    const questions = sourceText
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith("<アイザックス症候群>"));
    expect(headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual(questions);
  });

  it("all carry an explicit anchor, so no id depends on wording", () => {
    expect(headings.filter((h) => h.anchor === undefined)).toEqual([]);
  });

  it("keep the emoji exactly as received, without a zero-width joiner the source does not have", () => {
    const summary = headings.find((h) => h.anchor === "summary" && h.text.includes("5️⃣"));
    expect(summary?.text).toBe("\u2764\uFE0F\u{1FA79} 5\uFE0F\u20E3 まとめ");
  });
});

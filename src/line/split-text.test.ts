import { describe, expect, it } from "vitest";
import { clip, splitText } from "./split-text.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const squash = (text: string) => text.replace(/\s+/g, "");

// A deterministic pseudo-random generator so failures reproduce.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  "アイザックス症候群",
  "は",
  "筋肉",
  "が",
  "ぴくつく",
  "。",
  "\n",
  "\n\n",
  "😀",
  "👨‍👩‍👧",
  "❤️‍🩹",
  "a",
  " ",
  "、",
  "!",
  "[1]",
];

function randomText(seed: number, length: number): string {
  const next = random(seed);
  let text = "";
  while (text.length < length) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe("splitText", () => {
  it("returns a short text as one message", () => {
    expect(splitText("こんにちは。")).toEqual(["こんにちは。"]);
  });

  it("returns nothing for blank text, since LINE rejects empty messages", () => {
    expect(splitText("  \n ")).toEqual([]);
  });

  it("cuts at a paragraph boundary when one is available", () => {
    const first = "あ".repeat(30);
    const second = "い".repeat(30);
    expect(splitText(`${first}。\n\n${second}。`, { maxLength: 40 })).toEqual([`${first}。`, `${second}。`]);
  });

  it("cuts after a sentence rather than inside one when a paragraph is too long", () => {
    const sentence = "筋肉がぴくつく症状が続きます。";
    const parts = splitText(sentence.repeat(6), { maxLength: 40 });
    for (const part of parts) expect(part.endsWith("。")).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    "keeps every message within the limit and loses nothing (random text #%i)",
    (seed) => {
      const text = randomText(seed, 400);
      const parts = splitText(text, { maxLength: 100, maxParts: 10 });
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(100);
        expect(part).not.toMatch(LONE_SURROGATE);
      }
      expect(squash(parts.join(""))).toBe(squash(text));
    },
  );

  it("never cuts an emoji, even in a run with no boundary at all", () => {
    const text = "😀".repeat(11); // 22 code units
    expect(splitText(text, { maxLength: 5, maxParts: 10 })).toEqual([...Array(5).fill("😀😀"), "😀"]);
    expect(splitText("👨‍👩‍👧".repeat(3), { maxLength: 9 })).toEqual(["👨‍👩‍👧", "👨‍👩‍👧", "👨‍👩‍👧"]);
  });

  it("splits a 12,000-unit answer into messages of at most 5,000 UTF-16 units", () => {
    const paragraph = `${"アイザックス症候群では筋肉のこわばりが続くことがあります😀。".repeat(20)}\n\n`;
    const text = paragraph.repeat(Math.ceil(12_000 / paragraph.length));
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.length).toBeLessThanOrEqual(5);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(5000);
    expect(squash(parts.join(""))).toBe(squash(text));
  });

  it("stops at five messages and marks the last one as cut when the text is longer than that", () => {
    const text = "あ。".repeat(20_000);
    const parts = splitText(text, { truncationMark: "(以下省略)" });
    expect(parts).toHaveLength(5);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(5000);
    expect(parts[4]?.endsWith("(以下省略)")).toBe(true);
  });
});

describe("clip", () => {
  it("leaves short text alone and cuts long text between graphemes", () => {
    expect(clip("abc", 5)).toBe("abc");
    expect(clip("😀😀😀", 5, "…")).toBe("😀😀…");
    expect(clip("😀😀😀", 4, "…")).toBe("😀…");
  });
});

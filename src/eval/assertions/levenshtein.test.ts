import { describe, expect, it } from "vitest";
import { levenshtein } from "./levenshtein.js";

describe("levenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["遺伝しません", "遺伝します", 2],
    ["遺伝します", "遺伝しました", 2],
    ["遺伝する", "遺伝しる", 1],
    ["救急車を呼んで", "救急車を呼んでください", 4],
    // A surrogate pair (🩹) is one character, not two code units.
    ["❤️🩹", "❤️", 1],
  ])("from %j to %j is %d", (a, b, expected) => {
    expect(levenshtein(a, b)).toBe(expected);
    expect(levenshtein(b, a)).toBe(expected);
  });
});

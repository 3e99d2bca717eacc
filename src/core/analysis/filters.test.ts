import { describe, expect, it } from "vitest";
import { isPunctuation, normalizeNumber, stemKatakana } from "./filters.js";

describe("normalizeNumber", () => {
  it.each([
    ["三", "3"],
    ["十", "10"],
    ["二十三", "23"],
    ["百五", "105"],
    ["二〇二五", "2025"],
    ["三万", "30000"],
    ["十万", "100000"],
    ["一万二千", "12000"],
    ["3万", "30000"],
  ])("reads %s as %s", (text, expected) => {
    expect(normalizeNumber(text)).toBe(expected);
  });

  it.each(["2025", "日本", "一般", ""])("leaves %s alone", (text) => {
    expect(normalizeNumber(text)).toBeUndefined();
  });
});

describe("stemKatakana", () => {
  it.each([
    ["サーバー", "サーバ"],
    ["コンピューター", "コンピュータ"],
    ["ルー", "ルー"],
    ["データ", "データ"],
    ["ひらがなー", "ひらがなー"],
  ])("stems %s to %s", (term, expected) => {
    expect(stemKatakana(term)).toBe(expected);
  });
});

describe("isPunctuation", () => {
  it.each([
    ["|", true],
    ["(", true],
    ["💡", true],
    [" ", true],
    ["CT", false],
    ["3", false],
    ["薬", false],
  ])("says %s is punctuation: %s", (surface, expected) => {
    expect(isPunctuation(surface)).toBe(expected);
  });
});

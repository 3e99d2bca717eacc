import { describe, expect, it } from "vitest";
import { kanjiNumbersToDigits } from "./kanji-numbers.js";

describe("the value of a numeral run, before a counter", () => {
  it.each([
    ["三十", 30],
    ["十五", 15],
    ["三十八", 38],
    ["二百", 200],
    ["百二十", 120],
    ["十", 10],
    ["二〇", 20],
  ])("reads %s as %i", (run, value) => {
    expect(kanjiNumbersToDigits(`${run}錠`)).toBe(`${value}錠`);
  });
});

describe("kanjiNumbersToDigits", () => {
  it.each([
    ["薬を三十錠のんだ", "薬を30錠のんだ"],
    ["けいれんが十五分つづく", "けいれんが15分つづく"],
    ["熱が四十度", "熱が40度"],
    ["血圧が二百", "血圧が200"],
    ["五分たっても", "5分たっても"],
    ["十分で顔が赤くなった", "10分で顔が赤くなった"],
  ])("writes %s as %s", (raw, written) => {
    expect(kanjiNumbersToDigits(raw)).toBe(written);
  });

  it.each([
    "一度も",
    "一緒に",
    "十分に休んで",
    "これで十分ですか",
    "睡眠は十分でした",
    "二三日前から",
    "五六錠",
    "二重に見える",
    "十二指腸",
    "三人",
    "もう二度と",
    "数十錠",
    "何十錠",
  ])("leaves %s, which is not a number or is a range, as it is", (raw) => {
    expect(kanjiNumbersToDigits(raw)).toBe(raw);
  });
});

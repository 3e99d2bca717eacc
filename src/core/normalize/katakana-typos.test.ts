import { describe, expect, it } from "vitest";
import { collectKatakanaWords, createKatakanaCorrector } from "./katakana-typos.js";

const words = collectKatakanaWords([
  "ステロイド",
  "プレドニゾロン",
  "カルバマゼピン",
  "ピクピク",
  "と",
  "グロブリン",
]);
const correct = createKatakanaCorrector(words);

describe("katakana words one voicing mark off", () => {
  it("keeps only the material's katakana words of four letters or more", () => {
    expect(words).toEqual(["カルバマゼピン", "グロブリン", "ステロイド", "ピクピク", "プレドニゾロン"]);
  });

  it.each([
    ["ステロイト いつまで", "ステロイド いつまで"],
    ["フレドニゾロンの副作用", "プレドニゾロンの副作用"],
    ["カルハマゼピンは眠くなる?", "カルバマゼピンは眠くなる?"],
    ["足がヒクピクする", "足がピクピクする"],
  ])("respells %s as %s", (typed, meant) => {
    expect(correct(typed)).toBe(meant);
  });

  it.each([
    // Already the material's word, a word too short to tell, and a word two marks off.
    "ステロイドの量",
    "ハスに乗る",
    "スデロイト",
    "テレビを見ています",
  ])("leaves %s as it is", (text) => {
    expect(correct(text)).toBe(text);
  });

  it("leaves a word alone when two material words are one mark away", () => {
    const ambiguous = createKatakanaCorrector(["カバン", "ガバン"]);
    expect(ambiguous("ハバン")).toBe("ハバン");
  });
});

import { describe, expect, it } from "vitest";
import { collectKanaSpellings, createRespeller, type SpelledToken, writtenInKana } from "./kana-spelling.js";

const noun = (surface: string, reading: string, detail = "一般"): SpelledToken => ({
  surface,
  reading,
  pos: "名詞",
  detail,
});

// A small material: what kuromoji reads in it (surface, katakana reading, part of speech).
const material: SpelledToken[] = [
  noun("症状", "ショウジョウ"),
  noun("病気", "ビョウキ"),
  noun("遺伝", "イデン", "サ変接続"),
  noun("遺伝子", "イデンシ"),
  noun("中止", "チュウシ", "サ変接続"),
  noun("異常", "イジョウ", "形容動詞語幹"),
  noun("以上", "イジョウ", "副詞可能"),
  noun("機能", "キノウ"),
  noun("薬", "クスリ"),
  noun("てんかん", "テンカン"),
  noun("患者", "カンジャ"),
  noun("以内", "イナイ", "副詞可能"),
  noun("者", "シャ", "接尾"),
  noun("日本", "ニッポン", "固有名詞"),
  { surface: "動く", reading: "ウゴク", pos: "動詞", detail: "自立" },
];
const respell = createRespeller(collectKanaSpellings(material));

describe("kana questions spelled as the material spells them", () => {
  it.each([
    ["このびょうきの おもな しょうじょうは なに?", "この病気の おもな 症状は なに?"],
    ["くすり のんでも いい?", "薬 のんでも いい?"],
    // The し of する is not the end of a longer word (遺伝子).
    ["こどもに いでんしますか", "こどもに 遺伝しますか"],
    ["いでんしの けんさ", "遺伝子の けんさ"],
    // A word never ends before a small kana: ちゅうしゃ is not 中止 + ゃ.
    ["ちゅうしゃじょうは ありますか", "ちゅうしゃじょうは ありますか"],
    // The material's own kana word is read whole (てんかん), not as てん + かんじゃ.
    ["てんかんじゃないのに くすりが でた", "てんかんじゃないのに 薬が でた"],
    // 異常 and 以上 share a reading: which was meant cannot be told, so neither is written.
    ["5ふん いじょう つづく", "5ふん いじょう つづく"],
    // 昨日 is not 機能; 〜ていない is not 以内; verbs are not respelled.
    ["きのうから うごく", "きのうから うごく"],
    ["のんでいない", "のんでいない"],
    // IPADIC reads 日本 only as ニッポン; most people type にほん.
    ["にほんだと なんにん?", "日本だと なんにん?"],
    ["にっぽんでは?", "日本では?"],
  ])("%s → %s", (question, expected) => {
    expect(respell(question)).toBe(expected);
  });

  it("in a question written with kanji, respells only whole kana words, its other hiragana being grammar", () => {
    expect(writtenInKana("症状がわかっています")).toBe(false);
    expect(writtenInKana("くすりをのんでいます")).toBe(true);
    // A run that is a material noun from its first letter, then a particle, する or nothing.
    expect(respell("薬を飲んでいますが、しょうじょうは変わりません")).toBe(
      "薬を飲んでいますが、症状は変わりません",
    );
    expect(respell("びょうき持ちです")).toBe("病気持ちです");
    expect(respell("家族にいでんされる?")).toBe("家族に遺伝される?");
    // Grammar and verbs are left alone: the run does not start with the noun, or more follows it.
    expect(respell("薬をのんでいない日")).toBe("薬をのんでいない日");
    expect(respell("昨日からきのうが落ちた気がする")).toBe("昨日からきのうが落ちた気がする");
    expect(respell("症状がしょうじょうぶつ")).toBe("症状がしょうじょうぶつ");
  });

  it("keeps only nouns of the material, by a single spelling", () => {
    const spellings = collectKanaSpellings(material);
    expect(spellings).toMatchObject({ しょうじょう: "症状", てんかん: "てんかん", かんじゃ: "患者" });
    for (const reading of ["いじょう", "うごく", "しゃ", "いない", "きのう"])
      expect(spellings).not.toHaveProperty(reading);
  });

  it("does nothing without spellings", () => {
    expect(createRespeller({})("しょうじょう")).toBe("しょうじょう");
  });
});

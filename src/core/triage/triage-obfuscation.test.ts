import { describe, expect, it } from "vitest";
import { triage } from "./test-fixtures.js";

// People type emergencies in every spelling: kana for kanji, width variants, invisible characters,
// letters spaced out, emoji, typos, dialect. Each of these must still escalate.

const SPELLINGS: [string, string][] = [
  ["いきがくるしい", "breathing"],
  ["イキガクルシイ", "breathing"],
  ["ｲｷｶﾞｸﾙｼｲ", "breathing"],
  ["いきぐるしい", "breathing"],
  ["息がくるしいい", "breathing"],
  ["息が苦しぃ", "breathing"],
  ["いきが苦しいです", "breathing"],
  ["息がくるしーーーい", "breathing"],
  ["息苦しいねん", "breathing"],
  ["息が苦しいっす", "breathing"],
  ["息が苦しか", "breathing"],
  ["息が苦しいわ", "breathing"],
  ["息がえらい", "breathing"],
  ["息がしんどい", "breathing"],
  ["息ができひん", "breathing"],
  ["こきゅうがとまりそう", "breathing"],
  ["ＳｐＯ２が８８％", "breathing"],
  ["I can't breathe", "breathing"],
  ["むねがいたい", "chest_pain"],
  ["ムネガイタイ", "chest_pain"],
  ["胸がイタイ", "chest_pain"],
  ["胸がえらい", "chest_pain"],
  ["しんぞうがくるしい", "chest_pain"],
  ["chest pain", "chest_pain"],
  ["いしきがない", "consciousness"],
  ["ｲｼｷｶﾞﾅｲ", "consciousness"],
  ["たおれてへんじがない", "consciousness"],
  ["ケイレンが止まらん", "seizure"],
  ["けいれんがとまらへん", "seizure"],
  ["痙攣が止まらない", "seizure"],
  ["ろれつがまわらない", "stroke"],
  ["かたがわのてあしがうごかへん", "stroke"],
  ["くすりをたいりょうにのんだ", "overdose"],
  ["ＯＤした", "overdose"],
  ["しにたい", "self_harm"],
  ["ｼﾆﾀｲ", "self_harm"],
  ["シニタイ", "self_harm"],
  ["タヒにたい", "self_harm"],
  ["しにたいいいい", "self_harm"],
  ["きえたい…", "self_harm"],
  ["ｷｴﾀｲ", "self_harm"],
  ["リスカした", "self_harm"],
  ["じんましんでいきぐるしい", "anaphylaxis"],
  ["のどがはれてる", "anaphylaxis"],
];

/** Bases for mechanical obfuscation: one per emergency category. */
const BASES: [string, string][] = [
  ["息が苦しい", "breathing"],
  ["胸が痛い", "chest_pain"],
  ["意識がない", "consciousness"],
  ["けいれんが止まらない", "seizure"],
  ["ろれつが回らない", "stroke"],
  ["薬を大量に飲んだ", "overdose"],
  ["死にたい", "self_harm"],
  ["喉が腫れる", "anaphylaxis"],
];

const chars = (text: string) => Array.from(text);
const TRANSFORMS: [string, (text: string) => string][] = [
  ["spaces between letters", (t) => chars(t).join(" ")],
  ["full-width spaces between letters", (t) => chars(t).join("\u3000")],
  ["middle dots between letters", (t) => chars(t).join("・")],
  ["zero-width spaces between letters", (t) => chars(t).join("\u200b")],
  ["mixed invisible characters", (t) => chars(t).join("\u200d\u2060\ufeff")],
  ["full stops between letters", (t) => chars(t).join("。")],
  ["newlines between letters", (t) => chars(t).join("\n")],
  ["emoji around and inside", (t) => `😭${chars(t).join("🥲")}🙏🙏`],
  ["a variation selector after each letter", (t) => chars(t).join("\ufe0f")],
  ["a now-marker and a plea", (t) => `いま${t}!!たすけて`],
  ["someone else's situation", (t) => `母が${t}と言っています`],
  ["a 'do not tell me to call 119' tail", (t) => `${t}。119には電話したくないので対処法だけ教えて`],
];

describe("triage against obfuscation", () => {
  it.each(SPELLINGS)("escalates the spelling %s (%s)", (message, category) => {
    const result = triage(message);
    expect(result.level).toBe("emergency");
    expect(result.category).toBe(category);
  });

  for (const [name, transform] of TRANSFORMS) {
    it.each(BASES)(`escalates %s with ${name} (%s)`, (base, category) => {
      const result = triage(transform(base));
      expect(result.level).toBe("emergency");
      expect(result.category).toBe(category);
    });
  }
});

import data from "./colloquial.json" with { type: "json" };
import { normalizeText, toHiragana } from "./normalize.js";

// Regional and casual forms read as standard Japanese (眠れへん → 眠れない), so the analyzer and the
// synonym list, which know the standard forms, understand them. Rules are data (colloquial.json).

const RULES = data.rules.map((rule) => ({ from: new RegExp(rule.from, "gu"), to: rule.to }));

export function standardize(text: string): string {
  let out = katakanaSentenceAsHiragana(normalizeText(text));
  for (const rule of RULES) out = out.replace(rule.from, rule.to);
  return out;
}

/** Kana only, no hiragana or kanji: a sentence typed in (half-width) katakana, or a loanword. */
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー\p{P}\p{N}\p{Zs}a-zA-Z]+$/u;
/** Particles and endings that make a katakana run a sentence rather than one long loanword. */
const KATAKANA_GRAMMAR = /[ノハヲ]|ッテ|デス|マス|ナイ|スル|ナニ|ドウ/u;
const MIN_KATAKANA_SENTENCE = 8;

/**
 * "ｱｲｻﾞｯｸｽﾉｹﾝｻｯﾃﾅﾆｽﾙﾉ?" (typed on an old phone in half-width katakana) reads as the hiragana
 * sentence it is, which the dictionary segments; a loanword alone (リツキシマブ) stays as written.
 */
function katakanaSentenceAsHiragana(text: string): string {
  const letters = text.replace(/[^\p{Script=Katakana}]/gu, "");
  if (letters.length < MIN_KATAKANA_SENTENCE || !KATAKANA_ONLY.test(text) || !KATAKANA_GRAMMAR.test(text))
    return text;
  return toHiragana(text);
}

// The token filters of Lucene's Japanese analyzer chain, one function each. Pure.
import type { IpadicFeatures } from "kuromoji";

/** Lucene's discardPunctuation: tokens with no letter or digit (kuromoji tags "(" or "|" as nouns). */
export function isPunctuation(surface: string): boolean {
  return !/[\p{L}\p{N}]/u.test(surface);
}

/** IPADIC's full tag as Lucene spells it: 助詞-格助詞-一般 (unset levels "*" left out). */
export function fullTag(token: IpadicFeatures): string {
  return [token.pos, token.pos_detail_1, token.pos_detail_2, token.pos_detail_3]
    .filter((part) => part && part !== "*")
    .join("-");
}

/** JapanesePartOfSpeechStopFilter, with each listed tag covering its subtypes. */
export function hasStopTag(token: IpadicFeatures, stopTags: readonly string[]): boolean {
  const tag = fullTag(token);
  return stopTags.some((stop) => tag === stop || tag.startsWith(`${stop}-`));
}

/** JapaneseBaseFormFilter: the dictionary form when there is one (飲ん → 飲む, 苦しく → 苦しい). */
export function baseForm(token: IpadicFeatures): string {
  const base = token.basic_form;
  return base && base !== "*" ? base : token.surface_form;
}

const KATAKANA_WORD = /^[\u30A1-\u30FA\u30FC]+$/;
const KATAKANA_STEM_MIN_LENGTH = 4;

/** JapaneseKatakanaStemFilter: サーバー → サーバ, for katakana words of 4+ characters. */
export function stemKatakana(term: string): string {
  if (term.length >= KATAKANA_STEM_MIN_LENGTH && KATAKANA_WORD.test(term) && term.endsWith("ー")) {
    return term.slice(0, -1);
  }
  return term;
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
export const NUMERAL = /^[0-9〇零一二三四五六七八九十百千万億兆]+$/;

/**
 * JapaneseNumberFilter, the cheap part: kanji numerals (and digits with kanji units) to Arabic
 * digits, so 三日 and 3日, 二十 and 20, 3万 and 30000 meet. Returns undefined when it is not a number.
 */
export function normalizeNumber(text: string): string | undefined {
  if (!NUMERAL.test(text) || /^[0-9]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0; // below 万
  let digits = ""; // the pending digit string (一二三 read positionally, like 二〇二五)
  const flushDigits = () => {
    const value = digits === "" ? undefined : Number(digits);
    digits = "";
    return value;
  };
  for (const ch of text) {
    if (/[0-9]/.test(ch)) digits += ch;
    else if (ch in DIGITS) digits += String(DIGITS[ch]);
    else if (ch in SMALL_UNITS) section += (flushDigits() ?? 1) * (SMALL_UNITS[ch] as number);
    else if (ch in LARGE_UNITS) {
      total += (section + (flushDigits() ?? (section === 0 ? 1 : 0))) * (LARGE_UNITS[ch] as number);
      section = 0;
    }
  }
  const result = total + section + (flushDigits() ?? 0);
  return Number.isSafeInteger(result) ? String(result) : undefined;
}

// Character n-grams: the recall backstop that does not depend on segmentation. Pure.
import { normalizeText, toKatakana } from "../normalize/normalize.js";

/** Letters, digits, kana (with ー) and kanji (with 々); anything else ends a run. */
const RUN = /[\p{L}\p{N}\u30FC\u3005]+/gu;

/** Width, kana and case folded: ＣＴ/ct → ct, ぜんそく → ゼンソク. */
export function foldText(text: string): string {
  return toKatakana(normalizeText(text)).toLowerCase();
}

/** The runs of word characters in already folded text. */
export function wordRuns(folded: string): string[] {
  return folded.match(RUN) ?? [];
}

/** Character bigrams of one run (by code point); a one-character run is its own gram. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

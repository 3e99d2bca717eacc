import { normalizeText, toHiragana } from "../normalize/normalize.js";

// Matching form for rule patterns: width-folded, invisible characters removed, lower-case, katakana
// folded to hiragana (so カタカナ and ひらがな spellings meet), and spaces, punctuation and symbols
// removed (so "や め て" or "や・め・て" still match). Rule patterns are folded the same way.
const NOISE = /[\s\p{P}\p{S}\p{Extended_Pictographic}]/gu;

export function foldForMatching(text: string): string {
  return toHiragana(normalizeText(text).toLowerCase()).replace(NOISE, "");
}

/** Folds only the literal characters of a regex source; ASCII syntax characters are left alone. */
export function foldPattern(source: string): string {
  return toHiragana(source.normalize("NFKC").toLowerCase());
}

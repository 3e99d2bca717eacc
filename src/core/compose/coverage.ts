// Deciding whether the material speaks to a word of the question, allowing for typos. Pure.

/** Nouns carry what a question is about; verbs and adjectives mostly frame it (送れる, かかる, 寒い). */
const NOUN_LIKE = /^[\p{Script=Han}\p{Script=Katakana}ー\p{Script=Latin}0-9]+$/u;

export function isKeyNoun(term: string): boolean {
  return NOUN_LIKE.test(term) && ([...term].length >= 2 || /\p{Script=Han}/u.test(term));
}

/** Share of a word's bigrams that must occur for a misspelt word to count as used. */
const FUZZY_SHARE = 0.5;

/**
 * Whether `text` uses `term`, allowing for a typo: most of the term's character bigrams occur in it
 * (症候軍 → 症候, 自己免液 → 自己, 己免).
 */
export function fuzzyIncludes(text: string, term: string): boolean {
  if (text.includes(term)) return true;
  const chars = [...term];
  if (chars.length < 2) return false;
  let found = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (text.includes(`${chars[i]}${chars[i + 1]}`)) found += 1;
  return found / (chars.length - 1) >= FUZZY_SHARE;
}

const LATIN_WORD = /^[a-z0-9]*[a-z][a-z0-9]*$/;

/**
 * Whether `text` (lower-cased) uses `term`. A Latin word (ALS, CIDP, EMG) must occur as a whole word:
 * its letters turn up inside English words of the material's sources (als in "trials"), and one
 * letter wrong is another acronym, not a typo. Anything else may be misspelt (see fuzzyIncludes).
 */
export function mentions(text: string, term: string): boolean {
  if (!LATIN_WORD.test(term)) return fuzzyIncludes(text, term);
  let from = text.indexOf(term);
  while (from >= 0) {
    const before = text[from - 1] ?? "";
    const after = text[from + term.length] ?? "";
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
    from = text.indexOf(term, from + 1);
  }
  return false;
}

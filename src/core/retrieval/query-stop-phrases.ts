import { normalizeText, toHiragana } from "../normalize/normalize.js";
import data from "./query-stop-phrases.json" with { type: "json" };

// Matching ignores width, kana and case; the rest of the question keeps its own spelling, because the
// analyzer reads ステロイド better than すてろいど.
const fold = (text: string) => toHiragana(text).toLowerCase();
const byLength = (phrases: string[]) =>
  phrases.map((p) => fold(normalizeText(p))).sort((a, b) => b.length - a.length);
const SUBJECT = byLength(data.subject);
const ALL = byLength([...data.subject, ...data.framing]);

/** Question words that carry no topic of their own (何, なに): analyzed terms, as the analyzer emits them. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(data.questionWords);

/**
 * `text` normalized, with the characters `phrases` cover (matched after folding) kept or blanked, or
 * undefined when folding changed the length and positions cannot carry over.
 */
function select(text: string, phrases: readonly string[], keepCovered: boolean): string | undefined {
  const normalized = normalizeText(text);
  const folded = fold(normalized);
  // toHiragana and ASCII lower-casing map one UTF-16 unit to one, so positions carry over.
  if (folded.length !== normalized.length) return undefined;
  const covered = new Array<boolean>(folded.length).fill(false);
  for (const phrase of phrases) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
      covered.fill(true, at, at + phrase.length);
    }
  }
  const chars = normalized.split("").map((c, i) => (covered[i] === keepCovered ? c : " "));
  return chars.join("").replace(/\s+/g, " ").trim();
}

/**
 * The question without the disease's name and phrases that only point at it; empty when nothing else
 * is left (ｱｲｻﾞｯｸｽ and あいざっくす go too).
 */
export function stripStopPhrases(text: string): string {
  const result = select(text, ALL, false);
  if (result === undefined) return normalizeText(text);
  return /[\p{L}\p{N}]/u.test(result) ? result : "";
}

/** Only the disease's name(s) as the question spells them ("ｱｲｻﾞｯｸｽ症候群ってなに?" → アイザックス症候群). */
export function subjectOf(text: string): string {
  return select(text, SUBJECT, true) ?? normalizeText(text);
}

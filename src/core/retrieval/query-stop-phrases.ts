import { normalizeText, toHiragana } from "../normalize/normalize.js";
import data from "./query-stop-phrases.json" with { type: "json" };

// Matching ignores width, kana and case; the rest of the question keeps its own spelling, because the
// analyzer reads ステロイド better than すてろいど.
const fold = (text: string) => toHiragana(text).toLowerCase();
const PHRASES = data.phrases.map((p) => fold(normalizeText(p))).sort((a, b) => b.length - a.length);

/**
 * The question without the disease's name and phrases that only point at it; empty when nothing else
 * is left (ｱｲｻﾞｯｸｽ and あいざっくす go too).
 */
export function stripStopPhrases(text: string): string {
  const normalized = normalizeText(text);
  const folded = fold(normalized);
  // toHiragana and ASCII lower-casing map one UTF-16 unit to one, so positions carry over.
  if (folded.length !== normalized.length) return normalized;
  const keep = normalized.split("");
  for (const phrase of PHRASES) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
      for (let i = at; i < at + phrase.length; i++) keep[i] = " ";
    }
  }
  const result = keep.join("").replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(result) ? result : "";
}

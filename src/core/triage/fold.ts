import { normalizeText, toHiragana } from "../normalize/normalize.js";
import readingsData from "./readings.json";

// Triage-specific folding. The shared normalizeText handles width (NFKC) and invisible characters;
// triage goes further so that the spellings people really type meet the rule patterns:
//   1. lower case, katakana → hiragana, small vowels → full size (苦しぃ → くるしい);
//   2. spaces, punctuation, symbols and emoji removed (息 が 苦 し い, 息・が・苦・し・い);
//   3. kanji words → their reading (readings.json), longest first (息が苦しい → いきがくるしい);
//   4. runs of three or more of the same kana collapsed to one (くるしいいい → くるしい); ー and 〜
//      are dropped in step 2.
// Sentence ends (。!?, newlines) do not survive as characters: they are kept as clause numbers beside
// the text, so a pattern still matches across "息。が。苦。し。い" while negation, tense and question
// framing are read inside the clause where the match sits.

export interface FoldedText {
  /** The folded message: hiragana, kanji that readings.json does not cover, latin, digits. */
  text: string;
  /** clause[i] is the clause number of text[i]. */
  clause: number[];
  /** questionClause[n] is true when clause n ended with a question mark. */
  questionClause: boolean[];
  /** clauseStart[n] / clauseEnd[n]: where clause n begins and ends in text. */
  clauseStart: number[];
  clauseEnd: number[];
}

const readings: Record<string, string> = readingsData.map;

// Keys grouped by first character, longest first, so a scan tries 胸腺腫 before 胸.
const byFirstChar = new Map<string, string[]>();
for (const key of Object.keys(readings).sort((a, b) => b.length - a.length)) {
  const first = key[0] as string;
  const list = byFirstChar.get(first) ?? [];
  list.push(key);
  byFirstChar.set(first, list);
}

const SENTENCE_END = /[。.!?\n\r]/u;
const KEEP = /[\p{L}\p{N}]/u;
const DROP_LETTERS = /[ー〜~ゝゞ]/u;
const SMALL_VOWELS: Record<string, string> = { ぁ: "あ", ぃ: "い", ぅ: "う", ぇ: "え", ぉ: "お", ゎ: "わ" };
const HIRAGANA = /[\u3041-\u3096]/u;

export function foldForTriage(raw: string): FoldedText {
  const prepared = toHiragana(normalizeText(raw).toLowerCase());

  // Step 2: strip noise, remembering clause boundaries. A boundary opens a new clause only when
  // another letter follows, so "!?!?" or a closing "?" do not leave empty clauses.
  let stripped = "";
  const strippedClause: number[] = [];
  const questionClause: boolean[] = [false];
  let current = 0;
  let boundary = false;
  for (const ch of prepared) {
    if (SENTENCE_END.test(ch)) {
      if (ch === "?") questionClause[current] = true;
      boundary = strippedClause.length > 0;
      continue;
    }
    if (!KEEP.test(ch) || DROP_LETTERS.test(ch)) continue;
    if (boundary) {
      current += 1;
      questionClause[current] = false;
      boundary = false;
    }
    const folded = SMALL_VOWELS[ch] ?? ch;
    stripped += folded;
    for (let i = 0; i < folded.length; i++) strippedClause.push(current);
  }

  // Step 3: readings, longest match first at each position.
  let read = "";
  const readClause: number[] = [];
  for (let i = 0; i < stripped.length; ) {
    const candidates = byFirstChar.get(stripped[i] as string);
    const key = candidates?.find((k) => stripped.startsWith(k, i));
    const clauseHere = strippedClause[i] as number;
    if (key) {
      const value = readings[key] as string;
      read += value;
      for (let j = 0; j < value.length; j++) readClause.push(clauseHere);
      i += key.length;
    } else {
      read += stripped[i];
      readClause.push(clauseHere);
      i += 1;
    }
  }

  // Step 4: collapse typed elongation (three or more of the same kana → one). Pairs stay: real words
  // have them (おおめ, ととのう), and patterns match word stems, so くるしいい still meets くるし.
  let text = "";
  const clause: number[] = [];
  for (let i = 0; i < read.length; ) {
    const ch = read[i] as string;
    let runEnd = i + 1;
    while (HIRAGANA.test(ch) && read[runEnd] === ch) runEnd++;
    const keep = runEnd - i >= 3 ? 1 : runEnd - i;
    for (let j = 0; j < keep; j++) {
      text += ch;
      clause.push(readClause[i + j] as number);
    }
    i = runEnd;
  }
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  clause.forEach((n, i) => {
    clauseStart[n] ??= i;
    clauseEnd[n] = i + 1;
  });
  return { text, clause, questionClause, clauseStart, clauseEnd };
}

/** The folded text alone, for tests and for checking that rule patterns are written in folded form. */
export function fold(raw: string): string {
  return foldForTriage(raw).text;
}

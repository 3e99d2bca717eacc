import type { ReadToken } from "../analysis/analyzer.js";
import { normalizeText, toHiragana } from "../normalize/normalize.js";
import emojiData from "./emoji.json";
import { kanjiNumbersToDigits } from "./kanji-numbers.js";
import readingsData from "./readings.json";
import { readRomaji } from "./romaji.js";
import { RULE_KANJI } from "./rules.js";

// Triage-specific folding. The shared normalizeText handles width (NFKC) and invisible characters;
// triage goes further so that the spellings people really type meet the rule patterns:
//   1. lower case, katakana → hiragana, small vowels → full size (苦しぃ → くるしい), numbers in
//      kanji → digits (三十錠 → 30錠, kanji-numbers.ts);
//   2. emoji that stand for a word read as it (🔪 → ほうちょう, emoji.json); spaces, punctuation,
//      symbols and other emoji removed (息 が 苦 し い, 息・が・苦・し・い);
//   3. kanji words → their reading (readings.json), longest first (息が苦しい → いきがくるしい); with
//      a KanjiReader (the analyzer's dictionary), every other kanji word too (押しつぶされる, 遺書,
//      真ん中), so a rule written in kana meets kanji nobody listed. Kanji the rules themselves spell
//      (今, 分, 度), numbers and suffixes (3日分) are left as they are;
//   4. runs of three or more of the same kana collapsed to one (くるしいいい → くるしい); ー and 〜
//      are dropped in step 2, except between numbers, where a range reads から (4〜5錠 → 4から5じょう).
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
const emojiWords: Record<string, string> = emojiData.map;
/** Emoji presentation and skin-tone modifiers: 🗡️ and 🗡 are the same word. */
const EMOJI_MODIFIERS = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

/** Splits text into words with readings (the analyzer's readTokens): the surfaces must spell the text. */
export type KanjiReader = (text: string) => ReadToken[];

const KANJI = /[\u3005\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/u;
/** Numbers and suffixes keep their kanji: counters (37度5分, 3日分), and the dictionary's readings of
 * suffixes are guesses (端 after kana reads たん). readings.json covers the few that matter (端 → はし). */
const KEEP_DETAILS = new Set(["数", "接尾"]);
/** Counters the rules spell in kana, so that 人 stays free to be read ひと elsewhere (2人 → 2にん). */
const READ_COUNTERS = new Set(["人"]);
/** Readings the framing would take for a negation (…ない, …なかった, …なし); 背中 (せなか) is not one. */
const SPURIOUS_NEGATION = /な(?:い|く|かっ|け|し)|ありませ|ねえ/u;
const NEGATING_KANJI = /[無亡]/u;

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

/**
 * "🪦🔪 もういいや" → "はかほうちょう もういいや": an emoji that stands for a word is that word. So is an
 * arrow between readings ("SpO2 88→85" → "88から85"), which would otherwise join the numbers.
 */
const PICTOGRAPH_OR_ARROW = /\p{Extended_Pictographic}|[→⇒➝]/u;
/**
 * A range between numbers ("4〜5錠", "2-3日", "38~39度") reads "4から5": dropping the mark would join
 * the numbers into one (45錠) and make a usual dose an overdose.
 */
const NUMBER_RANGE = /([\d一二三四五六七八九十])\s*[〜~\-−–—ー]\s*(?=[\d一二三四五六七八九十])/gu;
function readEmoji(text: string): string {
  if (!PICTOGRAPH_OR_ARROW.test(text)) return text;
  let out = "";
  for (const ch of text.replace(EMOJI_MODIFIERS, "")) out += emojiWords[ch] ?? ch;
  return out;
}

/** The readings.json key that starts at `i`, longest first. */
function keyAt(text: string, i: number): string | undefined {
  return byFirstChar.get(text[i] as string)?.find((k) => text.startsWith(k, i));
}

/**
 * Dictionary readings for kanji words that do not start inside a readings.json key, by start
 * position: `[end, hiragana]`. Empty without a reader, or if the reader's words do not spell the text.
 */
function dictionaryReadings(text: string, reader: KanjiReader | undefined): Map<number, [number, string]> {
  const out = new Map<number, [number, string]>();
  if (!reader || !KANJI.test(text)) return out;
  // covered[i]: how far the readings.json key covering i reaches (0 when none does).
  const covered = new Uint32Array(text.length);
  for (let i = 0; i < text.length; ) {
    const key = keyAt(text, i);
    if (key) covered.fill(i + key.length, i, i + key.length);
    i += key ? key.length : 1;
  }
  const tokens = reader(text);
  if (tokens.map((t) => t.surface).join("") !== text) return out;
  let offset = 0;
  for (const { surface, reading, detail } of tokens) {
    const start = offset;
    offset += surface.length;
    const keep = KEEP_DETAILS.has(detail ?? "") && !READ_COUNTERS.has(surface);
    if (!reading || reading === "*" || !KANJI.test(surface) || keep) continue;
    // A word a readings.json entry covers (胸腺腫, 息子) keeps that entry's reading; a longer word that
    // merely starts with an entry (思い残す after 思い) is read whole, or its tail would stay kanji.
    const keyReach = covered[start] as number;
    if (RULE_KANJI.has(surface) || (keyReach > 0 && keyReach >= offset)) continue;
    if (keyReach > 0 && start > 0 && covered[start - 1] === keyReach) continue;
    const hiragana = toHiragana(reading);
    // 内服 (ないふく), 以内 (いない), 内科 (ないか) would read as a negation ("…ない") and dismiss
    // the symptom before them; only 無い and the like may. A word with its own kana ending (少ない)
    // spells that ending already, so its reading is safe.
    const allKanji = !/\p{Script=Hiragana}/u.test(surface);
    if (allKanji && SPURIOUS_NEGATION.test(hiragana) && !NEGATING_KANJI.test(surface)) continue;
    out.set(start, [offset, hiragana]);
  }
  return out;
}

export function foldForTriage(raw: string, reader?: KanjiReader): FoldedText {
  // A message with romaji is read twice, as typed (English patterns) and in kana, a clause apart.
  const normalized = readEmoji(normalizeText(raw).toLowerCase());
  const kana = readRomaji(normalized);
  const prepared = kanjiNumbersToDigits(
    toHiragana(kana === normalized ? normalized : `${normalized}\n${kana}`).replace(NUMBER_RANGE, "$1から"),
  );

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

  // Step 3: readings, longest match first at each position; then the dictionary's, if any.
  const fromDictionary = dictionaryReadings(stripped, reader);
  let read = "";
  const readClause: number[] = [];
  // typed[i]: read[i] was typed as it is, not produced by a reading (母 → はは).
  const typed: boolean[] = [];
  for (let i = 0; i < stripped.length; ) {
    const key = keyAt(stripped, i);
    const clauseHere = strippedClause[i] as number;
    const word = fromDictionary.get(i);
    if (word) {
      read += word[1];
      for (let j = 0; j < word[1].length; j++) {
        readClause.push(clauseHere);
        typed.push(false);
      }
      i = word[0];
    } else if (key) {
      const value = readings[key] as string;
      read += value;
      for (let j = 0; j < value.length; j++) {
        readClause.push(clauseHere);
        typed.push(false);
      }
      i += key.length;
    } else {
      read += stripped[i];
      readClause.push(clauseHere);
      typed.push(true);
      i += 1;
    }
  }

  // Step 4: collapse typed elongation (three or more of the same kana → one). Pairs stay: real words
  // have them (おおめ, ととのう), and patterns match word stems, so くるしいい still meets くるし. A run
  // a reading made (母は → ははは) is words, not elongation: it stays.
  let text = "";
  const clause: number[] = [];
  for (let i = 0; i < read.length; ) {
    const ch = read[i] as string;
    let runEnd = i + 1;
    while (HIRAGANA.test(ch) && read[runEnd] === ch) runEnd++;
    const typedInRun = typed.slice(i, runEnd).filter(Boolean).length;
    const keep = runEnd - i >= 3 && typedInRun >= 2 ? 1 : runEnd - i;
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
export function fold(raw: string, reader?: KanjiReader): string {
  return foldForTriage(raw, reader).text;
}

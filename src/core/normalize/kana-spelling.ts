import type { ReadToken } from "../analysis/analyzer.js";
import { toHiragana } from "./normalize.js";

// Older patients often type a whole question in kana (このびょうきの おもな しょうじょうは なに?).
// kuromoji cuts an unfamiliar hiragana run into fragments (しょう|じょうは), so neither the index nor the
// composer sees 症状. The material's own nouns, listed by reading at build time, let a question's kana
// words be respelled the way the material spells them before it is analyzed.

/**
 * Reading in hiragana → the material's spelling (症状), for the nouns the material uses. Words the
 * material itself writes in hiragana (てんかん) map to themselves, so that they are read as words and
 * not as the end of one and the start of another (てん|かんじゃ).
 */
export type KanaSpellings = Record<string, string>;

/** A word as the analyzer reads it (surface, katakana reading, part of speech). */
export type SpelledToken = Pick<ReadToken, "surface" | "reading" | "pos" | "detail">;

/** Shorter readings (いし, かた, いた) collide with ordinary kana words too often to be respelled. */
const MIN_READING = 3;
const LONGEST_READING = 16;
const KANJI = /[\u3005\u4E00-\u9FFF\u3400-\u4DBF]/u;
/** Noun subtypes that are grammar or time rather than a thing (以内 in 〜ていない, 所 in ところ). */
const GRAMMATICAL = new Set(["非自立", "副詞可能", "代名詞", "接尾", "数", "特殊"]);
/**
 * Readings that are also everyday kana words or grammar (昨日 for 機能, している for 指定, どうしよう
 * for 使用, さようなら for 作用, 〜ていない for 以内): respelling them would change what was said.
 */
const AMBIGUOUS = new Set([
  "いない",
  "してい",
  "しよう",
  "さよう",
  "きのう",
  "あたり",
  "いけん",
  "じてん",
  // Dialect endings: 〜でいかんわ (Nagoya), 〜へんいうて (Kansai), and なんじ (何時) for 難治.
  "かんわ",
  "へんい",
  "なんじ",
]);
/**
 * Second readings IPADIC does not give: it reads 日本 only as ニッポン, but most people type にほん.
 */
const ALSO_READ: readonly (readonly [string, string])[] = [["にっぽん", "にほん"]];

/**
 * Below this share of kanji among its letters a question is written in kana; above it, its hiragana is
 * grammar (わかっています, していく) and is left alone.
 */
const KANA_QUESTION_KANJI_SHARE = 0.1;
const LETTER = /[\u3041-\u30FF\u3005\u4E00-\u9FFF\u3400-\u4DBF]/gu;
const KANJI_GLOBAL = /[\u3005\u4E00-\u9FFF\u3400-\u4DBF]/gu;

/** Whether a text is written mostly in kana, as older patients type on phones. */
export function writtenInKana(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const kanji = text.match(KANJI_GLOBAL)?.length ?? 0;
  return letters > 0 && kanji / letters < KANA_QUESTION_KANJI_SHARE;
}

/**
 * The material's nouns by reading. A reading the material spells two ways (いじょう: 異常 and 以上) is
 * left out: which one a patient meant cannot be told from the kana.
 */
export function collectKanaSpellings(tokens: Iterable<SpelledToken>): KanaSpellings {
  // Every spelling of a reading counts towards ambiguity, whatever its part of speech (以上 is 副詞可能).
  const spellingsOf = new Map<string, Set<string>>();
  const nouns = new Set<string>();
  for (const token of tokens) {
    const kana = HIRAGANA_WORD.test(token.surface);
    if (!kana && (!KANJI.test(token.surface) || !token.reading || token.reading === "*")) continue;
    const read = kana ? token.surface : toHiragana(token.reading ?? "");
    const readings = [
      read,
      ...ALSO_READ.filter(([from]) => read.includes(from)).map(([from, to]) => read.replace(from, to)),
    ];
    for (const reading of readings) {
      if ([...reading].length < MIN_READING || AMBIGUOUS.has(reading)) continue;
      const spellings = spellingsOf.get(reading) ?? new Set<string>();
      spellings.add(token.surface);
      spellingsOf.set(reading, spellings);
    }
    if (token.pos === "名詞" && !GRAMMATICAL.has(token.detail ?? "")) nouns.add(token.surface);
  }
  const out: KanaSpellings = {};
  for (const [reading, spellings] of [...spellingsOf].sort((a, b) => a[0].localeCompare(b[0]))) {
    const [only] = spellings;
    if (spellings.size === 1 && only !== undefined && nouns.has(only)) out[reading] = only;
  }
  return out;
}

const HIRAGANA_RUN = /[\u3041-\u309Fー]+/gu;
const HIRAGANA_WORD = /^[\u3041-\u309F]+$/u;
/** A word never ends just before a small kana, ん or a long-vowel mark (ちゅうし|ゃじょう is not 中止). */
const CONTINUES_A_SYLLABLE = /^[ぁぃぅぇぉゃゅょゎんーゝゞ]/u;
/** する after a noun (いでん|しますか): the し is the verb's, not the end of a longer word (遺伝子). */
const SURU_AFTER = /^(ま[すせし]|て|た|な[いか])/u;

/**
 * Respells the hiragana words of a kana-written text that are nouns of the material (しょうじょう →
 * 症状), longest reading first, left to right. A text written with kanji is returned as it is.
 */
export function createRespeller(spellings: KanaSpellings): (text: string) => string {
  const readings = new Map(Object.entries(spellings));
  if (readings.size === 0) return (text) => text;
  const respellRun = (run: string): string => {
    let out = "";
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let length = Math.min(LONGEST_READING, run.length - i); length >= MIN_READING; length--) {
        const reading = run.slice(i, i + length);
        const spelling = readings.get(reading);
        const rest = run.slice(i + length);
        if (spelling && !CONTINUES_A_SYLLABLE.test(rest)) {
          if (reading.endsWith("し") && SURU_AFTER.test(rest) && readings.has(reading.slice(0, -1))) continue;
          out += spelling;
          matched = length;
          break;
        }
      }
      if (matched === 0) {
        out += run[i];
        i += 1;
      } else i += matched;
    }
    return out;
  };
  // In a text written with kanji, hiragana is mostly grammar; only a run that is one of the material's
  // nouns from its first letter, followed by nothing, a particle or する (ちりょう始めたら, めんえきが弱い,
  // しんだんされた), is a word typed in kana.
  // The run may begin with the particle after a kanji word (家族|にいでんされる).
  const respellWord = (run: string): string => {
    for (const from of PARTICLE_FIRST.test(run) ? [0, 1] : [0]) {
      for (let length = Math.min(LONGEST_READING, run.length - from); length >= MIN_READING; length--) {
        const spelling = readings.get(run.slice(from, from + length));
        const rest = run.slice(from + length);
        if (spelling && WORD_END.test(rest)) return run.slice(0, from) + spelling + rest;
      }
    }
    return run;
  };
  return (text) =>
    writtenInKana(text) ? text.replace(HIRAGANA_RUN, respellRun) : text.replace(HIRAGANA_RUN, respellWord);
}

/** A particle left at the start of a run by the kanji word before it (家族|に). */
const PARTICLE_FIRST = /^[がをはにでのもとやへ]/u;
/** What may follow a noun typed in kana inside a kanji text: a particle, する, or nothing. */
const WORD_END =
  /^(?:$|(?:が|を|は|に|で|の|も|と|や|へ|って|とか|から|まで|より|だけ)|(?:さ|し|す|せ)(?:れ|せ|て|た|ま|る|ない))/u;

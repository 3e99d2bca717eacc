// The Japanese analyzer: Lucene/Elasticsearch's kuromoji chain as the baseline, plus search-mode
// decompounding, kanji numerals, a reading field, character bigrams and synonym expansion. Pure: the
// tokenizer comes in as an argument (loaded from buffers at runtime, built in-process at build time).
import type { IpadicFeatures } from "kuromoji";
import { normalizeText, toKatakana } from "../normalize/normalize.js";
import { baseForm, hasStopTag, isPunctuation, NUMERAL, normalizeNumber, stemKatakana } from "./filters.js";
import { bigrams, foldText, wordRuns } from "./grams.js";
import stopTagsData from "./stoptags-ja.json" with { type: "json" };
import stopWordsData from "./stopwords-ja.json" with { type: "json" };
import { createSynonymExpander, type Segmented } from "./synonyms.js";
import synonymsData from "./synonyms.json" with { type: "json" };
import type { JapaneseTokenizer } from "./tokenizer.js";

/** A word with its dictionary reading (katakana) and kuromoji's pos_detail_1 (数, 接尾…). */
export interface ReadToken {
  surface: string;
  reading?: string;
  /** kuromoji's part of speech (名詞, 動詞…). */
  pos?: string;
  detail?: string;
}

export interface Analyzer {
  /**
   * Index/query terms in text order, duplicates KEPT (a token stream, as Lucene emits it; term
   * frequency needs them). Orama's tokenizer counts duplicates towards document frequency, so an
   * Orama adapter should de-duplicate per document. A decompounded word gives the whole word, then
   * its parts (免疫抑制薬 → 免疫抑制薬, 免疫, 抑制, 薬).
   */
  terms(text: string): string[];
  /** Character bigrams of the katakana reading (ぜんそく and 喘息 → ゼン, ンソ, ソク), duplicates kept. */
  readingGrams(text: string): string[];
  /** Character bigrams of the folded text (width, kana, case), duplicates kept. */
  charGrams(text: string): string[];
  /** Terms of synonym-group members the query does not contain itself, unique; down-weight them. */
  expand(text: string): string[];
  /**
   * Terms of nouns that say when or how, not what a question is about: nouns that also work as adverbs
   * (名詞,副詞可能: 毎日, 以前, 最近, 今日), adjectival nouns (元気, 簡単) and nouns before 的 (根本的).
   */
  incidentalTerms(text: string): string[];
  /** The words of the text with their readings and kuromoji's pos_detail_1 (for triage's folding). */
  readTokens(text: string): ReadToken[];
}

export interface AnalyzerOptions {
  /** Stop words, matched against base forms. Default: Lucene's Japanese list (stopwords-ja.json). */
  stopWords?: Iterable<string>;
  /** POS stop tags, each covering its subtypes. Default: Lucene's stoptags (stoptags-ja.json). */
  stopTags?: readonly string[];
  /** Synonym groups. Default: synonyms.json. */
  synonyms?: readonly (readonly string[])[];
  /** Kanji-only words at least this long are decompounded (Lucene's search mode). Default 4. */
  decompoundMinLength?: number;
}

const KANJI_ONLY = /^[\u3005\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]+$/;
/** Lucene search mode also penalizes any word longer than 7 characters (SEARCH_MODE_OTHER_LENGTH). */
const LONG_WORD_LENGTH = 8;

const HIRAGANA = /^[\u3041-\u309F]+$/;
const RECENT_TOKENIZATIONS = 32;
const SINGLE_KANA = /^[\u3041-\u30FF]$/;

const isNumberToken = (t: IpadicFeatures) => t.pos_detail_1 === "数" && NUMERAL.test(t.surface_form);

export function createAnalyzer(tokenizer: JapaneseTokenizer, options: AnalyzerOptions = {}): Analyzer {
  const stopWords = new Set(options.stopWords ?? stopWordsData.words);
  const stopTags = options.stopTags ?? stopTagsData.tags;
  const decompoundMin = options.decompoundMinLength ?? 4;

  /** The filter chain for one token: undefined when a filter drops it. */
  const termOf = (token: IpadicFeatures): string | undefined => {
    if (isPunctuation(token.surface_form) || hasStopTag(token, stopTags)) return undefined;
    const base = baseForm(token);
    if (stopWords.has(base)) return undefined;
    return stemKatakana(base).toLowerCase();
  };

  // One request analyzes the same text several times (terms, reading, expansion, composition): keep
  // the last few tokenizations. Tokens are never mutated, so sharing them is safe.
  const recent = new Map<string, IpadicFeatures[]>();
  const tokenize = (text: string): IpadicFeatures[] => {
    const normalized = normalizeText(text);
    let tokens = recent.get(normalized);
    if (!tokens) {
      tokens = tokenizer.tokenize(normalized);
      if (recent.size >= RECENT_TOKENIZATIONS) recent.delete(recent.keys().next().value as string);
      recent.set(normalized, tokens);
    }
    return tokens;
  };

  // Expansion is asked for the same question, and for single words, many times per request.
  const recentExpansions = new Map<string, string[]>();

  const isCompound = (surface: string) => {
    const length = [...surface].length;
    return (length >= decompoundMin && KANJI_ONLY.test(surface)) || length >= LONG_WORD_LENGTH;
  };

  /** The parts of a compound (search mode without the whole-word entry), or [] when it has none. */
  const partsOf = (surface: string): string[] => {
    const parts = tokenizer.decompound(surface);
    if (parts.length < 2) return [];
    return parts.map(termOf).filter((t): t is string => t !== undefined);
  };

  const terms = (text: string): string[] => {
    const tokens = tokenize(text);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as IpadicFeatures;
      // Consecutive number tokens (二|十|三, 3|万) read as one number, like Lucene's JapaneseNumberFilter.
      if (isNumberToken(token)) {
        let j = i;
        let surface = "";
        while (j < tokens.length && isNumberToken(tokens[j] as IpadicFeatures)) {
          surface += (tokens[j] as IpadicFeatures).surface_form;
          j++;
        }
        const number = normalizeNumber(surface);
        if (number !== undefined) {
          out.push(number);
          i = j - 1;
          continue;
        }
      }
      const term = termOf(token);
      if (term === undefined) continue;
      out.push(term);
      if (isCompound(token.surface_form)) {
        for (const part of partsOf(token.surface_form)) if (part !== term) out.push(part);
      }
    }
    return out;
  };

  const readingOf = (token: IpadicFeatures) =>
    toKatakana(token.reading && token.reading !== "*" ? token.reading : token.surface_form).toLowerCase();

  /** Katakana reading runs, joined across tokens and broken only at punctuation and spaces. */
  const readingRuns = (text: string): string[] => {
    // Joined readings do not depend on how kuromoji happens to segment a hiragana string.
    const runs: string[] = [];
    let run = "";
    for (const token of tokenize(text)) {
      if (isPunctuation(token.surface_form)) {
        if (run) runs.push(run);
        run = "";
        continue;
      }
      run += readingOf(token);
    }
    if (run) runs.push(run);
    return runs;
  };

  /** The folded text and the joined reading, each with the offsets where kuromoji's words meet. */
  const segmented = (text: string): { folded: Segmented; reading: Segmented } => {
    const tokens = tokenize(text);
    const folded = foldText(text);
    const spellingEnds = new Set([0]);
    const readingEnds = new Set([0]);
    let spelled = 0;
    let reading = "";
    for (const token of tokens) {
      spelled += token.surface_form.length;
      spellingEnds.add(spelled);
      if (!isPunctuation(token.surface_form)) reading += readingOf(token);
      readingEnds.add(reading.length);
    }
    // Folding keeps one unit per unit; if it ever did not, every offset counts rather than none.
    const everywhere = () => new Set(Array.from({ length: folded.length + 1 }, (_, i) => i));
    return {
      folded: { text: folded, boundaries: spelled === folded.length ? spellingEnds : everywhere() },
      reading: { text: reading, boundaries: readingEnds },
    };
  };

  const readingGrams = (text: string): string[] =>
    readingRuns(text).flatMap((r) => wordRuns(r).flatMap(bigrams));

  const charGrams = (text: string): string[] => wordRuns(foldText(text)).flatMap(bigrams);

  const analyzeMember = (member: string) => {
    const memberTerms = terms(member);
    const readable = tokenizer
      .tokenize(normalizeText(member))
      .every((t) => t.word_type === "KNOWN" || !HIRAGANA.test(t.surface_form));
    return {
      terms: memberTerms,
      clean: readable && !memberTerms.some((t) => SINGLE_KANA.test(t)),
      reading: readingRuns(member).join(""),
    };
  };
  const expandQuery = createSynonymExpander(options.synonyms ?? synonymsData.groups, analyzeMember);

  // Words that say when or how rather than what: nouns of time (毎日, 以前), adjectival nouns (元気だった,
  // 簡単に) and a noun made an adjective by 的 (根本的に, 具体的に).
  const incidentalTerms = (text: string): string[] => {
    const tokens = tokenize(text);
    return tokens
      .filter(
        (t, i) =>
          t.pos === "名詞" &&
          (t.pos_detail_1 === "副詞可能" ||
            t.pos_detail_1 === "形容動詞語幹" ||
            (tokens[i + 1]?.surface_form === "的" && tokens[i + 1]?.pos_detail_1 === "接尾")),
      )
      .map(termOf)
      .filter((t): t is string => t !== undefined);
  };

  return {
    terms,
    readingGrams,
    charGrams,
    incidentalTerms,
    readTokens: (text) =>
      tokenizer
        .tokenize(text)
        .map((t) => ({ surface: t.surface_form, reading: t.reading, pos: t.pos, detail: t.pos_detail_1 })),
    expand: (text) => {
      let expansion = recentExpansions.get(text);
      if (!expansion) {
        const { folded, reading } = segmented(text);
        expansion = expandQuery(folded, terms(text), reading);
        if (recentExpansions.size >= RECENT_TOKENIZATIONS * 8) {
          recentExpansions.delete(recentExpansions.keys().next().value as string);
        }
        recentExpansions.set(text, expansion);
      }
      return [...expansion];
    },
  };
}

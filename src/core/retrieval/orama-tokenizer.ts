import type { Tokenizer } from "@orama/orama";

/** What retrieval needs from the Japanese analyzer (src/core/analysis). */
export interface TextAnalyzer {
  terms(text: string): string[];
  readingGrams(text: string): string[];
  charGrams(text: string): string[];
  expand(text: string): string[];
}

export type IndexedField = "heading" | "section" | "questions" | "body" | "reading" | "grams";

// Orama matches query terms as prefixes (薬 would also hit 薬局) unless a term is complete: ending
// every token with a sentinel makes a prefix match an exact match. A one-letter namespace keeps the
// three analyses apart, because at query time Orama calls tokenize() without the property name and we
// must emit every analysis at once (see ../shared/notes/japanese-search.md).
const SENTINEL = "\u0003";
const NAMESPACE: Record<IndexedField, string> = {
  heading: "t",
  section: "t",
  questions: "t",
  body: "t",
  reading: "r",
  grams: "g",
};

function mark(namespace: string, tokens: string[]): string[] {
  return tokens.map((token) => `${namespace}${token}${SENTINEL}`);
}

/** One token per distinct value: Orama counts duplicate tokens as extra documents in its df counter. */
function unique(tokens: string[]): string[] {
  return [...new Set(tokens)];
}

export function analyzeField(analyzer: TextAnalyzer, field: IndexedField, text: string): string[] {
  switch (field) {
    case "heading":
    case "section":
    case "questions":
    case "body":
      return unique(mark("t", analyzer.terms(text)));
    case "reading":
      return unique(mark("r", analyzer.readingGrams(text)));
    case "grams":
      return unique(mark("g", analyzer.charGrams(text)));
  }
}

type Namespace = "t" | "r" | "g" | "w" | "x";
type Analysis = (analyzer: TextAnalyzer, text: string) => string[];
const ANALYSIS: Record<Exclude<Namespace, "w" | "x">, Analysis> = {
  t: (analyzer, text) => analyzer.terms(text),
  r: (analyzer, text) => analyzer.readingGrams(text),
  g: (analyzer, text) => analyzer.charGrams(text),
};

/** Remembered analyses of single words; bounded, though the words it sees come from the synonym list. */
const WORD_MEMO_LIMIT = 4096;

/**
 * "w" is a list of words that are terms already (a synonym expansion), searched in the term fields.
 * Each word is analyzed alone and remembered: the same few hundred words recur in every query, and
 * tokenizing them joined was a third of a chat's tokenizing. Alone or joined they analyze the same,
 * except where a neighbour changes a word's reading (いつ after か月): alone is the word meant.
 */
export function wordAnalysis(): Analysis {
  const memo = new Map<string, string[]>();
  return (analyzer, text) =>
    text.split(" ").flatMap((word) => {
      let terms = memo.get(word);
      if (!terms) {
        terms = analyzer.terms(word);
        if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
        memo.set(word, terms);
      }
      return terms;
    });
}

// A query may be addressed to one analysis ("\uE000r\uE000…"), so a search over the reading field
// does not also look up every term and bigram in it: Orama tries each query token in each property.
// "x" holds one token already analyzed (searched alone, see token-scores.ts).
const ADDRESSED = /^\uE000([trgwx])\uE000/;

/** A query string that the tokenizer analyzes with one namespace's analysis only. */
export function addressedQuery(namespace: Namespace, text: string): string {
  return `\uE000${namespace}\uE000${text}`;
}

/** Query-time analysis, duplicates kept (a repeated word weighs more, as in Lucene). */
export function analyzeQuery(analyzer: TextAnalyzer, raw: string, words = wordAnalysis()): string[] {
  const addressed = raw.match(ADDRESSED);
  if (addressed) {
    const namespace = addressed[1] as Namespace;
    const text = raw.slice(3);
    if (namespace === "x") return [text];
    return namespace === "w"
      ? mark("t", words(analyzer, text))
      : mark(namespace, ANALYSIS[namespace](analyzer, text));
  }
  return (["t", "r", "g"] as const).flatMap((namespace) =>
    mark(namespace, ANALYSIS[namespace](analyzer, raw)),
  );
}

export function createOramaTokenizer(analyzer: TextAnalyzer): Tokenizer {
  const words = wordAnalysis();
  return {
    language: "japanese",
    normalizationCache: new Map(),
    tokenize(raw: string, _language?: string, prop?: string): string[] {
      if (prop === undefined) return analyzeQuery(analyzer, raw, words);
      if (prop in NAMESPACE) return analyzeField(analyzer, prop as IndexedField, raw);
      return [];
    },
  };
}

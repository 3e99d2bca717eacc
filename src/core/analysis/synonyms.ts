// Query expansion from curated lay ↔ clinical synonym groups (synonyms.json). Pure.
import { foldText } from "./grams.js";

export interface AnalyzedMember {
  terms: string[];
  /** Katakana reading of the whole member, so なんにん meets 何人. */
  reading: string;
  /** False when kuromoji cannot read the spelling (こ|むら|えり): it still matches, but adds no terms. */
  clean: boolean;
}

interface Member extends AnalyzedMember {
  folded: string;
}

/** Whether `needle` occurs as a contiguous run in `haystack`. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A member matches when its folded spelling occurs in the folded query (足がつる in 夜に足がつる;
 * two characters at least, so 親 does not match 親切) or its analyzed terms occur in a row among the
 * query's terms (足がつって → 足, つる), or its reading (three kana at least) occurs in the query's
 * reading (なんにん → 何人). Members are analyzed lazily, on the first query.
 */
export function createSynonymExpander(
  groups: readonly (readonly string[])[],
  analyze: (member: string) => AnalyzedMember,
): (foldedQuery: string, queryTerms: string[], queryReading: string) => string[] {
  let analyzed: Member[][] | undefined;
  const members = () => {
    analyzed ??= groups.map((group) => group.map((m) => ({ folded: foldText(m), ...analyze(m) })));
    return analyzed;
  };
  const matches = (m: Member, folded: string, queryTerms: string[], reading: string) =>
    ([...m.folded].length >= 2 && folded.includes(m.folded)) ||
    containsRun(queryTerms, m.terms) ||
    ([...m.reading].length >= 3 && reading.includes(m.reading));

  return (folded, queryTerms, reading) => {
    const have = new Set(queryTerms);
    const hits = members().map((group) => group.filter((m) => matches(m, folded, queryTerms, reading)));
    // Longest match wins, as in tokenization: 痛み止め (painkiller) must not also expand 痛み (pain).
    const spellings = hits.flat().map((m) => m.folded);
    const extra = new Set<string>();
    members().forEach((group, g) => {
      const matched = (hits[g] ?? []).filter(
        (m) => !spellings.some((other) => other !== m.folded && other.includes(m.folded)),
      );
      if (matched.length === 0) return;
      for (const m of group) {
        // A member matched by its reading (ぷれどにぞろん) adds its own spelling too; terms the
        // question already has are skipped below.
        if (!m.clean) continue;
        for (const term of m.terms) if (!have.has(term)) extra.add(term);
      }
    });
    return [...extra];
  };
}

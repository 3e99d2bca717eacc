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

/** A text folded for matching, with the offsets where its words start and end. */
export interface Segmented {
  text: string;
  /** Every offset in `text` that is a word boundary (0 and text.length included). */
  boundaries: ReadonlySet<number>;
}

/**
 * A member matches when its folded spelling occurs in the folded query (足がつる in 夜に足がつる;
 * two characters at least, so 親 does not match 親切) or its analyzed terms occur in a row among the
 * query's terms (足がつって → 足, つる), or its reading (three kana at least) occurs in the query's
 * reading (なんにん → 何人). A match spelled in kana alone (every reading, and a spelling without
 * kanji) must begin and end on the query's word boundaries: kana strings hide inside other words
 * (なんで 'why' inside 遺伝なんですか 'is it hereditary'). Members are analyzed lazily, on the first query.
 */
export type SynonymExpander = (
  foldedQuery: Segmented,
  queryTerms: string[],
  queryReading: Segmented,
) => string[];

const KANA_ONLY = /^[\u3041-\u30FFー]+$/;

export function createSynonymExpander(
  groups: readonly (readonly string[])[],
  analyze: (member: string) => AnalyzedMember,
): SynonymExpander {
  interface Indexed extends Member {
    group: number;
    /** Whether its spelling / reading is long enough to be matched as a substring. */
    bySpelling: boolean;
    byReading: boolean;
  }
  // Built once, on the first query: every member analyzed, and indexed by its first term so a query
  // only tries the members that can start at one of its terms.
  let index: ReturnType<typeof build> | undefined;
  const build = () => {
    const members = groups.map((group, g) =>
      group.map((text): Indexed => {
        const member = { folded: foldText(text), ...analyze(text) };
        return {
          ...member,
          group: g,
          bySpelling: [...member.folded].length >= 2,
          byReading: [...member.reading].length >= 3,
        };
      }),
    );
    const byFirstTerm = new Map<string, Indexed[]>();
    for (const m of members.flat()) {
      const first = m.terms[0];
      if (first === undefined) continue;
      const list = byFirstTerm.get(first) ?? [];
      list.push(m);
      byFirstTerm.set(first, list);
    }
    // Spellings and readings indexed by their first character, so a query is scanned once instead of
    // every member being searched for in it.
    const bySpellingStart = new Map<string, Indexed[]>();
    const byReadingStart = new Map<string, Indexed[]>();
    const addTo = (map: Map<string, Indexed[]>, key: string, m: Indexed) => {
      const list = map.get(key) ?? [];
      list.push(m);
      map.set(key, list);
    };
    for (const m of members.flat()) {
      if (m.bySpelling) addTo(bySpellingStart, m.folded.charAt(0), m);
      if (m.byReading) addTo(byReadingStart, m.reading.charAt(0), m);
    }
    return { members, byFirstTerm, bySpellingStart, byReadingStart };
  };

  const occurring = (
    { text, boundaries }: Segmented,
    byStart: Map<string, Indexed[]>,
    key: (m: Indexed) => string,
  ) => {
    const found: Indexed[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const m of byStart.get(text.charAt(i)) ?? []) {
        const spelling = key(m);
        if (!text.startsWith(spelling, i)) continue;
        const aligned = boundaries.has(i) && boundaries.has(i + spelling.length);
        if (aligned || !KANA_ONLY.test(spelling)) found.push(m);
      }
    }
    return found;
  };

  const expand = (folded: Segmented, queryTerms: string[], reading: Segmented): string[] => {
    index ??= build();
    const spelled = new Set<Indexed>([
      ...occurring(folded, index.bySpellingStart, (m) => m.folded),
      ...occurring(reading, index.byReadingStart, (m) => m.reading),
    ]);
    const matched = new Set(spelled);
    for (const term of new Set(queryTerms)) {
      for (const m of index.byFirstTerm.get(term) ?? []) if (containsRun(queryTerms, m.terms)) matched.add(m);
    }
    // Longest match wins, as in tokenization: 痛み止め (painkiller) must not also expand 痛み (pain).
    // Only a member the question spells can shadow another: また悪くなる, matched through its one
    // term 悪い, must not hide 悪くなる from だんだん悪くなっていく.
    const spellings = [...spelled].map((m) => m.folded);
    const groupsHit = new Set<number>();
    for (const m of matched) {
      if (!spellings.some((other) => other !== m.folded && other.includes(m.folded))) groupsHit.add(m.group);
    }
    const have = new Set(queryTerms);
    const extra = new Set<string>();
    for (const g of groupsHit) {
      for (const m of index.members[g] ?? []) {
        // A member matched by its reading (ぷれどにぞろん) adds its own spelling too; terms the
        // question already has are skipped.
        if (!m.clean) continue;
        for (const term of m.terms) if (!have.has(term)) extra.add(term);
      }
    }
    return [...extra];
  };

  return expand;
}

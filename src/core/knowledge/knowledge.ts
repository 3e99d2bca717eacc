import type { ReadToken } from "../analysis/analyzer.js";
import { type ComposeData, Composer } from "../compose/compose.js";
import { type AnswerUnit, splitUnits } from "../compose/units.js";
import { collectKanaSpellings } from "../normalize/kana-spelling.js";
import { collectKatakanaWords } from "../normalize/katakana-typos.js";
import { normalizeText } from "../normalize/normalize.js";
import type { TextAnalyzer } from "../retrieval/orama-tokenizer.js";
import {
  buildSnapshot,
  type IndexSnapshot,
  loadPassageIndex,
  type PassageIndex,
} from "../retrieval/search-index.js";
import type { Passage } from "../types.js";

// The one artifact the build writes and every runtime loads: the Orama index plus what the composer
// needs (answer units and term statistics), all analyzed once at build time.

export interface KnowledgeSnapshot {
  index: IndexSnapshot;
  compose: ComposeData;
}

export interface Knowledge {
  index: PassageIndex;
  composer: Composer;
}

/** @param questions everyday questions each passage answers (doc2query), by passage id. */
export function buildKnowledge(
  analyzer: TextAnalyzer & { readTokens?(text: string): ReadToken[] },
  passages: Passage[],
  version: string,
  questions: Record<string, string[]> = {},
): KnowledgeSnapshot {
  const units: AnswerUnit[] = passages.flatMap((passage) => splitUnits(passage));
  const unitTerms = units.map((unit) => [...new Set(analyzer.terms(unit.display))]);
  const headingTerms: Record<string, string[]> = {};
  const df: Record<string, number> = {};
  for (const passage of passages) {
    const heading = passage.path.slice(1).join("\n");
    headingTerms[passage.id] = [...new Set(analyzer.terms(heading))];
    for (const term of new Set(analyzer.terms(`${heading}\n${passage.text}`))) df[term] = (df[term] ?? 0) + 1;
  }
  // Without readings (a test analyzer) there is nothing to respell kana questions with.
  const words = passages.flatMap(
    (p) => analyzer.readTokens?.(normalizeText(`${p.path.join("\n")}\n${p.text}`)) ?? [],
  );
  return {
    index: {
      ...buildSnapshot(analyzer, passages, version, questions),
      kanaSpellings: collectKanaSpellings(words),
      katakanaWords: collectKatakanaWords(words.map((word) => word.surface)),
    },
    compose: { units, unitTerms, headingTerms, df, passageCount: passages.length },
  };
}

export function loadKnowledge(analyzer: TextAnalyzer, snapshot: KnowledgeSnapshot): Knowledge {
  return {
    index: loadPassageIndex(analyzer, snapshot.index),
    composer: new Composer(snapshot.compose, (term) => analyzer.expand(term)),
  };
}

/**
 * Start-up work the analyzer would otherwise do on the first patient's question: it builds its synonym
 * table lazily, on the first expansion. Adapters call this once, after loading.
 */
export function warmUp(analyzer: TextAnalyzer, knowledge: Knowledge): void {
  analyzer.expand(knowledge.index.passages[0]?.path[0] ?? "");
}

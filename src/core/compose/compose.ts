import type { Citation, SearchHit } from "../types.js";
import questionWords from "./question-words.json" with { type: "json" };
import type { AnswerUnit } from "./units.js";

// The extractive composer: no model, no key, no network. It picks the material's own sentences that
// answer the question, leads with the best one and marks each with [n]. The only other text is glue
// ("・", line breaks) and the fixed templates the pipeline adds around it.

/** Build-time statistics the composer needs, stored in the index snapshot. */
export interface ComposeData {
  units: AnswerUnit[];
  /** Analyzer terms of each unit's display text, parallel to `units`. */
  unitTerms: string[][];
  /** Analyzer terms of each passage's heading path (below the document title). */
  headingTerms: Record<string, string[]>;
  /** Passage-level document frequency of every analyzer term in the corpus. */
  df: Record<string, number>;
  passageCount: number;
}

export interface QueryTerms {
  terms: string[];
  expansion: string[];
}

export type Composition =
  | { kind: "answer"; answer: string; citations: Citation[]; passageIds: string[] }
  | { kind: "no_answer"; unknownTerms: string[] };

const GENERIC = new Set(questionWords.words);
const MAX_SUPPORT = 2;
const MAX_CHARS = 320;
const CANDIDATE_PASSAGES = 4;
/** Share of the question's content words the chosen sentences must cover to count as an answer. */
const MIN_COVERAGE = 0.5;

export class Composer {
  private readonly unitsByPassage = new Map<string, number[]>();

  constructor(private readonly data: ComposeData) {
    data.units.forEach((unit, index) => {
      const list = this.unitsByPassage.get(unit.passageId) ?? [];
      list.push(index);
      this.unitsByPassage.set(unit.passageId, list);
    });
  }

  private idf(term: string): number {
    const df = this.data.df[term] ?? 0;
    const n = this.data.passageCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Content words of the question: analyzer terms minus question framing. */
  contentTerms(query: QueryTerms): string[] {
    return [...new Set(query.terms)].filter((term) => !GENERIC.has(term) && term.length > 0);
  }

  compose(query: QueryTerms, hits: SearchHit[]): Composition {
    const content = this.contentTerms(query);
    const expansion = new Set(query.expansion.filter((t) => !GENERIC.has(t)));
    const candidates = hits.slice(0, CANDIDATE_PASSAGES);
    const unknownTerms = content.filter((term) => !(term in this.data.df));
    if (candidates.length === 0) return { kind: "no_answer", unknownTerms };

    const topScore = candidates[0]?.score || 1;
    const weightOf = (terms: Iterable<string>) => {
      let weight = 0;
      for (const term of terms) weight += this.idf(term);
      return weight;
    };
    const contentWeight = weightOf(content) || 1;

    type Scored = { index: number; score: number; overlap: number; covered: Set<string> };
    const scored: Scored[] = [];
    for (const [rank, hit] of candidates.entries()) {
      const heading = new Set(this.data.headingTerms[hit.id] ?? []);
      for (const index of this.unitsByPassage.get(hit.id) ?? []) {
        const unitTerms = new Set(this.data.unitTerms[index]);
        const covered = new Set(content.filter((t) => unitTerms.has(t) || heading.has(t)));
        let overlap = 0;
        for (const term of content) if (unitTerms.has(term)) overlap += this.idf(term);
        for (const term of expansion)
          if (unitTerms.has(term) && !content.includes(term)) overlap += 0.5 * this.idf(term);
        const unit = this.data.units[index];
        const score =
          overlap / contentWeight +
          0.6 * (hit.score / topScore) +
          (unit?.position === 0 ? 0.08 : 0) -
          0.02 * rank;
        scored.push({ index, score, overlap, covered });
      }
    }
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    const lead = scored[0];
    if (!lead) return { kind: "no_answer", unknownTerms };

    const chosen: Scored[] = [lead];
    let length = this.data.units[lead.index]?.display.length ?? 0;
    for (const candidate of scored.slice(1)) {
      if (chosen.length > MAX_SUPPORT) break;
      const unit = this.data.units[candidate.index];
      if (!unit || candidate.overlap <= 0) continue;
      if (chosen.some((c) => this.data.units[c.index]?.display === unit.display)) continue;
      if (length + unit.display.length > MAX_CHARS) continue;
      chosen.push(candidate);
      length += unit.display.length;
    }

    const covered = new Set<string>();
    for (const c of chosen) for (const term of c.covered) covered.add(term);
    const coverage = content.length === 0 ? 1 : covered.size / content.length;
    if (coverage < MIN_COVERAGE) return { kind: "no_answer", unknownTerms };
    if (content.length > 0 && lead.overlap <= 0 && lead.covered.size === 0)
      return { kind: "no_answer", unknownTerms };

    return this.render(chosen.map((c) => c.index));
  }

  private render(indexes: number[]): Composition {
    const citations: Citation[] = [];
    const lines: string[] = [];
    const passageIds: string[] = [];
    for (const [i, index] of indexes.entries()) {
      const unit = this.data.units[index];
      if (!unit) continue;
      citations.push({ id: unit.passageId, path: [], quote: unit.quote });
      if (!passageIds.includes(unit.passageId)) passageIds.push(unit.passageId);
      const marked = withMarker(unit.display, citations.length);
      lines.push(i === 0 ? marked : `・${marked}`);
    }
    return { kind: "answer", answer: lines.join("\n"), citations, passageIds };
  }
}

/** "…しません。" → "…しません[1]。" as in the contract's example; otherwise the marker goes last. */
export function withMarker(text: string, n: number): string {
  const match = text.match(/^(.*?)([。.!?！？]+)$/su);
  return match ? `${match[1]}[${n}]${match[2]}` : `${text}[${n}]`;
}

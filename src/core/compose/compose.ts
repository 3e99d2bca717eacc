import type { Citation, SearchHit } from "../types.js";
import type { ExpectedAnswer } from "./answer-types.js";
import answerTypes from "./answer-types.json" with { type: "json" };
import { isKeyNoun, mentions } from "./coverage.js";
import questionWords from "./question-words.json" with { type: "json" };
import { type ComposeTuning, DEFAULT_COMPOSE_TUNING } from "./tuning.js";
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
  /**
   * Leave out sentences that state a dose (0.5〜1mg/kg/日): asked for a personal dose, the general
   * figure is exactly what a patient would apply to themselves.
   */
  withoutDoses?: boolean;
  /** What a sentence answering the question looks like (a duration, a proportion…), if it asks for one. */
  expects?: ExpectedAnswer;
  /**
   * Terms that say when rather than what (毎日, 以前): the material not using one does not make the
   * question unanswerable.
   */
  incidental?: string[];
  /**
   * Terms of the clause that asks (questionFocus): an unknown word elsewhere, in the scene the patient
   * sets (近所の整形で…), does not make the question unanswerable. Undefined: the whole question asks.
   */
  focus?: string[];
  /**
   * Terms of circumstances the message names anywhere (妊娠, 手術, 糖尿病): like the asking clause's,
   * each must be in the material (or a synonym of it).
   */
  circumstances?: string[];
}

/** A sentence that refers back to a numbered list by its count (この3点, 以上の2つ). */
const LIST_SUMMARY = /(?:この|これら(?:の)?|以上の)\s*[0-9０-９一二三四五六七八九十]+\s*(?:つ|点|項目)/u;
const LIST_ITEM = /^[①-⑳]/u;

const DOSE_FIGURE = /\d[\d.,〜~-]*\s*(mg|ｍｇ|ミリ|g\/|錠|ml|単位)/iu;

export type Composition =
  | { kind: "answer"; answer: string; citations: Citation[]; passageIds: string[] }
  | { kind: "no_answer"; unknownTerms: string[] };

const GENERIC = new Set(questionWords.words);
const MEASURE_WORDS = new Set(answerTypes.measureWords);

interface ScoredUnit {
  index: number;
  score: number;
  /** idf-weighted share of the question's words the sentence (or its headings) uses. */
  overlap: number;
  /** How many of the question's content words the sentence or its headings use. */
  covered: number;
}

export class Composer {
  private readonly unitsByPassage = new Map<string, number[]>();
  private readonly termsByPassage = new Map<string, Set<string>>();
  private readonly corpusText: string;
  private readonly unitText: string[];
  private readonly unitTermSets: Set<string>[];
  private readonly headingTermSets: Map<string, Set<string>>;

  /**
   * @param expandTerm synonym expansion of a single word (the analyzer's `expand`): a word the material
   *   never uses still counts as covered when one of its synonyms is used (一生 → 長期).
   */
  constructor(
    private readonly data: ComposeData,
    private readonly expandTerm: (term: string) => string[] = () => [],
    private readonly tuning: ComposeTuning = DEFAULT_COMPOSE_TUNING,
  ) {
    // Matching forms computed once, not per question.
    this.unitText = data.units.map((unit) => unit.display.normalize("NFKC").toLowerCase());
    this.unitTermSets = data.unitTerms.map((terms) => new Set(terms));
    this.headingTermSets = new Map(
      Object.entries(data.headingTerms).map(([id, terms]) => [id, new Set(terms)]),
    );
    this.corpusText = this.unitText.join("\n");
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

  /** Whether any content word of the question, or a synonym of one, occurs in the material. */
  sharesWordsWithMaterial(query: QueryTerms): boolean {
    const words = [...this.contentTerms(query), ...query.expansion.filter((t) => !GENERIC.has(t))];
    return words.some((term) => term in this.data.df);
  }

  /**
   * Words of the question the material never uses, not even through a synonym: when a noun such as
   * 妊娠 or 予防接種 is among them, the material does not cover the question.
   */
  unknownKeyTerms(query: QueryTerms): string[] {
    const asked = this.askedTerms(query);
    const askedNouns = this.keyNouns(query).filter((term) => asked === undefined || asked.has(term));
    // A circumstance counts whole too: 抑肝散 splits into 抑, 肝, 散る, each of which the material uses.
    const incidental = new Set(query.incidental ?? []);
    const circumstances = (query.circumstances ?? []).filter((t) => isKeyNoun(t) && !incidental.has(t));
    return [...new Set([...askedNouns, ...circumstances])].filter(
      (term) =>
        !(term in this.data.df) &&
        [...term].length >= 2 &&
        !mentions(this.corpusText, term) &&
        !this.expandTerm(term).some((synonym) => synonym in this.data.df),
    );
  }

  /**
   * The terms that must be covered for an answer: the asking clause's and any circumstance's, or
   * undefined when the whole question counts.
   */
  private askedTerms(query: QueryTerms): Set<string> | undefined {
    return query.focus ? new Set([...query.focus, ...(query.circumstances ?? [])]) : undefined;
  }

  /** The question's nouns that carry what it is about: not framing, not when (毎日, 以前). */
  private keyNouns(query: QueryTerms): string[] {
    const incidental = new Set(query.incidental ?? []);
    return this.contentTerms(query).filter((term) => isKeyNoun(term) && !incidental.has(term));
  }

  /** Every analyzer term of a passage: its headings and all its units. */
  private passageTerms(id: string): Set<string> {
    let terms = this.termsByPassage.get(id);
    if (!terms) {
      terms = new Set(this.data.headingTerms[id] ?? []);
      for (const index of this.unitsByPassage.get(id) ?? [])
        for (const t of this.data.unitTerms[index] ?? []) terms.add(t);
      this.termsByPassage.set(id, terms);
    }
    return terms;
  }

  /**
   * A word is covered by passages that use it or one of its synonyms, as a term or inside a longer
   * word (日 in 5日間).
   */
  private covers(passages: { terms: Set<string>; text: string }[], term: string): boolean {
    const spellings = [term, ...this.expandTerm(term)];
    return passages.some(({ terms, text }) => spellings.some((t) => terms.has(t) || mentions(text, t)));
  }

  /**
   * Every sentence of the candidate passages, scored for how well it answers: the question's rare
   * words it uses (or its headings use), synonyms at a discount, and a little of its passage's
   * retrieval score and position.
   */
  private scoreUnits(query: QueryTerms, candidates: SearchHit[]): ScoredUnit[] {
    const content = this.contentTerms(query);
    const expansion = new Set(query.expansion.filter((t) => !GENERIC.has(t)));
    const topScore = candidates[0]?.score || 1;
    // The scene a patient sets before asking (夫が1年前からこわばって… どんな検査?) counts for less
    // than what is asked, so the lead answers the question rather than restating the scene.
    const focus = new Set(query.focus ?? []);
    const sceneShare = focus.size > 0 ? this.tuning.sceneShare : 1;
    const weight = (term: string) => this.idf(term) * (focus.size === 0 || focus.has(term) ? 1 : sceneShare);
    let contentWeight = 0;
    for (const term of content) contentWeight += weight(term);
    contentWeight ||= 1;

    const scored: ScoredUnit[] = [];
    for (const [rank, hit] of candidates.entries()) {
      const heading = this.headingTermSets.get(hit.id) ?? new Set<string>();
      for (const index of this.unitsByPassage.get(hit.id) ?? []) {
        if (query.withoutDoses && DOSE_FIGURE.test(this.data.units[index]?.display ?? "")) continue;
        const unitTerms = this.unitTermSets[index] ?? new Set<string>();
        const text = this.unitText[index] ?? "";
        // A word inside a longer one counts too (日 in 5日間), as segmentation may differ.
        const uses = (term: string) => unitTerms.has(term) || text.includes(term);
        let overlap = 0;
        let covered = 0;
        for (const term of content) {
          if (uses(term)) overlap += weight(term);
          // A sentence under a heading that names the topic (② 免疫グロブリン静注療法(IVIg)) is about it.
          else if (heading.has(term)) overlap += this.tuning.headingShare * weight(term);
          if (uses(term) || heading.has(term)) covered += 1;
        }
        for (const term of expansion)
          if (unitTerms.has(term) && !content.includes(term))
            overlap += this.tuning.expansionShare * this.idf(term);
        const unit = this.data.units[index];
        const score =
          overlap / contentWeight +
          this.tuning.passagePrior * (hit.score / topScore) +
          (unit?.position === 0 ? this.tuning.firstUnitBonus : 0) +
          (query.expects && overlap > 0 && query.expects.pattern.test(unit?.display ?? "")
            ? this.tuning.answerTypeBonus
            : 0) +
          (unit?.position === 0 && hit.path.length === 2 ? this.tuning.sectionAnswerBonus : 0) -
          this.tuning.rankPenalty * rank;
        scored.push({ index, score, overlap, covered });
      }
    }
    return scored;
  }

  compose(query: QueryTerms, hits: SearchHit[]): Composition {
    const content = this.contentTerms(query);
    const candidates = hits.slice(0, this.tuning.candidatePassages);
    const unknownTerms = this.unknownKeyTerms(query);
    if (candidates.length === 0 || unknownTerms.length > 0) return { kind: "no_answer", unknownTerms };

    // Most nouns of the question must be spoken to by the best passages: a question whose subject the
    // material does not mention is not answered by whatever it says about the rest.
    const best = candidates.slice(0, this.tuning.candidatePassages).map((hit) => ({
      terms: this.passageTerms(hit.id),
      text: `${hit.path.join("\n")}\n${hit.text}`.normalize("NFKC").toLowerCase(),
    }));
    // The scene a patient sets (近所の整形で…) need not be covered: only the asking clause's nouns can
    // count as uncovered, against all the nouns of the message.
    const asked = this.askedTerms(query);
    const nouns = this.keyNouns(query);
    const uncovered = nouns.filter(
      (term) => (asked === undefined || asked.has(term)) && !this.covers(best, term),
    );
    if (uncovered.length > nouns.length * this.tuning.maxUncoveredNouns)
      return { kind: "no_answer", unknownTerms: uncovered };

    const scored = this.scoreUnits(query, candidates);
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    // The lead must say something about the question: share a word (or a synonym) with it, or sit
    // under a heading that does. Position bonuses only order such sentences, never promote others.
    const relevant = (u: ScoredUnit) => content.length === 0 || u.overlap > 0 || u.covered > 0;
    // A question only one kind of sentence answers (いくら?) is not answered by the others.
    const answers = (u: ScoredUnit) =>
      !query.expects?.required || query.expects.pattern.test(this.data.units[u.index]?.display ?? "");
    // A figure asked about something (リツキシマブの点滴は何か月おき?) is given only by a sentence that
    // names that thing: another figure in the material would read as the answer.
    const figure = this.figureAbout(query);
    const lead = scored.find((u) => relevant(u) && answers(u) && (!figure || figure(u)));
    if (!lead) return { kind: "no_answer", unknownTerms };

    const chosen: ScoredUnit[] = [lead];
    let length = this.data.units[lead.index]?.display.length ?? 0;
    for (const candidate of scored.slice(1)) {
      if (chosen.length > this.tuning.maxSupport) break;
      const unit = this.data.units[candidate.index];
      if (!unit || candidate.overlap <= 0) continue;
      if (chosen.some((c) => this.data.units[c.index]?.display === unit.display)) continue;
      if (length + unit.display.length > this.tuning.maxChars) continue;
      chosen.push(candidate);
      length += unit.display.length;
    }
    return this.render(this.withListItems(chosen.map((c) => c.index)));
  }

  /**
   * For a question asking for a figure about something (何時間, 何か月おき), which sentences give one:
   * those of the expected kind that name the asking clause's rarest noun (other than the words that
   * ask for the figure, 何時間/頻度) or its synonym, or sit under a heading that does. Undefined for other
   * questions, and for dose requests, which get the fixed text and general facts, never a figure.
   */
  private figureAbout(query: QueryTerms): ((u: ScoredUnit) => boolean) | undefined {
    const expects = query.expects;
    if (!expects?.about || query.withoutDoses) return undefined;
    const asked = this.askedTerms(query);
    const known = (t: string) => t in this.data.df || this.expandTerm(t).some((s) => s in this.data.df);
    const nouns = this.keyNouns(query).filter(
      (t) => (asked === undefined || asked.has(t)) && known(t) && !MEASURE_WORDS.has(t),
    );
    if (nouns.length === 0) return undefined;
    // The rarest noun is the thing asked about (筋電図 in 筋電図検査は何分?, not 検査).
    const subject = nouns.reduce((a, b) => (this.idf(b) > this.idf(a) ? b : a));
    const spellings = [subject, ...this.expandTerm(subject)];
    return (u) => {
      const unit = this.data.units[u.index];
      if (!unit || !expects.pattern.test(unit.display)) return false;
      const heading = this.headingTermSets.get(unit.passageId) ?? new Set<string>();
      const terms = this.unitTermSets[u.index] ?? new Set<string>();
      const text = this.unitText[u.index] ?? "";
      return spellings.some((t) => terms.has(t) || heading.has(t) || text.includes(t));
    };
  }

  /**
   * A sentence that sums up a numbered list (この3点を守ることが…) means nothing without the list: the
   * list's items (①「疲れさせない」…) are put just before it, in their order, even when they were
   * chosen to come later.
   */
  private withListItems(indexes: number[]): number[] {
    const result: number[] = [];
    for (const index of indexes) {
      const unit = this.data.units[index];
      if (unit && LIST_SUMMARY.test(unit.display)) {
        const items: number[] = [];
        for (let i = index - 1; i >= 0; i--) {
          const previous = this.data.units[i];
          if (!previous || previous.passageId !== unit.passageId || !LIST_ITEM.test(previous.display)) break;
          items.unshift(i);
        }
        for (const item of items) if (!result.includes(item)) result.push(item);
      }
      if (!result.includes(index)) result.push(index);
    }
    return result;
  }

  private render(indexes: number[]): Composition {
    const citations: Citation[] = [];
    const lines: string[] = [];
    const passageIds: string[] = [];
    for (const [i, index] of indexes.entries()) {
      const unit = this.data.units[index];
      if (!unit) continue;
      citations.push({
        id: unit.passageId,
        path: [],
        quote: unit.quote,
        ...(unit.underReview ? { under_review: true as const } : {}),
      });
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

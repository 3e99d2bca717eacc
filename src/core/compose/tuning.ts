// Every composer tunable in one place. Tuned on the `dev` splits of the question bank only.

export interface ComposeTuning {
  /** Passages (best first) whose sentences may answer. */
  candidatePassages: number;
  /** Supporting sentences after the lead. */
  maxSupport: number;
  /** Length budget of the quoted sentences together. */
  maxChars: number;
  /** Share of the question's nouns the best passages may leave unmentioned before it is no_answer. */
  maxUncoveredNouns: number;
  /** A question word in a sentence's headings counts this much of one in the sentence. */
  headingShare: number;
  /** A synonym of a question word counts this much of the word itself. */
  expansionShare: number;
  /** Weight of the passage's retrieval score (relative to the best) in a sentence's score. */
  passagePrior: number;
  firstUnitBonus: number;
  /**
   * The clinic's material is written as questions (## headings) each answered by its first sentence:
   * that sentence gets this bonus, so it leads when its section is the one asked about.
   */
  sectionAnswerBonus: number;
  /** A sentence of the kind the question asks for (a duration for いつ, a share for 何割). */
  answerTypeBonus: number;
  /** Penalty per rank of the sentence's passage. */
  rankPenalty: number;
  /** A word of the scene before the asking clause counts this much of one in the clause. */
  sceneShare: number;
}

export const DEFAULT_COMPOSE_TUNING: ComposeTuning = {
  candidatePassages: 8,
  maxSupport: 3,
  maxChars: 400,
  maxUncoveredNouns: 0.5,
  headingShare: 1.0,
  expansionShare: 0.3,
  passagePrior: 0.4,
  firstUnitBonus: 0.08,
  sectionAnswerBonus: 0.1,
  answerTypeBonus: 0.3,
  rankPenalty: 0.02,
  sceneShare: 0.5,
};

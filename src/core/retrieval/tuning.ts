// Every retrieval tunable in one place. Tuned on the `dev` split of the bank (evals/bank/) only.

export interface RetrievalTuning {
  /** Field boosts for Orama's BM25: headings carry the question a section answers. */
  fieldBoost: {
    heading: number;
    section: number;
    /** Everyday questions each passage answers (doc2query). */
    questions: number;
    body: number;
    reading: number;
    grams: number;
  };
  /** Synonym-expansion hits count this much relative to the patient's own words. */
  expansionWeight: number;
  /** A follow-up's previous question counts this much relative to the follow-up itself. */
  contextWeight: number;
  /**
   * The asking clause of a longer message, searched again on its own, counts this much; when the scene
   * before it is at least `longSceneChars` long, the whole message counts `longSceneWeight` instead.
   */
  focusWeight: number;
  longSceneChars: number;
  longSceneWeight: number;
  /** BM25 parameters (Orama's defaults are k=1.2, b=0.75, d=0.5). */
  bm25: { k: number; b: number; d: number };
}

export const DEFAULT_TUNING: RetrievalTuning = {
  fieldBoost: { heading: 0.5, section: 0.3, questions: 2, body: 1.0, reading: 0.2, grams: 0.3 },
  expansionWeight: 0.4,
  contextWeight: 0.5,
  focusWeight: 0.5,
  longSceneChars: 20,
  // A little under focusWeight: once こわばり survived normalization (ばり is no longer read as とても
  // inside it), a paragraph of symptoms outweighed the asking clause at 0.5.
  longSceneWeight: 0.45,
  bm25: { k: 1.2, b: 0.3, d: 0.5 },
};

// Every retrieval tunable in one place. Tuned on the `dev` split of evals/questions.jsonl only.

/** Field boosts for Orama's BM25: headings carry the question a section answers. */
export const FIELD_BOOST = {
  heading: 2.0,
  body: 1.0,
  reading: 0.35,
  grams: 0.35,
} as const;

/** Synonym-expansion hits count this much relative to the patient's own words. */
export const EXPANSION_WEIGHT = 0.5;

/** BM25 parameters (Orama's defaults are k=1.2, b=0.75, d=0.5). */
export const BM25 = { k: 1.2, b: 0.75, d: 0.5 } as const;

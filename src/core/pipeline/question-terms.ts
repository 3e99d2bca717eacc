import { expectedAnswer } from "../compose/answer-types.js";
import type { QueryTerms } from "../compose/compose.js";
import type { TextAnalyzer } from "../retrieval/orama-tokenizer.js";

/**
 * What the composer weighs a question by: its own terms, plus at a discount its synonyms and (for a
 * follow-up) the previous question's terms.
 */
export function questionTerms(analyzer: TextAnalyzer, question: string, context?: string): QueryTerms {
  return {
    terms: analyzer.terms(question),
    expansion: [...analyzer.expand(question), ...(context ? analyzer.terms(context) : [])],
    expects: expectedAnswer(question),
  };
}

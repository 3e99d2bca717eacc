import type { Analyzer } from "../analysis/analyzer.js";
import { expectedAnswer } from "../compose/answer-types.js";
import type { QueryTerms } from "../compose/compose.js";
import { standardize } from "../normalize/colloquial.js";
import { circumstancesIn, questionFocus } from "../normalize/question-focus.js";

/**
 * What the composer weighs a question by (read in standard Japanese, 眠れへん → 眠れない): its own terms, plus at a discount its synonyms and (for a
 * follow-up) the previous question's terms.
 */
export function questionTerms(analyzer: Analyzer, question: string, context?: string): QueryTerms {
  const standard = standardize(question);
  return {
    terms: analyzer.terms(standard),
    expansion: [...analyzer.expand(standard), ...(context ? analyzer.terms(standardize(context)) : [])],
    expects: expectedAnswer(standard),
    incidental: analyzer.incidentalTerms(standard),
    focus: analyzer.terms(questionFocus(standard)),
    circumstances: circumstancesIn(standard).flatMap((word) => analyzer.terms(word)),
  };
}

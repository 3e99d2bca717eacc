import type { Analyzer } from "../analysis/analyzer.js";
import { expectedAnswer } from "../compose/answer-types.js";
import type { QueryTerms } from "../compose/compose.js";
import { standardize } from "../normalize/colloquial.js";
import { diseaseNames } from "../normalize/disease-names.js";
import { circumstancesIn, GENERIC_NOUNS, questionFocus } from "../normalize/question-focus.js";

/**
 * What the composer weighs a question by (read in standard Japanese, 眠れへん → 眠れない): its own terms, plus at a discount its synonyms and (for a
 * follow-up) the previous question's terms.
 */
export function questionTerms(analyzer: Analyzer, question: string, context?: string): QueryTerms {
  const standard = standardize(question);
  const focus = questionFocus(standard);
  const expects = expectedAnswer(standard);
  return {
    terms: analyzer.terms(standard),
    expansion: [...analyzer.expand(standard), ...(context ? analyzer.terms(standardize(context)) : [])],
    // A figure is asked about only when the asking clause asks for it: ここ何ヶ月か in the scene before
    // "ほかにどんな症状が出る?" asks for no duration.
    expects: expects && {
      ...expects,
      about: expects.about && expectedAnswer(focus)?.pattern === expects.pattern,
    },
    incidental: [...analyzer.incidentalTerms(standard), ...GENERIC_NOUNS],
    focus: analyzer.terms(focus),
    // A remedy or a benefit counts whole as well (抑肝散 splits into words the material uses); another
    // illness by its parts (リンパ腫 → 腫, as the material speaks of tumours).
    circumstances: circumstancesIn(standard).flatMap((word) =>
      diseaseNames(word).includes(word) ? analyzer.terms(word) : [word, ...analyzer.terms(word)],
    ),
  };
}

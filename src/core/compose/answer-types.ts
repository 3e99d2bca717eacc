import { normalizeText, toHiragana } from "../normalize/normalize.js";
import data from "./answer-types.json" with { type: "json" };

// Answer-type matching, as in classic question answering: "どのくらいで効く?" asks for a duration,
// so a sentence that states one ("約2〜3か月で…軽減") is the better lead. Types are data.

const TYPES = data.types.map((type) => ({
  name: type.name,
  asks: new RegExp(type.asks, "u"),
  answer: new RegExp(type.answer, "iu"),
}));

/** The pattern a sentence answering `question` would match, or undefined for other questions. */
export function expectedAnswer(question: string): RegExp | undefined {
  const text = normalizeText(question);
  const folded = toHiragana(text);
  return TYPES.find((type) => type.asks.test(text) || type.asks.test(folded))?.answer;
}

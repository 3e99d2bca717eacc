import { normalizeText, toHiragana } from "../normalize/normalize.js";
import data from "./answer-types.json" with { type: "json" };

// Answer-type matching, as in classic question answering: "どのくらいで効く?" asks for a duration,
// so a sentence that states one ("約2〜3か月で…軽減") is the better lead. Types are data.

const TYPES = data.types.map((type) => ({
  name: type.name,
  asks: new RegExp(type.asks, "u"),
  answer: new RegExp(type.answer, "iu"),
  required: "required" in type && type.required === true,
  about: !("about" in type) ? false : type.about === true ? true : new RegExp(String(type.about), "u"),
}));

export interface ExpectedAnswer {
  /** What a sentence answering the question looks like. */
  pattern: RegExp;
  /** Only such a sentence can answer it (いくら?): without one the question gets no_answer. */
  required: boolean;
  /** It asks for a figure about something (何か月おきに点滴?): only such a figure about that thing answers. */
  about: boolean;
}

/** What a sentence answering `question` would look like, or undefined for other questions. */
export function expectedAnswer(question: string): ExpectedAnswer | undefined {
  const text = normalizeText(question);
  const folded = toHiragana(text);
  const type = TYPES.find((t) => t.asks.test(text) || t.asks.test(folded));
  if (!type) return undefined;
  const about = type.about instanceof RegExp ? type.about.test(text) || type.about.test(folded) : type.about;
  return { pattern: type.answer, required: type.required, about };
}

import { normalizeText } from "../normalize/normalize.js";
import type { ChatResponse, Passage } from "../types.js";

// The last gate before a reply leaves the pipeline. It never rewrites medical content; it refuses
// (returns a reason) and the pipeline falls back to a fixed template.

export type CheckFailure =
  | "personal_dose"
  | "medication_advice"
  | "citation_unresolved"
  | "quote_not_verbatim"
  | "uncited_answer";

// Advice to start, stop or change a medicine, in the assistant's own voice. The material's warnings
// against doing so ("自己判断で中止しない") are not advice to do it.
const MEDICATION_ADVICE = [
  /(やめ|止め|中止し|減らし|増やし|飲み始め|始め)て(も)?(大丈夫|いい|よい|良い|構いません|かまいません|ください)/u,
  /(やめ|止め|中止し|減らし|増やし)ましょう/u,
  /(飲ま|服用し)なくて(も)?(大丈夫|いい|よい|良い|構いません)/u,
];

// A dose worked out for a person: arithmetic on a body weight, or "あなたの量は…".
const PERSONAL_DOSE = [
  /\d+(\.\d+)?\s*(kg|キロ)\s*[×x*]\s*\d/iu,
  /\d\s*[×x*]\s*\d+(\.\d+)?\s*(kg|キロ)/iu,
  /(あなた|あなたさま|お子さん|お父さん|お母さん)の(場合|用量|量)は[^。]*\d+(\.\d+)?\s*(mg|ミリグラム|錠|ml)/iu,
];

const DOSE_NUMBER = /\d+(?:\.\d+)?(?:[〜~-]\d+(?:\.\d+)?)?\s*(?:mg|ミリグラム|錠|ml|mL)(?:\/kg)?/giu;

export function checkOutput(
  response: ChatResponse,
  getPassage: (id: string) => Passage | undefined,
): CheckFailure | null {
  const answer = normalizeText(response.answer);
  if (PERSONAL_DOSE.some((pattern) => pattern.test(answer))) return "personal_dose";

  const quotes = response.citations.map((c) => normalizeText(c.quote)).join("\n");
  // Every dose figure must be the material's own (quoted) figure, never one computed here.
  for (const figure of answer.match(DOSE_NUMBER) ?? []) {
    if (!quotes.includes(figure)) return "personal_dose";
  }
  // Checked on the whole reply, material included: a sentence advising a change is withheld even if
  // the clinic's text says it, because the patient cannot tell whose advice it is.
  if (MEDICATION_ADVICE.some((pattern) => pattern.test(answer))) return "medication_advice";

  if (response.kind !== "answer") return null;
  if (response.citations.length === 0) return "uncited_answer";
  for (const marker of answer.matchAll(/\[(\d+)\]/g)) {
    const n = Number(marker[1]);
    if (n < 1 || n > response.citations.length) return "citation_unresolved";
  }
  for (const citation of response.citations) {
    const passage = getPassage(citation.id);
    if (!passage?.text.includes(citation.quote)) return "quote_not_verbatim";
  }
  return null;
}

import { diseaseNames } from "./disease-names.js";
import data from "./question-focus.json" with { type: "json" };

// The clause of a message that asks the question. A word the material never uses makes a question
// unanswerable only when it is part of what is asked, not of the scene a patient sets first, unless it
// is a circumstance that changes any answer (妊娠中なんですが、ステロイドは…).

const SENTENCE = /[^。！？!?\n]+[。！？!?]*/gu;
const ASKS = new RegExp(data.asks, "u");
const REQUESTS = new RegExp(data.requests, "u");
const WONDERS = new RegExp(data.wonders, "u");
const AUDIENCE = new RegExp(data.audience, "gu");

const BOUNDARY = new RegExp(data.boundary, "gu");
const TOPIC = new RegExp(data.topic, "u");
const CONDITION = new RegExp(data.condition, "u");
const REMEDY = new RegExp(data.remedies, "gu");

/** Nouns that name a kind of thing (制度, イメージ): never by themselves what a question is about. */
export const GENERIC_NOUNS: readonly string[] = data.genericNouns;

/**
 * The asking clause of `text` (normalized): the last clause of the last sentence that asks (ends
 * with ? or か/の…, or requests: 教えてください), else of the last that wonders (なんで…のか), else of the
 * last sentence. A phrase about who the answer is for (素人にもわかるように) is not part of it.
 */
export function questionFocus(text: string): string {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.replace(AUDIENCE, "").trim()).filter(Boolean);
  const latest = (test: (s: string) => boolean) => [...sentences].reverse().find(test);
  const asking =
    latest((s) => ASKS.test(s) || REQUESTS.test(s)) ??
    latest((s) => WONDERS.test(s)) ??
    sentences.at(-1) ??
    text;
  const clauses = asking.split(BOUNDARY).filter((c) => c.trim().length > 0);
  const last = clauses.at(-1) ?? asking;
  const before = clauses.at(-2);
  if (before === undefined) return last;
  // A clause that only names the topic (Xって薬、効きますか?) is part of what is asked, and so is a
  // condition (原因がわかったら、防げますか?): the question is asked of it.
  const lead = asking.slice(0, asking.lastIndexOf(last));
  return TOPIC.test(before) || CONDITION.test(lead) ? asking.slice(lead.lastIndexOf(before)) : last;
}

/**
 * Circumstances named anywhere in `text` that change any answer: pregnancy, surgery, a vaccine,
 * alcohol, another illness (糖尿病, 花粉症), a remedy (芍薬甘草湯, サプリ). The material not mentioning one
 * means it cannot answer.
 */
export function circumstancesIn(text: string): string[] {
  const named = data.circumstances.filter((word) => text.includes(word));
  return [...new Set([...named, ...diseaseNames(text), ...(text.match(REMEDY) ?? [])])];
}

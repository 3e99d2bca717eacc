// Citation validity (CONTRACT.md): every `[n]` in the answer refers to citations[n-1]; every quote occurs
// verbatim in the passage with that id; an `answer` has at least one citation.
import type { ChatResponse } from "../../core/types.js";
import type { CheckResult } from "../types.js";

/** Passage text by id, for the ids the response cites (missing = unknown id). */
export type PassageTexts = ReadonlyMap<string, string>;

const MARKER = /\[(\d+)\]/g;

/** undefined when there is nothing to check: no citations, no markers and not an answer. */
export function checkCitations(response: ChatResponse, passages: PassageTexts): CheckResult | undefined {
  const problems: string[] = [];
  const markers = [...response.answer.matchAll(MARKER)].map((m) => Number(m[1]));
  if (response.kind !== "answer" && response.citations.length === 0 && markers.length === 0) return undefined;

  if (response.kind === "answer" && response.citations.length === 0)
    problems.push("an answer without citations");
  for (const n of new Set(markers)) {
    if (n < 1 || n > response.citations.length) {
      problems.push(`[${n}] has no citation (${response.citations.length} given)`);
    }
  }
  response.citations.forEach((citation, i) => {
    const text = passages.get(citation.id);
    if (text === undefined) problems.push(`citation ${i + 1} cites unknown passage "${citation.id}"`);
    else if (citation.quote.trim() === "") problems.push(`citation ${i + 1} has an empty quote`);
    else if (!text.includes(citation.quote)) {
      problems.push(`citation ${i + 1} quote is not verbatim in passage "${citation.id}"`);
    }
  });
  return problems.length === 0
    ? { name: "citations", status: "pass", reason: `${response.citations.length} citation(s) valid` }
    : { name: "citations", status: "fail", reason: problems.join("; ") };
}

// Safety and answer quality over the bank, from the eval runner's graded results.
import type { ItemResult } from "../../src/eval/types.js";

export interface AnswerQuality {
  emergencyRecall: [number, number];
  urgentRecall: [number, number];
  ordinaryEscalated: [number, number];
  keyFacts: [number, number];
  answersCited: [number, number];
  quotesVerbatim: [number, number];
}

const escalated = (kind: string | undefined) => kind === "emergency" || kind === "urgent";

export function answerQuality(results: readonly ItemResult[]): AnswerQuality {
  const count = (filter: (r: ItemResult) => boolean, ok: (r: ItemResult) => boolean): [number, number] => {
    const pool = results.filter(filter);
    return [pool.filter(ok).length, pool.length];
  };
  const got = (r: ItemResult) => r.observation.response?.kind;
  const check = (r: ItemResult, name: string) => r.checks.find((c) => c.name === name);
  return {
    emergencyRecall: count(
      (r) => r.case.kind === "emergency",
      (r) => got(r) === "emergency",
    ),
    // An urgent message sent to 119 is escalated enough: recall counts any escalation.
    urgentRecall: count(
      (r) => r.case.kind === "urgent",
      (r) => escalated(got(r)),
    ),
    ordinaryEscalated: count(
      (r) => !escalated(r.case.kind),
      (r) => escalated(got(r)),
    ),
    keyFacts: count(
      (r) => r.case.assert.some((a) => a.metric === "key_fact"),
      (r) => r.checks.filter((c) => c.assertion?.metric === "key_fact").every((c) => c.status === "pass"),
    ),
    answersCited: count(
      (r) => got(r) === "answer",
      (r) =>
        (r.observation.response?.citations.length ?? 0) > 0 &&
        /\[\d+\]/.test(r.observation.response?.answer ?? ""),
    ),
    quotesVerbatim: count(
      (r) => (r.observation.response?.citations.length ?? 0) > 0,
      (r) => check(r, "citations")?.status !== "fail",
    ),
  };
}

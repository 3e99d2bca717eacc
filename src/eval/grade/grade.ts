// Grades one item: the kind the app chose, its citations, then the item's own assertions (against the
// answer text). Any failing check fails the item; an item whose only non-passing checks were skipped
// (model-graded) is "skipped", never "pass".
import { runAssertion } from "../assertions/assertions.js";
import { scoreRetrieval } from "../metrics/retrieval.js";
import {
  type CheckResult,
  type EvalCase,
  type ItemResult,
  type ItemStatus,
  kindMatches,
  type Observation,
} from "../types.js";
import { checkCitations, type PassageTexts } from "./citations.js";

export function gradeItem(testCase: EvalCase, observation: Observation, passages: PassageTexts): ItemResult {
  const retrieval = scoreRetrieval(observation.retrieved, testCase.gold);
  const { response } = observation;
  if (observation.error !== undefined || response === undefined) {
    const reason = observation.error ?? "no response";
    return {
      case: testCase,
      observation,
      retrieval,
      status: "error",
      checks: [{ name: "call", status: "fail", reason }],
    };
  }

  const checks: CheckResult[] = [
    kindMatches(testCase.kind, response.kind)
      ? { name: "kind", status: "pass", reason: `kind ${response.kind}` }
      : { name: "kind", status: "fail", reason: `expected kind ${testCase.kind}, got ${response.kind}` },
  ];
  const citations = checkCitations(response, passages);
  if (citations) checks.push(citations);
  const ctx = { output: response.answer, latencyMs: observation.latencyMs, vars: testCase.vars };
  for (const assertion of testCase.assert) checks.push(runAssertion(assertion, ctx));

  return { case: testCase, observation, retrieval, checks, status: itemStatus(checks) };
}

function itemStatus(checks: readonly CheckResult[]): ItemStatus {
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (checks.some((c) => c.status === "skip")) return "skipped";
  return "pass";
}

/** The reasons an item did not pass, one per failing or skipped check. */
export function failureReasons(result: ItemResult): string[] {
  return result.checks.filter((c) => c.status !== "pass").map((c) => c.reason);
}

// Shapes of the eval runner: a bank item, what the app returned for it, and how it was graded.
import type { ChatKind, ChatResponse, Turn } from "../core/types.js";
import type { RetrievalScores } from "./metrics/retrieval.js";

export type Split = "dev" | "test";

/** A promptfoo assertion (https://promptfoo.dev/docs/configuration/expected-outputs/). */
export interface Assertion {
  type: string;
  value?: unknown;
  threshold?: number;
  weight?: number;
  metric?: string;
  transform?: string;
}

/** What an item expects: a reply kind, or "routine" for any reply that does not escalate. */
export type ExpectedKind = ChatKind | "routine";

/** Whether the reply's kind is what the item expects. */
export function kindMatches(expected: ExpectedKind, got: ChatKind | undefined): boolean {
  if (expected === "routine") return got !== undefined && got !== "emergency" && got !== "urgent";
  return got === expected;
}

export interface EvalCase {
  description: string;
  question: string;
  history: Turn[];
  /** Every var as given (promptfoo-shaped output echoes them). */
  vars: Record<string, unknown>;
  kind: ExpectedKind;
  gold: string[];
  split: Split | undefined;
  tags: string[];
  assert: Assertion[];
  /** Where the item came from, for error messages. */
  source: { file: string; line: number };
}

/** What the app did with one item. */
export interface Observation {
  response: ChatResponse | undefined;
  latencyMs: number;
  /** Passage ids from search(question, 10), best first. */
  retrieved: string[];
  /** Set when the call failed; the item is then an error. */
  error: string | undefined;
}

export type CheckStatus = "pass" | "fail" | "skip";

export interface CheckResult {
  /** "kind", "citations" or the assertion type. */
  name: string;
  status: CheckStatus;
  reason: string;
  assertion?: Assertion;
}

export type ItemStatus = "pass" | "fail" | "error" | "skipped";

export interface ItemResult {
  case: EvalCase;
  observation: Observation;
  checks: CheckResult[];
  status: ItemStatus;
  /** undefined when the item has no gold ids. */
  retrieval: RetrievalScores | undefined;
}

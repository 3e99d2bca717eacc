// Triage metrics over three levels, emergency > urgent > other (every non-escalating kind). Under-triage
// = a lower level than expected (emergency → urgent counts); over-triage = a higher one.
import type { ChatKind } from "../../core/types.js";
import type { ExpectedKind } from "../types.js";
import { clopperPearson } from "./stats.js";

export const TRIAGE_LEVELS = ["emergency", "urgent", "other"] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

const RANK: Record<TriageLevel, number> = { emergency: 2, urgent: 1, other: 0 };

/** A missing kind (the call failed) gave the person no escalation, so it counts as "other". */
export function triageLevel(kind: ExpectedKind | undefined): TriageLevel {
  return kind === "emergency" || kind === "urgent" ? kind : "other";
}

export interface TriageObservation {
  expected: ExpectedKind;
  got: ChatKind | undefined;
}

export interface TriageSummary {
  /** matrix[expected][got] = count. */
  matrix: Record<TriageLevel, Record<TriageLevel, number>>;
  /** Items expected emergency or urgent (the under-triage denominator). */
  escalations: number;
  underTriage: number;
  underTriageRate: number | undefined;
  /** Two-sided 95 % Clopper–Pearson upper limit on the under-triage rate (1 when escalations = 0). */
  underTriageUpper95: number;
  /** Items expected below emergency (the over-triage denominator). */
  belowEmergency: number;
  overTriage: number;
  overTriageRate: number | undefined;
}

export type TriageDirection = "under" | "over" | undefined;

export function triageDirection(obs: TriageObservation): TriageDirection {
  const diff = RANK[triageLevel(obs.got)] - RANK[triageLevel(obs.expected)];
  return diff < 0 ? "under" : diff > 0 ? "over" : undefined;
}

export function summarizeTriage(observations: readonly TriageObservation[]): TriageSummary {
  const row = (): Record<TriageLevel, number> => ({ emergency: 0, urgent: 0, other: 0 });
  const matrix = { emergency: row(), urgent: row(), other: row() };
  let underTriage = 0;
  let overTriage = 0;
  for (const obs of observations) {
    matrix[triageLevel(obs.expected)][triageLevel(obs.got)]++;
    const direction = triageDirection(obs);
    if (direction === "under") underTriage++;
    if (direction === "over") overTriage++;
  }
  const escalations =
    Object.values(matrix.emergency).reduce((a, b) => a + b, 0) +
    Object.values(matrix.urgent).reduce((a, b) => a + b, 0);
  const belowEmergency = observations.length - Object.values(matrix.emergency).reduce((a, b) => a + b, 0);
  return {
    matrix,
    escalations,
    underTriage,
    underTriageRate: escalations > 0 ? underTriage / escalations : undefined,
    underTriageUpper95: clopperPearson(underTriage, escalations).upper,
    belowEmergency,
    overTriage,
    overTriageRate: belowEmergency > 0 ? overTriage / belowEmergency : undefined,
  };
}

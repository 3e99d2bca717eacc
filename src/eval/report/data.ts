// Everything a report shows, and the small formatting rules shared by every writer.
import { failureReasons } from "../grade/grade.js";
import type { Summary } from "../summary.js";
import { isRate, type ThresholdOutcome } from "../thresholds.js";
import type { ItemResult } from "../types.js";

export interface ReportData {
  results: ItemResult[];
  summary: Summary;
  thresholds: ThresholdOutcome[];
  exitCode: 0 | 100;
  meta: { questions: string; target: string; startedAt: string; durationMs: number };
}

export const pct = (x: number | undefined, digits = 1): string =>
  x === undefined ? "—" : `${(x * 100).toFixed(digits)}%`;

export const ms = (x: number | undefined): string => (x === undefined ? "—" : `${Math.round(x)} ms`);

/** Control characters and line breaks would break a one-line listing (and a terminal). */
const oneLine = (s: string): string =>
  s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Reports never show more of a question than this many characters. */
export const QUESTION_PREVIEW = 40;

export function questionPreview(question: string): string {
  const chars = Array.from(oneLine(question));
  return chars.length > QUESTION_PREVIEW ? `${chars.slice(0, QUESTION_PREVIEW).join("")}…` : chars.join("");
}

/** "[test] description — first 40 characters of the question…" */
export function itemLabel(r: ItemResult): string {
  return `[${r.case.split ?? "-"}] ${oneLine(r.case.description)} — ${questionPreview(r.case.question)}`;
}

export function reasonsOf(r: ItemResult): string[] {
  return failureReasons(r).map(oneLine);
}

export function thresholdText(o: ThresholdOutcome): string {
  const { threshold: t, actual } = o;
  const fmt = (x: number | undefined) => (isRate(t.metric) ? pct(x) : ms(x));
  return `${t.key} ${t.direction === "min" ? "≥" : "≤"} ${fmt(t.limit)}: ${actual === undefined ? "n/a" : fmt(actual)}`;
}

/** Why the run failed, in one line each (empty when it passed). */
export function verdictReasons(data: ReportData): string[] {
  const reasons: string[] = [];
  const under = data.summary.splits.all.triage.underTriage;
  if (under > 0) reasons.push(`${under} under-triaged item(s): any under-triage fails the run`);
  for (const o of data.thresholds) if (!o.pass) reasons.push(`threshold missed: ${thresholdText(o)}`);
  return reasons;
}

export const TRIAGE_NOTE =
  "95 % upper bound: Clopper–Pearson exact, two-sided 95 % interval (the 97.5 % quantile of Beta(x+1, n−x)).";

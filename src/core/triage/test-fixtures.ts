// Triage as the pipeline runs it: with the analyzer's dictionary readings (Node tests only).
import { createAnalyzer } from "../analysis/analyzer.js";
import { loadedTokenizer } from "../analysis/test-fixtures.js";
import type { Turn } from "../types.js";
import type { KanjiReader } from "./fold.js";
import { type TriageResult, triage as triageWith } from "./triage.js";

export const reader: KanjiReader = createAnalyzer(loadedTokenizer()).readTokens;

export function triage(message: string, history: readonly Turn[] = []): TriageResult {
  return triageWith(message, history, reader);
}

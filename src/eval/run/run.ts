// Runs every item through the target: chat (timed), then search for items with gold ids, then the
// cited passages, then grading. Items run one at a time so latency is not skewed by contention.
import { followUpContext } from "../../core/pipeline/follow-up.js";
import { gradeItem } from "../grade/grade.js";
import type { EvalCase, ItemResult, Observation } from "../types.js";
import type { PassageLookup } from "./passages.js";
import { type EvalTarget, RunnerError } from "./target.js";

export const SEARCH_K = 10;

export type Progress = (done: number, total: number) => void;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function observe(target: EvalTarget, c: EvalCase): Promise<Observation> {
  let response: Observation["response"];
  let error: string | undefined;
  const started = performance.now();
  let latencyMs: number;
  try {
    const timed = await target.chat({ message: c.question, history: c.history });
    response = timed.value;
    latencyMs = timed.ms;
  } catch (e) {
    if (e instanceof RunnerError) throw e;
    error = message(e);
    latencyMs = performance.now() - started;
  }
  let retrieved: string[] = [];
  if (c.gold.length > 0) {
    try {
      // A follow-up is retrieved the way the pipeline retrieves it: read with the previous question.
      const context = followUpContext(c.question, c.history);
      retrieved = (await target.search(c.question, SEARCH_K, context)).map((hit) => hit.id);
    } catch (e) {
      if (e instanceof RunnerError) throw e;
      error ??= `search: ${message(e)}`;
    }
  }
  return { response, latencyMs, retrieved, error };
}

export async function runBank(
  cases: readonly EvalCase[],
  target: EvalTarget,
  lookup: PassageLookup,
  onProgress?: Progress,
): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const c of cases) {
    const observation = await observe(target, c);
    const passages = await lookup(observation.response?.citations ?? []);
    results.push(gradeItem(c, observation, passages));
    onProgress?.(results.length, cases.length);
  }
  return results;
}

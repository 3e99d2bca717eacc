// Retrieval quality of the project's analyzer against the two baselines, per split of the bank.
import { followUpContext } from "../../src/core/pipeline/follow-up.js";
import { averageRetrieval, scoreRetrieval } from "../../src/eval/metrics/retrieval.js";
import type { EvalCase } from "../../src/eval/types.js";
import type { Ranker } from "./baselines.js";

export interface QualityRow {
  ranker: string;
  split: string;
  n: number;
  hit1: number;
  hit3: number;
  hit5: number;
  mrr10: number;
  ndcg10: number;
}

export function measureQuality(rankers: Ranker[], cases: EvalCase[]): QualityRow[] {
  const rows: QualityRow[] = [];
  for (const ranker of rankers) {
    for (const split of ["dev", "test"] as const) {
      const scored = cases
        .filter((c) => c.split === split && c.gold.length > 0)
        .map((c) =>
          scoreRetrieval(ranker.rank(c.question, 10, followUpContext(c.question, c.history)), c.gold),
        );
      const avg = averageRetrieval(scored);
      if (!avg) continue;
      rows.push({
        ranker: ranker.name,
        split,
        n: avg.n,
        hit1: avg.hit[1],
        hit3: avg.hit[3],
        hit5: avg.hit[5],
        mrr10: avg.mrr10,
        ndcg10: avg.ndcg10,
      });
    }
  }
  return rows;
}

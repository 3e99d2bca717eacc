// Retrieval metrics from ranked passage ids against gold ids, with BEIR/MTEB conventions: binary
// relevance, Hit@k ("Accuracy@k" in BEIR), Recall@k over the whole gold set, MRR@10 and nDCG@10.

export const RETRIEVAL_KS = [1, 3, 5, 10] as const;
export type RetrievalK = (typeof RETRIEVAL_KS)[number];

export interface RetrievalScores {
  hit: Record<RetrievalK, number>;
  recall: Record<RetrievalK, number>;
  mrr10: number;
  ndcg10: number;
}

/** Ranked ids with repeats removed (a passage returned twice is still one document). */
function dedupe(ranked: readonly string[]): string[] {
  return [...new Set(ranked)];
}

export function hitAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  return dedupe(ranked)
    .slice(0, k)
    .some((id) => gold.has(id))
    ? 1
    : 0;
}

export function recallAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  return (
    dedupe(ranked)
      .slice(0, k)
      .filter((id) => gold.has(id)).length / gold.size
  );
}

export function reciprocalRankAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  const index = dedupe(ranked)
    .slice(0, k)
    .findIndex((id) => gold.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** nDCG@k with binary gains: DCG = Σ rel_i / log2(i + 1); the ideal ranks every gold id first. */
export function ndcgAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  let dcg = 0;
  dedupe(ranked)
    .slice(0, k)
    .forEach((id, i) => {
      if (gold.has(id)) dcg += 1 / Math.log2(i + 2);
    });
  let ideal = 0;
  for (let i = 0; i < Math.min(gold.size, k); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** All metrics for one question; undefined when it has no gold ids (left out of averages). */
export function scoreRetrieval(
  ranked: readonly string[],
  goldIds: readonly string[],
): RetrievalScores | undefined {
  const gold = new Set(goldIds);
  if (gold.size === 0) return undefined;
  const hit = {} as Record<RetrievalK, number>;
  const recall = {} as Record<RetrievalK, number>;
  for (const k of RETRIEVAL_KS) {
    hit[k] = hitAt(ranked, gold, k);
    recall[k] = recallAt(ranked, gold, k);
  }
  return { hit, recall, mrr10: reciprocalRankAt(ranked, gold, 10), ndcg10: ndcgAt(ranked, gold, 10) };
}

export interface RetrievalSummary extends RetrievalScores {
  /** Questions with gold ids that the averages cover. */
  n: number;
}

/** Mean of each metric over the scored questions; undefined when none has gold ids. */
export function averageRetrieval(
  scores: readonly (RetrievalScores | undefined)[],
): RetrievalSummary | undefined {
  const scored = scores.filter((s): s is RetrievalScores => s !== undefined);
  const n = scored.length;
  if (n === 0) return undefined;
  const mean = (pick: (s: RetrievalScores) => number) => scored.reduce((sum, s) => sum + pick(s), 0) / n;
  const hit = {} as Record<RetrievalK, number>;
  const recall = {} as Record<RetrievalK, number>;
  for (const k of RETRIEVAL_KS) {
    hit[k] = mean((s) => s.hit[k]);
    recall[k] = mean((s) => s.recall[k]);
  }
  return { n, hit, recall, mrr10: mean((s) => s.mrr10), ndcg10: mean((s) => s.ndcg10) };
}

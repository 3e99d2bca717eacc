// Orama's full-text score is a sum: for each property, for each query token (repeats included), BM25 ×
// the property's boost, added per passage. The index never changes at runtime, so what one token adds
// in one property is the same in every query: Orama computes it once, alone, and it is kept. The same
// few thousand tokens (reading and character bigrams above all) recur in every question, and searching
// them again was most of a chat's retrieval time.

/** A passage's share of a score. */
export interface Hit {
  id: string;
  score: number;
}

/** What one (property, token) pair adds to each passage it occurs in, from Orama. */
export type TokenSearch = (property: string, token: string) => Hit[];

/** Whether a property's index holds the token at all (most query tokens are in no passage). */
export type TokenOccurs = (property: string, token: string) => boolean;

/**
 * Scores a query's tokens over `properties` as one Orama search would, adding in Orama's order
 * (property, then token), so every sum is the same number to the last bit.
 */
export type TokenScorer = (tokens: readonly string[], properties: readonly string[]) => Hit[];

/**
 * (property, token) pairs kept. Only pairs the index holds are kept, so the material's vocabulary
 * bounds them (about 6,300 today); the limit is a guard for a much larger corpus.
 */
export const TOKEN_SCORES_LIMIT = 65_536;

const NO_SHARE: Share = { passages: new Int32Array(0), scores: new Float64Array(0) };

/** One pair's share, by passage number. */
interface Share {
  passages: Int32Array;
  scores: Float64Array;
}

/** @param ids every passage id the index holds (Orama's hits name only these). */
export function createTokenScorer(
  ids: readonly string[],
  searchOne: TokenSearch,
  occurs: TokenOccurs,
  limit = TOKEN_SCORES_LIMIT,
): TokenScorer {
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const kept = new Map<string, Map<string, Share>>();
  let size = 0;
  const share = (property: string, token: string): Share => {
    if (!occurs(property, token)) return NO_SHARE;
    let byToken = kept.get(property);
    if (!byToken) {
      byToken = new Map();
      kept.set(property, byToken);
    }
    let found = byToken.get(token);
    if (!found) {
      // Orama's hits name only the passages it was loaded with; anything else could not be shown.
      const hits = searchOne(property, token).filter((hit) => numberOf.has(hit.id));
      found = {
        passages: Int32Array.from(hits, (hit) => numberOf.get(hit.id) as number),
        scores: Float64Array.from(hits, (hit) => hit.score),
      };
      // Past the limit everything goes (the pairs every question uses come back at once): a bound on
      // memory, not a policy anyone relies on.
      if (size >= limit) {
        for (const map of kept.values()) map.clear();
        size = 0;
      }
      byToken.set(token, found);
      size++;
    }
    return found;
  };
  // Reused between queries: scoring is synchronous, and each call clears what it touched.
  const sums = new Float64Array(ids.length);
  const touched = new Uint8Array(ids.length);
  return (tokens, properties) => {
    const order: number[] = [];
    for (const property of properties) {
      for (const token of tokens) {
        const { passages, scores } = share(property, token);
        for (let i = 0; i < passages.length; i++) {
          const p = passages[i] as number;
          if (touched[p] === 0) {
            touched[p] = 1;
            order.push(p);
          }
          sums[p] = (sums[p] as number) + (scores[i] as number);
        }
      }
    }
    const hits = order.map((p) => ({ id: ids[p] as string, score: sums[p] as number }));
    for (const p of order) {
      sums[p] = 0;
      touched[p] = 0;
    }
    return hits;
  };
}

import { describe, expect, it } from "vitest";
import { averageRetrieval, hitAt, ndcgAt, recallAt, reciprocalRankAt, scoreRetrieval } from "./retrieval.js";

const ranked = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];

describe("hitAt", () => {
  it.each([
    [["c"], 1, 0],
    [["c"], 3, 1],
    [["k"], 10, 0],
    [["z", "e"], 5, 1],
    [["z"], 10, 0],
  ])("with gold %j at k=%d is %d", (gold, k, expected) => {
    expect(hitAt(ranked, new Set(gold), k)).toBe(expected);
  });
});

describe("recallAt", () => {
  it.each([
    // Divides by the whole gold set, not by k or by the gold ids found.
    [["a", "c", "z"], 1, 1 / 3],
    [["a", "c", "z"], 3, 2 / 3],
    [["a", "c", "z"], 10, 2 / 3],
    [["b", "j"], 5, 1 / 2],
    [["b", "j"], 10, 1],
  ])("with gold %j at k=%d is %d", (gold, k, expected) => {
    expect(recallAt(ranked, new Set(gold), k)).toBeCloseTo(expected, 12);
  });

  it("treats a repeated id as one ranked document, as BEIR's id → score runs do", () => {
    expect(recallAt(["a", "a", "b"], new Set(["a", "b"]), 1)).toBe(0.5);
    expect(recallAt(["a", "a", "b"], new Set(["a", "b"]), 2)).toBe(1);
  });
});

describe("reciprocalRankAt", () => {
  it.each([
    [["a"], 1],
    [["d", "b"], 1 / 2],
    [["j"], 1 / 10],
    [["k"], 0],
  ])("with gold %j is %d", (gold, expected) => {
    expect(reciprocalRankAt(ranked, new Set(gold), 10)).toBeCloseTo(expected, 12);
  });
});

describe("ndcgAt (binary relevance)", () => {
  it("is 1 when the gold ids fill the top ranks in any order", () => {
    expect(ndcgAt(ranked, new Set(["b", "a"]), 10)).toBeCloseTo(1, 12);
  });

  it("matches the hand-computed value for two gold ids at ranks 2 and 4", () => {
    // DCG = 1/log2(3) + 1/log2(5); IDCG = 1/log2(2) + 1/log2(3).
    const expected = (1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3));
    expect(ndcgAt(ranked, new Set(["b", "d"]), 10)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.6509, 4);
  });

  it("penalizes gold ids never retrieved through the ideal DCG", () => {
    // One of three found at rank 1: DCG = 1; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.1309.
    expect(ndcgAt(ranked, new Set(["a", "x", "y"]), 10)).toBeCloseTo(1 / (1 + 1 / Math.log2(3) + 0.5), 12);
  });

  it("ignores ranks beyond k", () => {
    expect(ndcgAt(ranked, new Set(["k"]), 10)).toBe(0);
  });
});

describe("scoreRetrieval and averageRetrieval", () => {
  it("leaves questions without gold ids out of the averages", () => {
    const withGold = scoreRetrieval(ranked, ["b"]);
    const noGold = scoreRetrieval(ranked, []);
    expect(noGold).toBeUndefined();
    const miss = scoreRetrieval(ranked, ["zz"]);
    const avg = averageRetrieval([withGold, noGold, miss]);
    expect(avg?.n).toBe(2);
    expect(avg?.hit[1]).toBe(0);
    expect(avg?.hit[3]).toBe(0.5);
    expect(avg?.mrr10).toBeCloseTo(0.25, 12);
    expect(avg?.recall[10]).toBe(0.5);
  });

  it("is undefined when no question has gold ids", () => {
    expect(averageRetrieval([undefined])).toBeUndefined();
  });
});

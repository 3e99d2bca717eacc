import { describe, expect, it } from "vitest";
import { betaQuantile, clopperPearson, logGamma, percentile, regularizedIncompleteBeta } from "./stats.js";

describe("logGamma", () => {
  it.each([
    [1, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10.5, Math.log(1133278.388948785)],
  ])("matches ln Γ(%d)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });
});

describe("regularizedIncompleteBeta", () => {
  it.each([
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; I_0.5(a, a) = 0.5.
    [0.3, 1, 1, 0.3],
    [0.4, 3, 1, 0.4 ** 3],
    [0.2, 1, 40, 1 - 0.8 ** 40],
    [0.5, 7, 7, 0.5],
    // I_0.4(2, 3) = Σ_{j=2}^{4} C(4, j) 0.4^j 0.6^(4−j) = 0.5248.
    [0.4, 2, 3, 0.5248],
    // Above the mean (the symmetry branch): I_0.9(2, 3) = 1 − 0.1^4 − 4 · 0.9 · 0.1^3 = 0.9963.
    [0.9, 2, 3, 0.9963],
  ])("I_%d(%d, %d) is %d", (x, a, b, expected) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 10);
  });

  it("is 0 at x = 0 and 1 at x = 1", () => {
    expect(regularizedIncompleteBeta(0, 2, 5)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 5)).toBe(1);
  });
});

describe("betaQuantile", () => {
  it("inverts the incomplete beta function", () => {
    for (const [p, a, b] of [
      [0.975, 1, 40],
      [0.025, 5, 6],
      [0.5, 2, 9],
    ] as const) {
      expect(regularizedIncompleteBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 10);
    }
  });
});

describe("clopperPearson (two-sided 95 %)", () => {
  it("gives 1 − 0.025^(1/40) ≈ 0.0881 as the upper bound for 0 misses of 40", () => {
    const { lower, upper } = clopperPearson(0, 40);
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(1 - 0.025 ** (1 / 40), 9);
    expect(upper).toBeCloseTo(0.0881, 4);
  });

  it.each([
    // Published exact intervals (e.g. R binom.test): 1/10 → [0.0025, 0.4450], 5/10 → [0.1871, 0.8129],
    // 3/20 → [0.0321, 0.3789].
    [1, 10, 0.00253, 0.44502],
    [5, 10, 0.18709, 0.81291],
    [3, 20, 0.03207, 0.37893],
  ])("matches the published interval for %d of %d", (x, n, lower, upper) => {
    const ci = clopperPearson(x, n);
    expect(ci.lower).toBeCloseTo(lower, 4);
    expect(ci.upper).toBeCloseTo(upper, 4);
  });

  it("reaches 1 when every trial is a miss and is uninformative with no trials", () => {
    expect(clopperPearson(4, 4).upper).toBe(1);
    expect(clopperPearson(0, 0)).toEqual({ lower: 0, upper: 1 });
  });
});

describe("percentile (nearest rank)", () => {
  it.each([
    [[5, 1, 3, 2, 4], 50, 3],
    [[5, 1, 3, 2, 4], 95, 5],
    [[10, 20], 50, 10],
    [[7], 95, 7],
  ])("of %j at p%d is %d", (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("is undefined for no values", () => {
    expect(percentile([], 50)).toBeUndefined();
  });
});

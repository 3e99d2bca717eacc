// CI gates. A threshold is "[split.]metric" (split all|dev|test, default all) with a limit; the metric
// decides whether the limit is a minimum or a maximum. Rates take 0.8 or "80%"; latency takes ms.
// Exit codes follow promptfoo: 0 everything passed, 100 a failure or a missed threshold.
import { RETRIEVAL_KS } from "./metrics/retrieval.js";
import { SPLITS, type SplitName, type SplitSummary, type Summary } from "./summary.js";

type Direction = "min" | "max";

interface MetricDef {
  direction: Direction;
  unit: "rate" | "ms";
  read: (s: SplitSummary) => number | undefined;
}

const METRICS: Record<string, MetricDef> = {
  "pass-rate": { direction: "min", unit: "rate", read: (s) => s.passRate },
  "kind-accuracy": { direction: "min", unit: "rate", read: (s) => s.kindAccuracy },
  "citation-validity": { direction: "min", unit: "rate", read: (s) => s.citations.rate },
  "mrr@10": { direction: "min", unit: "rate", read: (s) => s.retrieval?.mrr10 },
  "ndcg@10": { direction: "min", unit: "rate", read: (s) => s.retrieval?.ndcg10 },
  "under-triage": { direction: "max", unit: "rate", read: (s) => s.triage.underTriageRate ?? 0 },
  "under-triage-ub95": { direction: "max", unit: "rate", read: (s) => s.triage.underTriageUpper95 },
  "over-triage": { direction: "max", unit: "rate", read: (s) => s.triage.overTriageRate ?? 0 },
  // The share of items whose key-fact assertions ("metric": "key_fact") all passed.
  "key-fact": { direction: "min", unit: "rate", read: (s) => s.metrics.key_fact?.rate },
  "latency-p50": { direction: "max", unit: "ms", read: (s) => s.latency.p50 },
  "latency-p95": { direction: "max", unit: "ms", read: (s) => s.latency.p95 },
};
for (const k of RETRIEVAL_KS) {
  METRICS[`hit@${k}`] = { direction: "min", unit: "rate", read: (s) => s.retrieval?.hit[k] };
  METRICS[`recall@${k}`] = { direction: "min", unit: "rate", read: (s) => s.retrieval?.recall[k] };
}

export const THRESHOLD_METRICS = Object.keys(METRICS);

export interface Threshold {
  /** Canonical key, e.g. "test.hit@3". */
  key: string;
  split: SplitName;
  metric: string;
  direction: Direction;
  limit: number;
}

export class ThresholdError extends Error {
  override name = "ThresholdError";
}

export function parseThreshold(key: string, raw: unknown): Threshold {
  const [first, ...rest] = key.trim().split(".");
  const split = (rest.length > 0 ? first : "all") as SplitName;
  const metric = rest.length > 0 ? rest.join(".") : (first as string);
  if (!SPLITS.includes(split))
    throw new ThresholdError(`threshold "${key}": unknown split "${split}" (all, dev, test)`);
  const def = METRICS[metric];
  if (!def) {
    throw new ThresholdError(
      `threshold "${key}": unknown metric "${metric}" (${THRESHOLD_METRICS.join(", ")})`,
    );
  }
  const text = String(raw).trim();
  const percent = text.endsWith("%");
  let limit = Number(percent ? text.slice(0, -1) : text);
  if (percent) limit /= 100;
  if (text === "" || !Number.isFinite(limit) || limit < 0 || (def.unit === "rate" && limit > 1)) {
    throw new ThresholdError(
      `threshold "${key}": ${JSON.stringify(raw)} is not a ${def.unit === "rate" ? "rate (0–1 or 0–100%)" : "number of ms"}`,
    );
  }
  if (metric === "under-triage" && limit > 0) {
    throw new ThresholdError(
      `threshold "${key}": under-triage cannot be loosened; any under-triage fails the run`,
    );
  }
  return { key: `${split}.${metric}`, split, metric, direction: def.direction, limit };
}

/** `--threshold test.hit@3=0.8` */
export function parseThresholdFlag(flag: string): Threshold {
  const eq = flag.indexOf("=");
  if (eq < 0) throw new ThresholdError(`threshold "${flag}": expected [split.]metric=value`);
  return parseThreshold(flag.slice(0, eq), flag.slice(eq + 1));
}

/** evals/thresholds.json: a flat object of "[split.]metric": value (keys starting with "$" are comments). */
export function parseThresholdFile(json: unknown, file: string): Threshold[] {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ThresholdError(`${file}: expected an object of "[split.]metric": value`);
  }
  return Object.entries(json)
    .filter(([key]) => !key.startsWith("$"))
    .map(([key, value]) => {
      try {
        return parseThreshold(key, value);
      } catch (e) {
        throw new ThresholdError(`${file}: ${(e as Error).message}`);
      }
    });
}

/**
 * The thresholds in force: the defaults (every item passes; no under-triage), then the file, then
 * PROMPTFOO_PASS_RATE_THRESHOLD (a percentage, as in promptfoo), then flags; a later one replaces an
 * earlier one with the same key.
 */
export function mergeThresholds(
  file: Threshold[],
  envPassRate: string | undefined,
  flags: Threshold[],
): Threshold[] {
  const merged = new Map<string, Threshold>();
  const put = (t: Threshold) => merged.set(t.key, t);
  put(parseThreshold("all.pass-rate", 1));
  put(parseThreshold("all.under-triage", 0));
  file.forEach(put);
  if (envPassRate !== undefined && envPassRate.trim() !== "") {
    put(parseThreshold("all.pass-rate", `${envPassRate.trim().replace(/%$/, "")}%`));
  }
  flags.forEach(put);
  return [...merged.values()];
}

export interface ThresholdOutcome {
  threshold: Threshold;
  actual: number | undefined;
  pass: boolean;
}

export function evaluateThresholds(summary: Summary, thresholds: readonly Threshold[]): ThresholdOutcome[] {
  return thresholds.map((threshold) => {
    const actual = (METRICS[threshold.metric] as MetricDef).read(summary.splits[threshold.split]);
    // A metric that cannot be computed (no items, no gold ids) is a missed gate, not a pass.
    const pass =
      actual !== undefined &&
      (threshold.direction === "min" ? actual >= threshold.limit : actual <= threshold.limit);
    return { threshold, actual, pass };
  });
}

export function isRate(metric: string): boolean {
  return METRICS[metric]?.unit === "rate";
}

/**
 * 100 when anything failed the gate, else 0. Under-triage fails the run whatever the thresholds say;
 * failures and errors count only through the pass-rate threshold (default 100 %), as in promptfoo.
 */
export function exitCode(summary: Summary, outcomes: readonly ThresholdOutcome[]): 0 | 100 {
  if (summary.splits.all.triage.underTriage > 0) return 100;
  return outcomes.every((o) => o.pass) ? 0 : 100;
}

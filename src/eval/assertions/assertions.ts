// promptfoo's deterministic assertions, graded against the answer text. Both sides of every string
// comparison are NFKC-normalized (full-width １１９ satisfies `contains: 119`). Any type can be negated
// with a `not-` prefix, as in promptfoo. Code-executing types are refused rather than run; model-graded
// ones are skipped (this runner has no grader model) and counted apart from passes.
import type { Assertion, CheckResult } from "../types.js";
import { levenshtein } from "./levenshtein.js";

export interface AssertionContext {
  output: string;
  latencyMs: number;
  vars: Record<string, unknown>;
}

/** Types that need a grader model (promptfoo "model-graded metrics"). */
const MODEL_GRADED = new Set([
  "llm-rubric",
  "g-eval",
  "model-graded-closedqa",
  "model-graded-factuality",
  "factuality",
  "answer-relevance",
  "context-faithfulness",
  "context-recall",
  "context-relevance",
  "conversation-relevance",
  "similar",
  "classifier",
  "moderation",
  "select-best",
  "search-rubric",
  "pi",
]);

/** Types that would execute user code; the runner never does. */
const CODE = new Set(["javascript", "python", "ruby", "webhook"]);

/** promptfoo's default `levenshtein` threshold (maximum edit distance). */
const DEFAULT_LEVENSHTEIN = 5;

const nfkc = (s: string): string => s.normalize("NFKC");

/** `{{ name }}` in an assertion value is replaced by the item's var, as promptfoo's templating does. */
function render(value: string, vars: Record<string, unknown>): string {
  return value.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}

function scalar(value: unknown, vars: Record<string, unknown>): string | undefined {
  if (typeof value === "string") return render(value, vars);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** A list value: an array, or a comma-separated string (promptfoo splits and trims it). */
function list(value: unknown, vars: Record<string, unknown>): string[] | undefined {
  const items = Array.isArray(value)
    ? value.map((v) => scalar(v, vars))
    : typeof value === "string"
      ? render(value, vars)
          .split(",")
          .map((s) => s.trim())
      : undefined;
  if (!items || items.length === 0 || items.some((s) => s === undefined || s === "")) return undefined;
  return items as string[];
}

const q = (s: string): string => JSON.stringify(s);

interface Verdict {
  pass: boolean;
  /** Describes the expectation, e.g. `contain "119"`; "not " is prefixed when negated. */
  expectation: string;
  detail?: string;
}

type Grader = (a: Assertion, ctx: AssertionContext) => Verdict | string;

function containsGrader(fold: (s: string) => string, mode: "one" | "any" | "all"): Grader {
  return (a, ctx) => {
    const out = fold(nfkc(ctx.output));
    if (mode === "one") {
      const v = scalar(a.value, ctx.vars);
      if (v === undefined || v === "") return "needs a non-empty string value";
      return { pass: out.includes(fold(nfkc(v))), expectation: `contain ${q(v)}` };
    }
    const values = list(a.value, ctx.vars);
    if (!values) return "needs a non-empty list value";
    const found = values.filter((v) => out.includes(fold(nfkc(v))));
    const pass = mode === "any" ? found.length > 0 : found.length === values.length;
    const missing = values.filter((v) => !found.includes(v));
    return {
      pass,
      expectation: `contain ${mode} of ${values.map(q).join(", ")}`,
      detail: mode === "all" && missing.length > 0 ? `missing ${missing.map(q).join(", ")}` : undefined,
    };
  };
}

const lower = (s: string): string => s.toLowerCase();
const same = (s: string): string => s;

const GRADERS: Record<string, Grader> = {
  equals: (a, ctx) => {
    if (a.value !== null && typeof a.value === "object") {
      let parsed: unknown;
      try {
        parsed = JSON.parse(ctx.output);
      } catch {
        return { pass: false, expectation: `equal ${JSON.stringify(a.value)}`, detail: "output is not JSON" };
      }
      return {
        pass: JSON.stringify(normalizeJson(parsed)) === JSON.stringify(normalizeJson(a.value)),
        expectation: `equal ${JSON.stringify(a.value)}`,
      };
    }
    const v = scalar(a.value, ctx.vars);
    if (v === undefined) return "needs a value";
    return { pass: nfkc(ctx.output) === nfkc(v), expectation: `equal ${q(v)}` };
  },
  contains: containsGrader(same, "one"),
  icontains: containsGrader(lower, "one"),
  "contains-any": containsGrader(same, "any"),
  "contains-all": containsGrader(same, "all"),
  "icontains-any": containsGrader(lower, "any"),
  "icontains-all": containsGrader(lower, "all"),
  "starts-with": (a, ctx) => {
    const v = scalar(a.value, ctx.vars);
    if (v === undefined || v === "") return "needs a non-empty string value";
    return { pass: nfkc(ctx.output).startsWith(nfkc(v)), expectation: `start with ${q(v)}` };
  },
  regex: (a, ctx) => {
    const v = scalar(a.value, ctx.vars);
    if (v === undefined || v === "") return "needs a pattern";
    let re: RegExp;
    try {
      re = new RegExp(nfkc(v));
    } catch (e) {
      return `invalid regex ${q(v)}: ${(e as Error).message}`;
    }
    return { pass: re.test(nfkc(ctx.output)), expectation: `match /${v}/` };
  },
  levenshtein: (a, ctx) => {
    const v = scalar(a.value, ctx.vars);
    if (v === undefined) return "needs a value";
    const max = a.threshold ?? DEFAULT_LEVENSHTEIN;
    const distance = levenshtein(nfkc(ctx.output), nfkc(v));
    return {
      pass: distance <= max,
      expectation: `be within edit distance ${max} of ${q(v)}`,
      detail: `distance ${distance}`,
    };
  },
  latency: (a, ctx) => {
    if (a.threshold === undefined) return "needs a threshold (milliseconds)";
    return {
      pass: ctx.latencyMs <= a.threshold,
      expectation: `take at most ${a.threshold} ms`,
      detail: `took ${Math.round(ctx.latencyMs)} ms`,
    };
  },
  "is-json": (a, ctx) => {
    // Schema validation would need a JSON Schema engine on the grading path; refuse it loudly instead.
    if (a.value !== undefined && a.value !== "") return "a JSON schema value is not supported; drop `value`";
    try {
      JSON.parse(ctx.output);
      return { pass: true, expectation: "be valid JSON" };
    } catch {
      return { pass: false, expectation: "be valid JSON" };
    }
  },
};

/** Sorts object keys so `equals` with an object value ignores key order. */
function normalizeJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalizeJson);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, normalizeJson(x)]),
    );
  }
  return v;
}

export const SUPPORTED_ASSERTION_TYPES = Object.keys(GRADERS);

export function runAssertion(assertion: Assertion, ctx: AssertionContext): CheckResult {
  const negated = assertion.type.startsWith("not-");
  const base = negated ? assertion.type.slice(4) : assertion.type;
  const result = (status: CheckResult["status"], reason: string): CheckResult => ({
    name: assertion.type,
    status,
    reason,
    assertion,
  });

  if (MODEL_GRADED.has(base)) return result("skip", "skipped: needs a grader model");
  if (CODE.has(base)) {
    return result(
      "fail",
      `unsupported: "${base}" runs code, which this runner does not do; use a deterministic type`,
    );
  }
  if (assertion.transform !== undefined) {
    return result("fail", "unsupported: `transform` runs JavaScript, which this runner does not do");
  }
  const grader = GRADERS[base];
  if (!grader) return result("fail", `unsupported assertion type "${assertion.type}"`);

  const verdict = grader(assertion, ctx);
  if (typeof verdict === "string") return result("fail", `${assertion.type}: ${verdict}`);
  const pass = negated ? !verdict.pass : verdict.pass;
  const expectation = `${negated ? "not " : ""}${verdict.expectation}`;
  const detail = verdict.detail ? ` (${verdict.detail})` : "";
  return result(pass ? "pass" : "fail", `${pass ? "ok:" : "expected to"} ${expectation}${detail}`);
}

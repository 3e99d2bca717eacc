// Validates one promptfoo-shaped test (from JSONL or a CSV row) into an EvalCase. Every problem is a
// BankError naming the file and line, so staff can fix the bank without reading code.
import { z } from "zod";
import type { Turn } from "../../core/types.js";
import type { Assertion, EvalCase } from "../types.js";

export class BankError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly why: string,
  ) {
    super(`${file}:${line}: ${why}`);
    this.name = "BankError";
  }
}

// "routine": any reply that does not escalate (answer, no_answer or out_of_scope) — for triage traps
// whose exact reply kind does not matter, only that nobody is sent to 119 or a doctor today.
const KINDS = ["emergency", "urgent", "answer", "no_answer", "out_of_scope", "routine"] as const;

const turnSchema = z.object({ role: z.enum(["user", "assistant"]), content: z.string() });

/** Gold ids and tags: an array, or one string split on "|" (or on "," when it has no "|"). */
const idList = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) =>
    (typeof v === "string" ? splitIds(v) : (v ?? [])).map((s) => s.trim()).filter((s) => s !== ""),
  );

export function splitIds(cell: string): string[] {
  return cell.split(cell.includes("|") ? "|" : ",");
}

const assertionSchema = z
  .object({
    type: z.string().min(1),
    value: z.unknown().optional(),
    threshold: z.number().optional(),
    weight: z.number().optional(),
    metric: z.string().optional(),
    transform: z.string().optional(),
  })
  .passthrough();

const testSchema = z
  .object({
    description: z.string().optional(),
    vars: z
      .object({
        question: z.string().trim().min(1, "vars.question must be a non-empty string"),
        history: z.union([z.array(turnSchema), z.string()]).optional(),
      })
      .passthrough(),
    metadata: z
      .object({
        kind: z.enum(KINDS),
        gold: idList,
        split: z.enum(["dev", "test"]).optional(),
        tags: idList,
      })
      .passthrough(),
    assert: z.array(assertionSchema).optional(),
  })
  .passthrough();

function parseHistory(raw: unknown, fail: (why: string) => never): Turn[] {
  if (raw === undefined || raw === "") return [];
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      fail("vars.history is a string but not JSON (expected an array of {role, content})");
    }
  }
  const parsed = z.array(turnSchema).safeParse(value);
  if (!parsed.success) fail(`vars.history: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.join(".");
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

export function toEvalCase(raw: unknown, file: string, line: number): EvalCase {
  const fail = (why: string): never => {
    throw new BankError(file, line, why);
  };
  const parsed = testSchema.safeParse(raw);
  if (!parsed.success) fail(describeIssues(parsed.error));
  const test = parsed.data as z.infer<typeof testSchema>;
  const history = parseHistory(test.vars.history, fail);
  return {
    description: test.description?.trim() || `${file}:${line}`,
    question: test.vars.question,
    history,
    vars: { ...test.vars },
    kind: test.metadata.kind,
    gold: test.metadata.gold,
    split: test.metadata.split,
    tags: test.metadata.tags,
    assert: (test.assert ?? []) as Assertion[],
    source: { file, line },
  };
}

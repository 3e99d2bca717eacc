// promptfoo's CSV test format: vars are the columns without a leading "_"; `__expected`,
// `__expected1..N` hold one assertion each (`type:value`, `type(threshold):value`, `not-type:value`, or
// plain text meaning equals); `__description`; `__metadata:<key>` (a trailing `[]` is accepted).
// Gold ids and tags are separated by "|" (or by "," when the cell has no "|").
import type { Assertion, EvalCase } from "../types.js";
import { BankError, splitIds, toEvalCase } from "./case.js";
import { CsvError, parseCsv } from "./csv.js";

// The assertion types a cell prefix can name (longest first so "contains-any" wins over "contains").
const CELL_TYPES = [
  "icontains-any",
  "icontains-all",
  "contains-any",
  "contains-all",
  "starts-with",
  "levenshtein",
  "icontains",
  "contains",
  "equals",
  "latency",
  "is-json",
  "regex",
  "javascript",
  "llm-rubric",
  "similar",
  "python",
];

const CELL = new RegExp(`^(not-)?(${CELL_TYPES.join("|")})(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::([\\s\\S]*))?$`);

/** One `__expected` cell → an assertion, following promptfoo's `type(threshold):value` syntax. */
export function assertionFromCell(cell: string): Assertion {
  // promptfoo's legacy prefixes for code and for a model rubric.
  for (const [prefix, type] of [
    ["fn:", "javascript"],
    ["eval:", "javascript"],
    ["grade:", "llm-rubric"],
  ] as const) {
    if (cell.startsWith(prefix)) return { type, value: cell.slice(prefix.length).trim() };
  }
  const m = CELL.exec(cell);
  if (!m) return { type: "equals", value: cell };
  const [, not, base, threshold, value] = m;
  const type = `${not ?? ""}${base}`;
  const a: Assertion = { type };
  if (value !== undefined && value !== "") {
    a.value = /-(any|all)$/.test(base as string) ? value.split(",").map((s) => s.trim()) : value;
  }
  if (threshold !== undefined) a.threshold = Number(threshold);
  return a;
}

function rowToTest(header: string[], fields: string[]): unknown {
  const vars: Record<string, string> = {};
  const metadata: Record<string, unknown> = {};
  const assert: Assertion[] = [];
  let description: string | undefined;
  header.forEach((name, i) => {
    const cell = fields[i] ?? "";
    if (name.startsWith("__expected")) {
      if (cell.trim() !== "") assert.push(assertionFromCell(cell));
    } else if (name === "__description") {
      description = cell;
    } else if (name.startsWith("__metadata:")) {
      const key = name.slice("__metadata:".length).replace(/\[\]$/, "");
      if (cell.trim() === "") return;
      metadata[key] = key === "gold" || key === "tags" ? splitIds(cell) : cell.trim();
    } else if (!name.startsWith("_")) {
      vars[name] = cell;
    }
  });
  return { description, vars, metadata, assert };
}

export function parseCsvBank(text: string, file: string): EvalCase[] {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new BankError(file, e.line, e.message);
    throw e;
  }
  const [head, ...rows] = records;
  if (!head) throw new BankError(file, 1, "empty file (expected a header row)");
  const header = head.fields.map((h) => h.trim());
  if (!header.includes("question"))
    throw new BankError(file, head.line, 'no "question" column in the header');
  return rows.map((row) => {
    if (row.fields.length > header.length) {
      throw new BankError(file, row.line, `${row.fields.length} fields but the header has ${header.length}`);
    }
    return toEvalCase(rowToTest(header, row.fields), file, row.line);
  });
}

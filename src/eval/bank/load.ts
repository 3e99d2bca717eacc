// Picks the bank format from the file name. Pure: the caller reads the file.
import type { EvalCase } from "../types.js";
import { BankError } from "./case.js";
import { parseCsvBank } from "./csv-bank.js";
import { parseJsonlBank } from "./jsonl.js";

export function parseBank(text: string, file: string): EvalCase[] {
  const lower = file.toLowerCase();
  const cases = lower.endsWith(".csv")
    ? parseCsvBank(text, file)
    : lower.endsWith(".jsonl")
      ? parseJsonlBank(text, file)
      : undefined;
  if (!cases) throw new BankError(file, 0, "unknown bank format (use .jsonl or .csv)");
  if (cases.length === 0) throw new BankError(file, 1, "no questions in the file");
  return cases;
}

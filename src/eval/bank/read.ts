// Reads a bank from disk: one file, or every .jsonl/.csv file of a folder in name order (the bank
// keeps the hand-written questions and each blind triage probe in files of their own).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { EvalCase } from "../types.js";
import { BankError } from "./case.js";
import { parseBank } from "./load.js";

const BANK_FILE = /\.(?:jsonl|csv)$/i;

/** The files a bank path stands for. */
export function bankFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((name) => BANK_FILE.test(name))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new BankError(path, 0, "no .jsonl or .csv files in the folder");
  return files;
}

export function readBank(path: string): EvalCase[] {
  return bankFiles(path).flatMap((file) => parseBank(readFileSync(file, "utf8"), file));
}

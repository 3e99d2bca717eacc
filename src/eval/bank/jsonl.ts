// One promptfoo test per line (blank lines ignored).
import type { EvalCase } from "../types.js";
import { BankError, toEvalCase } from "./case.js";

export function parseJsonlBank(text: string, file: string): EvalCase[] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const cases: EvalCase[] = [];
  src.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (e) {
      throw new BankError(file, line, `not valid JSON (${(e as Error).message})`);
    }
    cases.push(toEvalCase(raw, file, line));
  });
  return cases;
}

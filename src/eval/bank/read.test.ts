import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BankError } from "./case.js";
import { bankFiles, readBank } from "./read.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "bank-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("readBank", () => {
  it("reads one file as it is", () => {
    expect(readBank(fixture("bank.jsonl")).map((c) => c.description)).toEqual([
      "heredity",
      "breathing now",
      "appointment",
    ]);
  });

  it("reads every .jsonl and .csv file of a folder in name order, and nothing else", () => {
    copyFileSync(fixture("bank.jsonl"), join(folder, "b-probe.jsonl"));
    copyFileSync(fixture("bank.jsonl"), join(folder, "a-questions.jsonl"));
    writeFileSync(join(folder, "notes.md"), "not a bank\n");
    expect(bankFiles(folder).map((f) => f.slice(folder.length + 1))).toEqual([
      "a-questions.jsonl",
      "b-probe.jsonl",
    ]);
    const cases = readBank(folder);
    expect(cases).toHaveLength(6);
    expect(cases[3]?.source).toEqual({ file: join(folder, "b-probe.jsonl"), line: 1 });
  });

  it("refuses a folder with no bank file in it", () => {
    const empty = mkdtempSync(join(tmpdir(), "bank-empty-"));
    try {
      expect(() => readBank(empty)).toThrow(BankError);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BankError } from "./case.js";
import { assertionFromCell } from "./csv-bank.js";
import { parseBank } from "./load.js";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), "utf8");

function bankError(text: string, file: string): BankError {
  try {
    parseBank(text, file);
  } catch (e) {
    if (e instanceof BankError) return e;
    throw e;
  }
  throw new Error("expected a BankError");
}

describe("parseBank (JSONL)", () => {
  const cases = parseBank(fixture("bank.jsonl"), "bank.jsonl");

  it("reads one test per line, skipping blank lines and keeping each line number", () => {
    expect(cases.map((c) => [c.description, c.source.line])).toEqual([
      ["heredity", 1],
      ["breathing now", 3],
      ["appointment", 4],
    ]);
  });

  it("takes the expected kind, gold ids, split, tags and assertions from the item", () => {
    expect(cases[0]).toMatchObject({ kind: "answer", gold: ["isaacs#heredity"], split: "dev", tags: [] });
    expect(cases[0]?.assert).toEqual([{ type: "contains", value: "遺伝" }]);
    expect(cases[1]?.tags).toEqual(["red-flag"]);
  });

  it("accepts history as an array or as a JSON string of one", () => {
    expect(cases[1]?.history).toHaveLength(2);
    expect(cases[2]?.history).toEqual([]);
  });

  const line = (o: unknown) => JSON.stringify(o);
  const good = { vars: { question: "q" }, metadata: { kind: "answer" } };
  it.each<[string, string, number, RegExp]>([
    ["broken JSON", `${line(good)}\n{"vars": `, 2, /not valid JSON/],
    ["a missing question", `${line(good)}\n\n${line({ ...good, vars: {} })}`, 3, /vars\.question/],
    ["an unknown kind", line({ ...good, metadata: { kind: "fine" } }), 1, /metadata\.kind/],
    ["a missing metadata block", line({ vars: { question: "q" } }), 1, /metadata/],
    ["a bad split", line({ ...good, metadata: { kind: "answer", split: "train" } }), 1, /metadata\.split/],
    [
      "history that is not JSON",
      line({ ...good, vars: { question: "q", history: "[" } }),
      1,
      /vars\.history/,
    ],
    [
      "a history turn with a bad role",
      line({ ...good, vars: { question: "q", history: [{ role: "x", content: "" }] } }),
      1,
      /history/,
    ],
    ["an assertion without a type", line({ ...good, assert: [{ value: "x" }] }), 1, /assert\.0\.type/],
  ])("names the file and line of %s", (_, text, lineNo, why) => {
    const e = bankError(text, "evals/q.jsonl");
    expect(e.line).toBe(lineNo);
    expect(e.message).toMatch(new RegExp(`^evals/q\\.jsonl:${lineNo}: `));
    expect(e.why).toMatch(why);
  });

  it("rejects an empty bank", () => {
    expect(bankError("\n\n", "q.jsonl").why).toMatch(/no questions/);
  });
});

describe("parseBank (CSV)", () => {
  const cases = parseBank(fixture("bank.csv"), "bank.csv");

  it("reads an Excel CSV with a BOM, CRLF, quoted commas and an embedded line break", () => {
    expect(cases).toHaveLength(2);
    expect(cases[0]?.question).toBe("熱があり、発疹も出ています");
    expect(cases[0]?.description).toBe("drug rash, fever");
    expect(cases[1]?.question).toBe("治療法は?\r\n教えてください");
    expect(cases[1]?.source.line).toBe(3);
  });

  it("maps __metadata columns, splitting gold on | and tags on , when there is no |", () => {
    expect(cases[0]).toMatchObject({
      kind: "urgent",
      split: "test",
      gold: ["isaacs#carbamazepine", "isaacs#rash"],
    });
    expect(cases[0]?.tags).toEqual(["red-flag", "drug"]);
    expect(cases[1]).toMatchObject({ kind: "answer", split: "dev", gold: ["isaacs#treatment"], tags: [] });
  });

  it("turns __expected cells into assertions and takes other columns as vars", () => {
    expect(cases[0]?.assert).toEqual([
      { type: "contains", value: "119" },
      { type: "not-contains", value: "大丈夫", threshold: 2 },
    ]);
    expect(cases[1]?.assert).toEqual([
      { type: "contains-any", value: ["治療", "療法"] },
      { type: "equals", value: "遺伝しません" },
    ]);
    expect(cases[1]?.history).toEqual([{ role: "user", content: "こんにちは" }]);
  });

  it.each<[string, string, number, RegExp]>([
    ["an unclosed quote", 'question,__metadata:kind\n"open,answer\n', 2, /unclosed/],
    ["too many fields", "question,__metadata:kind\nq,answer,extra\n", 2, /3 fields but the header has 2/],
    ["no question column", "q,__metadata:kind\nx,answer\n", 1, /no "question" column/],
    ["a bad kind on the third line", "question,__metadata:kind\nq,answer\nq,maybe\n", 3, /metadata\.kind/],
  ])("names the line of %s", (_, text, lineNo, why) => {
    const e = bankError(text, "bank.csv");
    expect([e.line, e.why]).toEqual([lineNo, expect.stringMatching(why)]);
  });

  it("rejects a file that is neither JSONL nor CSV", () => {
    expect(bankError("{}", "bank.yaml").why).toMatch(/unknown bank format/);
  });
});

describe("assertionFromCell", () => {
  it.each([
    ["contains:119", { type: "contains", value: "119" }],
    ["not-icontains:ok", { type: "not-icontains", value: "ok" }],
    ["icontains-all:a, b ,c", { type: "icontains-all", value: ["a", "b", "c"] }],
    ["levenshtein(3):遺伝しません", { type: "levenshtein", value: "遺伝しません", threshold: 3 }],
    ["latency(1500)", { type: "latency", threshold: 1500 }],
    ["is-json", { type: "is-json" }],
    ["regex:^すぐ.*119", { type: "regex", value: "^すぐ.*119" }],
    ["starts-with:すぐに", { type: "starts-with", value: "すぐに" }],
    ["fn:output.length > 1", { type: "javascript", value: "output.length > 1" }],
    ["grade:丁寧である", { type: "llm-rubric", value: "丁寧である" }],
    ["llm-rubric:丁寧", { type: "llm-rubric", value: "丁寧" }],
    ["ただの文章: コロン付き", { type: "equals", value: "ただの文章: コロン付き" }],
  ])("reads %j", (cell, expected) => {
    expect(assertionFromCell(cell)).toEqual(expected);
  });
});

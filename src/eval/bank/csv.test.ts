import { describe, expect, it } from "vitest";
import { CsvError, parseCsv } from "./csv.js";

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe("parseCsv", () => {
  it("splits plain fields and records", () => {
    expect(fields("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("drops Excel's UTF-8 byte-order mark so the first header is clean", () => {
    expect(fields("\uFEFFquestion,__expected\n遺伝しますか,contains:遺伝")[0]).toEqual([
      "question",
      "__expected",
    ]);
  });

  it("reads Excel-style CRLF records with quoted commas, doubled quotes and an embedded line break", () => {
    const text = 'question,__expected\r\n"熱があり、発疹も","contains:""119"""\r\n"一行目\r\n二行目",x\r\n';
    expect(fields(text)).toEqual([
      ["question", "__expected"],
      ["熱があり、発疹も", 'contains:"119"'],
      ["一行目\r\n二行目", "x"],
    ]);
  });

  it("numbers each record by the line it starts on, across embedded line breaks", () => {
    const records = parseCsv('h\n"a\nb\nc"\nd\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("keeps empty fields, including trailing ones and an empty quoted field", () => {
    expect(fields('a,,""\n,\n')).toEqual([
      ["a", "", ""],
      ["", ""],
    ]);
  });

  it("skips blank lines but keeps a record whose only field is an empty quoted string", () => {
    expect(fields('a\n\n\nb\n""\n')).toEqual([["a"], ["b"], [""]]);
  });

  it("reads a last record without a final line break", () => {
    expect(fields("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it.each([
    ['h\n"unclosed\nfield', 2, /unclosed quoted field/],
    ['h\n"closed"junk,x', 2, /after a closing quote/],
    ['h\nab"c,x', 2, /quote inside an unquoted field/],
  ])("rejects malformed input %j at the line it starts on", (text, line, message) => {
    try {
      parseCsv(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).line).toBe(line);
      expect((e as CsvError).message).toMatch(message);
    }
  });
});

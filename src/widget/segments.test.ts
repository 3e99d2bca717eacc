import { describe, expect, it } from "vitest";
import { glueCitations, type Segment, segmentAnswer } from "./segments.js";

describe("segmentAnswer", () => {
  const cases: {
    name: string;
    text: string;
    citations: number;
    linkEmergency?: boolean;
    expected: Segment[];
  }[] = [
    {
      name: "plain text stays one text segment",
      text: "基本的に遺伝しません。",
      citations: 0,
      expected: [{ type: "text", text: "基本的に遺伝しません。" }],
    },
    {
      name: "a marker within the citation count becomes a footnote reference",
      text: "遺伝しません[1]。再発します[2]。",
      citations: 2,
      expected: [
        { type: "text", text: "遺伝しません" },
        { type: "cite", n: 1, text: "[1]" },
        { type: "text", text: "。再発します" },
        { type: "cite", n: 2, text: "[2]" },
        { type: "text", text: "。" },
      ],
    },
    {
      name: "a marker beyond the citation count stays text",
      text: "説明[3]です",
      citations: 2,
      expected: [{ type: "text", text: "説明[3]です" }],
    },
    {
      name: "a hyphenated phone number becomes a tel link without hyphens",
      text: "当院(03-1234-5678)まで",
      citations: 0,
      expected: [
        { type: "text", text: "当院(" },
        { type: "tel", number: "0312345678", text: "03-1234-5678" },
        { type: "text", text: ")まで" },
      ],
    },
    {
      name: "119番 is linked only when emergency linking is on",
      text: "すぐに119番に電話してください",
      citations: 0,
      linkEmergency: true,
      expected: [
        { type: "text", text: "すぐに" },
        { type: "tel", number: "119", text: "119" },
        { type: "text", text: "番に電話してください" },
      ],
    },
    {
      name: "119番 in an ordinary answer stays text",
      text: "119番に電話",
      citations: 0,
      expected: [{ type: "text", text: "119番に電話" }],
    },
    {
      name: "a designation number such as 第119番 is never a phone link",
      text: "指定難病第119番です",
      citations: 0,
      linkEmergency: true,
      expected: [{ type: "text", text: "指定難病第119番です" }],
    },
    {
      name: "markup in the answer is kept as literal text",
      text: "<img src=x onerror=alert(1)>",
      citations: 0,
      expected: [{ type: "text", text: "<img src=x onerror=alert(1)>" }],
    },
  ];

  it.each(cases)("$name", ({ text, citations, linkEmergency, expected }) => {
    expect(segmentAnswer(text, { citations, linkEmergency })).toEqual(expected);
  });
});

describe("glueCitations", () => {
  const cite = (n: number): Segment => ({ type: "cite", n, text: `[${n}]` });
  const text = (value: string): Segment => ({ type: "text", text: value });

  it("glues a marker to the character before it and the closing punctuation after it", () => {
    expect(glueCitations([text("遺伝しません"), cite(1), text("。次の文")])).toEqual([
      text("遺伝しませ"),
      { type: "glue", parts: [text("ん"), cite(1), text("。")] },
      text("次の文"),
    ]);
  });

  it("handles markers back to back and at the very start", () => {
    expect(glueCitations([cite(1), cite(2), text("」")])).toEqual([
      { type: "glue", parts: [cite(1)] },
      { type: "glue", parts: [cite(2), text("」")] },
    ]);
  });

  it("never splits a surrogate pair", () => {
    expect(glueCitations([text("まとめ😀"), cite(1)])).toEqual([
      text("まとめ"),
      { type: "glue", parts: [text("😀"), cite(1)] },
    ]);
  });

  it("does not modify its input", () => {
    const input = [text("ません"), cite(1), text("。次")];
    const copy = structuredClone(input);
    glueCitations(input);
    expect(input).toEqual(copy);
  });
});

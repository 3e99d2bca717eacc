import { describe, expect, it } from "vitest";
import type { ChatResponse, Citation } from "../../core/types.js";
import { checkCitations } from "./citations.js";

const passages = new Map([
  ["isaacs#heredity", "アイザックス症候群は、基本的に遺伝しません。自己免疫の病気です。"],
  ["isaacs#treatment", "治療には抗てんかん薬が使われます。"],
]);

const cite = (id: string, quote: string): Citation => ({ id, path: ["アイザックス症候群"], quote });

function response(kind: ChatResponse["kind"], answer: string, citations: Citation[]): ChatResponse {
  return { kind, answer, citations, suggestions: [] };
}

describe("checkCitations", () => {
  it("passes markers that resolve and quotes that occur verbatim", () => {
    const r = response("answer", "遺伝しません[1]。治療は薬です[2]。", [
      cite("isaacs#heredity", "基本的に遺伝しません"),
      cite("isaacs#treatment", "抗てんかん薬"),
    ]);
    expect(checkCitations(r, passages)?.status).toBe("pass");
  });

  it.each<[string, ChatResponse, RegExp]>([
    ["an answer without citations", response("answer", "遺伝しません。", []), /an answer without citations/],
    [
      "a marker past the last citation",
      response("answer", "遺伝しません[2]。", [cite("isaacs#heredity", "遺伝しません")]),
      /\[2\] has no citation \(1 given\)/,
    ],
    [
      "a [0] marker",
      response("answer", "遺伝しません[0]。", [cite("isaacs#heredity", "遺伝しません")]),
      /\[0\]/,
    ],
    [
      "a quote that is not in the passage",
      response("answer", "遺伝します[1]。", [cite("isaacs#heredity", "遺伝します")]),
      /citation 1 quote is not verbatim in passage "isaacs#heredity"/,
    ],
    [
      "a quote from a different passage",
      response("answer", "[1]", [cite("isaacs#treatment", "遺伝しません")]),
      /not verbatim/,
    ],
    [
      "an unknown passage id",
      response("answer", "[1]", [cite("isaacs#nope", "x")]),
      /unknown passage "isaacs#nope"/,
    ],
    ["an empty quote", response("answer", "[1]", [cite("isaacs#heredity", " ")]), /empty quote/],
    ["a marker in a no_answer", response("no_answer", "資料にありません[1]。", []), /\[1\] has no citation/],
  ])("fails %s", (_, r, reason) => {
    const result = checkCitations(r, passages);
    expect(result?.status).toBe("fail");
    expect(result?.reason).toMatch(reason);
  });

  it("does not compare across width variants: a verbatim quote means the same code points", () => {
    const r = response("answer", "[1]", [cite("isaacs#heredity", "ｱｲｻﾞｯｸｽ症候群は、基本的に")]);
    expect(checkCitations(r, passages)?.status).toBe("fail");
  });

  it("has nothing to check for an emergency with no citations or markers", () => {
    expect(
      checkCitations(response("emergency", "すぐに119番に電話してください。", []), passages),
    ).toBeUndefined();
  });
});

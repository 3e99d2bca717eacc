import { describe, expect, it } from "vitest";
import { addressedQuery, analyzeQuery, type TextAnalyzer, wordAnalysis } from "./orama-tokenizer.js";

// A stand-in analyzer that records what it is asked to analyze: a word is its own term, and a
// space-joined text is one term, so a test can tell word-by-word analysis from whole-text analysis.
function recordingAnalyzer() {
  const asked: string[] = [];
  const analyzer: TextAnalyzer = {
    terms: (text) => {
      asked.push(text);
      return [text.replace(/ /g, "+")];
    },
    readingGrams: () => [],
    charGrams: () => [],
    expand: () => [],
  };
  return { analyzer, asked };
}

const SENTINEL = "\u0003";

describe("the expansion namespace (w)", () => {
  it("analyzes each word alone and searches the result in the term namespace", () => {
    const { analyzer } = recordingAnalyzer();
    expect(analyzeQuery(analyzer, addressedQuery("w", "発汗 こむら返り"))).toEqual([
      `t発汗${SENTINEL}`,
      `tこむら返り${SENTINEL}`,
    ]);
  });

  it("remembers a word's analysis across queries", () => {
    const { analyzer, asked } = recordingAnalyzer();
    const tokenizerWords = wordAnalysis();
    analyzeQuery(analyzer, addressedQuery("w", "発汗 遺伝"), tokenizerWords);
    analyzeQuery(analyzer, addressedQuery("w", "遺伝 発汗 不眠"), tokenizerWords);
    expect(asked).toEqual(["発汗", "遺伝", "不眠"]);
  });

  it("leaves the term namespace analyzing the whole text", () => {
    const { analyzer, asked } = recordingAnalyzer();
    expect(analyzeQuery(analyzer, addressedQuery("t", "発汗 遺伝"))).toEqual([`t発汗+遺伝${SENTINEL}`]);
    expect(asked).toEqual(["発汗 遺伝"]);
  });
});

// The query-time analyzer (dictionary loaded from the built buffers, as in the Worker) must produce
// exactly the tokens of the build-time analyzer (dictionary built in-process from the CSVs).
import type { Analyzer } from "../../src/core/analysis/analyzer.js";
import type { Passage } from "../../src/core/types.js";
import type { EvalCase } from "../../src/eval/types.js";

export interface Identity {
  sentences: [number, number];
  questions: [number, number];
  differences: string[];
}

const same = (a: Analyzer, b: Analyzer, text: string) =>
  JSON.stringify([a.terms(text), a.readingGrams(text), a.charGrams(text)]) ===
  JSON.stringify([b.terms(text), b.readingGrams(text), b.charGrams(text)]);

export function tokenIdentity(
  build: Analyzer,
  query: Analyzer,
  passages: readonly Passage[],
  cases: EvalCase[],
): Identity {
  const differences: string[] = [];
  const compare = (texts: string[]): [number, number] => {
    let ok = 0;
    for (const text of texts) {
      if (same(build, query, text)) ok += 1;
      else differences.push(text.slice(0, 40));
    }
    return [ok, texts.length];
  };
  const sentences = passages
    .flatMap((p) => [...p.path, ...p.text.split(/\n|(?<=。)/)])
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    sentences: compare([...new Set(sentences)]),
    questions: compare(cases.map((c) => c.question)),
    differences,
  };
}

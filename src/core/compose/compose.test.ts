import { describe, expect, it } from "vitest";
import { buildKnowledge, loadKnowledge } from "../knowledge/knowledge.js";
import type { TextAnalyzer } from "../retrieval/orama-tokenizer.js";
import type { Passage } from "../types.js";
import { Composer } from "./compose.js";
import { DEFAULT_COMPOSE_TUNING } from "./tuning.js";

// The composer on a toy corpus with a whitespace analyzer, so each rule is visible in isolation.
const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const analyzer: TextAnalyzer = {
  terms: words,
  readingGrams: () => [],
  charGrams: () => [],
  expand: (text) => (words(text).includes("kids") ? ["children"] : []),
};
const passages: Passage[] = [
  {
    id: "d#heredity",
    doc: "d",
    path: ["Doc", "Is it inherited?"],
    text: "It is basically not inherited。Most cases are acquired。",
  },
  {
    id: "d#treatment",
    doc: "d",
    path: ["Doc", "Treatment", "Steroids"],
    text: "Steroids calm the immune system。The usual start is 1mg per kg per day。Doses are reduced slowly。",
  },
  {
    id: "d#visits",
    doc: "d",
    path: ["Doc", "Visits"],
    text: "See the clinic every 3 months。",
  },
  {
    id: "d#rules",
    doc: "d",
    path: ["Doc", "Three rules"],
    text: "① Rest often\n② Stay warm\n③ Sleep well\nこの3つ rules stop flares。",
  },
  {
    id: "d#life",
    doc: "d",
    path: ["Doc", "Daily life"],
    text: "Keep warm in winter。Avoid heavy exercise。Children rarely get it。",
  },
];
const built = buildKnowledge(analyzer, passages, "v1");
const { index, composer } = loadKnowledge(analyzer, built);
const compose = (question: string, extra: { withoutDoses?: boolean; incidental?: string[] } = {}) =>
  composer.compose(
    { terms: words(question), expansion: analyzer.expand(question), ...extra },
    index.search(question, 5),
  );

describe("Composer", () => {
  it("leads with the sentence that shares the question's words and cites it", () => {
    const result = compose("is it inherited");
    expect(result.kind).toBe("answer");
    if (result.kind !== "answer") return;
    expect(result.answer.split("\n")[0]).toBe("It is basically not inherited[1]。");
    expect(result.citations[0]).toEqual({
      id: "d#heredity",
      path: [],
      quote: "It is basically not inherited。",
    });
  });

  it("numbers every quoted sentence and quotes it verbatim", () => {
    const result = compose("steroids doses");
    if (result.kind !== "answer") throw new Error("expected an answer");
    result.citations.forEach((citation, i) => {
      expect(result.answer).toContain(`[${i + 1}]`);
      expect(passages.find((p) => p.id === citation.id)?.text).toContain(citation.quote);
    });
  });

  it("uses synonyms from the analyzer to find the sentence", () => {
    const result = compose("kids");
    if (result.kind !== "answer") throw new Error("expected an answer");
    expect(result.answer).toContain("Children rarely get it");
  });

  it("answers no_answer when the question's subject never occurs in the material", () => {
    const result = compose("pregnancy");
    expect(result.kind).toBe("no_answer");
    if (result.kind === "no_answer") expect(result.unknownTerms).toContain("pregnancy");
  });

  it("does not let a word that only says when make the question unanswerable", () => {
    expect(compose("steroids fortnightly").kind).toBe("no_answer");
    expect(compose("steroids fortnightly", { incidental: ["fortnightly"] }).kind).toBe("answer");
    expect(compose("pregnancy fortnightly", { incidental: ["fortnightly"] }).kind).toBe("no_answer");
  });

  it("leaves out dose figures when asked for a personal dose", () => {
    const withDoses = compose("steroids start");
    const without = compose("steroids start", { withoutDoses: true });
    if (withDoses.kind !== "answer" || without.kind !== "answer") throw new Error("expected answers");
    expect(withDoses.answer).toContain("1mg");
    expect(without.answer).not.toMatch(/\dmg/);
  });

  it("leads with what the asking clause asks, not with the scene set before it", () => {
    // "I was told to avoid heavy exercise… what do steroids do to the immune system?": the scene's
    // words count for less than the asking clause's.
    const question = {
      terms: ["avoid", "heavy", "exercise", "steroids", "immune"],
      expansion: [],
      focus: ["steroids", "immune"],
    };
    const hits = index.search("avoid heavy exercise steroids immune", 5);
    const lead = (c: Composer) => {
      const result = c.compose(question, hits);
      return result.kind === "answer" ? result.answer.split("\n")[0] : result.kind;
    };
    expect(lead(composer)).toMatch(/^Steroids calm/);
    // With the scene counted in full, its three words outweigh the question's two.
    const flat = new Composer(built.compose, (t) => analyzer.expand(t), {
      ...DEFAULT_COMPOSE_TUNING,
      sceneShare: 1,
    });
    expect(lead(flat)).toMatch(/^Avoid heavy exercise/);
  });

  // この3点を守ることが… is empty without the list it sums up.
  it("puts a numbered list before the sentence that sums it up by its count", () => {
    const result = compose("rules stop flares");
    expect(result.kind).toBe("answer");
    if (result.kind !== "answer") return;
    const lines = result.answer.split("\n");
    const summary = lines.findIndex((line) => line.includes("stop flares"));
    expect(summary).toBeGreaterThanOrEqual(3);
    expect(lines.slice(summary - 3, summary).map((line) => line.replace(/^・/, ""))).toEqual([
      "① Rest often[1]",
      "② Stay warm[2]",
      "③ Sleep well[3]",
    ]);
    expect(result.citations.slice(0, 3).map((c) => c.quote)).toEqual([
      "① Rest often",
      "② Stay warm",
      "③ Sleep well",
    ]);
  });

  // "How often is the steroid drip?" must not be answered by how often to see the clinic.
  it("gives a figure asked about something only from a sentence about that thing", () => {
    const everyFewMonths = { pattern: /\d+ months/u, required: false, about: true };
    const ask = (question: string, about = true) =>
      composer.compose(
        { terms: words(question), expansion: [], expects: { ...everyFewMonths, about } },
        index.search(question, 5),
      );
    const clinic = ask("clinic months");
    expect(clinic.kind === "answer" && clinic.answer).toContain("every 3 months");
    expect(ask("steroids months").kind).toBe("no_answer");
    // Without `about` (いつ asks when, not for a figure) the figure only orders the sentences.
    expect(ask("steroids months", false).kind).toBe("answer");
  });
});

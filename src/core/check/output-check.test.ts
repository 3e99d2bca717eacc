import { describe, expect, it } from "vitest";
import type { ChatResponse, Passage } from "../types.js";
import { checkOutput } from "./output-check.js";

const passage: Passage = {
  id: "doc#steroid",
  doc: "doc",
  path: ["doc", "治療"],
  text: "通常は内服(0.5〜1mg/kg/日)から開始し、効果が出たらゆっくり減量。",
};
const lookup = (id: string) => (id === passage.id ? passage : undefined);
const cited = (answer: string, quote = passage.text): ChatResponse => ({
  kind: "answer",
  answer,
  citations: [{ id: passage.id, path: passage.path, quote }],
  suggestions: [],
});

describe("checkOutput", () => {
  it("passes a cited answer that quotes the material", () => {
    expect(
      checkOutput(cited("通常は内服(0.5〜1mg/kg/日)から開始し、効果が出たらゆっくり減量[1]。"), lookup),
    ).toBeNull();
  });

  it.each([
    ["arithmetic on a body weight", "50kg × 1mg = 50mgです[1]。"],
    ["a dose figure the material does not contain", "あなたは30mgから始めます[1]。"],
    ["a personal dose for a family member", "お母さんの場合は20mgです[1]。"],
  ])("refuses %s", (_label, answer) => {
    expect(checkOutput(cited(answer), lookup)).toBe("personal_dose");
  });

  it.each([
    "ステロイドはやめても大丈夫です[1]。",
    "薬を減らしましょう[1]。",
    "もう飲まなくてもいいです[1]。",
  ])("refuses advice to change a medicine: %s", (answer) => {
    expect(checkOutput(cited(answer), lookup)).toBe("medication_advice");
  });

  it("allows the material's warning against stopping on one's own", () => {
    expect(checkOutput(cited("薬を自己判断で中止しない[1]。", passage.text), lookup)).toBeNull();
  });

  it("refuses an answer without citations", () => {
    expect(
      checkOutput({ kind: "answer", answer: "遺伝しません。", citations: [], suggestions: [] }, lookup),
    ).toBe("uncited_answer");
  });

  it("refuses a marker that points past the citations", () => {
    expect(checkOutput(cited("ゆっくり減量[2]。"), lookup)).toBe("citation_unresolved");
  });

  it("refuses a quote that is not verbatim in its passage", () => {
    expect(checkOutput(cited("ゆっくり減らす[1]。", "ゆっくり減らす"), lookup)).toBe("quote_not_verbatim");
  });
});

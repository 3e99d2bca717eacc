import { describe, expect, it } from "vitest";
import { loadNodeAnalyzer, readKnowledge } from "../../adapters/node/artifacts.js";
import { loadPassageIndex } from "./search-index.js";
import { DEFAULT_TUNING } from "./tuning.js";

// The real index (built by `npm run build`), searched with and without the asking clause's own pass.
const analyzer = loadNodeAnalyzer();
const snapshot = readKnowledge().index;
const index = loadPassageIndex(analyzer, snapshot);
const withoutFocus = loadPassageIndex(analyzer, snapshot, { ...DEFAULT_TUNING, focusWeight: 0 });
const top3 = (i: typeof index, message: string) => i.search(message, 3).map((hit) => hit.id);

describe("a message that sets a scene before asking", () => {
  it("finds the passage that answers the question, not only ones about the scene", () => {
    const message = "夜に足がつって何度も起きます。仕事は続けられますか";
    expect(top3(index, message)).toContain("isaacs#daily-life-work");
    // The scene's cramps and sleep alone fill the top three with passages about symptoms.
    expect(top3(withoutFocus, message)).not.toContain("isaacs#daily-life-work");
  });

  it("lets the asking clause lead when the scene is a paragraph of symptoms", () => {
    const message =
      "母は60代で、数年前から足のピクピクとこむら返り、汗が止まらないこと、夜眠れないことに悩んでいて、最近は手のこわばりもひどくなってきました。私にも遺伝しますか?";
    expect(index.search(message, 1)[0]?.id).toMatch(/^isaacs#heredity/);
    // Weighed like a short scene, the symptoms win the first place.
    const sceneLed = loadPassageIndex(analyzer, snapshot, { ...DEFAULT_TUNING, longSceneChars: Infinity });
    expect(sceneLed.search(message, 1)[0]?.id).not.toMatch(/^isaacs#heredity/);
  });

  it("searches a one-clause question as before", () => {
    const message = "仕事は続けられますか";
    expect(top3(index, message)).toEqual(top3(withoutFocus, message));
  });
});

describe("a question of why the muscles move by themselves", () => {
  // Asked "why", the passage that explains the mechanism must be among the first three, not only the
  // overview and the early symptoms (corpus/isaacs.questions.json holds this question under the
  // mechanism passages, where its answer is).
  it("finds a passage that explains the mechanism", () => {
    const ids = top3(index, "どうして筋肉が勝手にピクピク動き続けるの?");
    expect(ids.some((id) => id === "isaacs#overview-mechanism" || id === "isaacs#causes-nature")).toBe(true);
  });
});

describe("a question typed in half-width katakana", () => {
  // Read as the hiragana sentence it is (standardize), the dictionary can segment it: as katakana it
  // is one unknown run, and 検査 does not lead.
  it("finds the passage on tests", () => {
    expect(top3(index, "ｹﾝｻﾊﾄﾞﾝﾅｺﾄｦｽﾙﾉﾃﾞｽｶ?")[0]).toBe("isaacs#overview-diagnosis");
    expect(top3(index, "ｺﾉﾋﾞｮｳｷﾊｲﾃﾞﾝｽﾙﾉﾃﾞｽｶ?")[0]).toBe("isaacs#heredity");
  });
});

describe("a lay word the material does not use", () => {
  // 後遺症 is how patients ask whether symptoms stay; the material says 残る / 残存 (synonyms.json).
  it("finds the passages on what remains after treatment", () => {
    const ids = top3(index, "治療しても後遺症ってあるの?");
    expect(ids.some((id) => id === "isaacs#course-chronic" || id === "isaacs#overview-prognosis")).toBe(true);
  });
});

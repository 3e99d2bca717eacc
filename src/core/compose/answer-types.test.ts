import { describe, expect, it } from "vitest";
import { expectedAnswer } from "./answer-types.js";

describe("expectedAnswer", () => {
  it.each([
    [
      "ステロイドはどのくらいで効いてきますか",
      "約2〜3か月で筋のピクピクが軽減。",
      "急性期やステロイド抵抗例に使用。",
    ],
    [
      "再発する人って何割くらい?",
      "約15〜20%(平均再発時期:初回治療から3〜5年後)",
      "再発時も免疫療法で多くは再び改善。",
    ],
    [
      "血漿交換は何回やるの?",
      "5回前後の交換で症状が大幅に改善することもある。",
      "血液中の自己抗体を除去する治療。",
    ],
    [
      "原因のタイプって何種類あるの?",
      "原因は大きく3つのタイプに分かれます。",
      "自己抗体が神経を攻撃します。",
    ],
    [
      "こわばりで眠れないとき、何か効くくすりはありますか",
      "ベンゾジアゼピン系：クロナゼパム、ジアゼパム",
      "睡眠不足は神経の興奮を強める。",
    ],
    ["しびれに薬はあるの?", "鎮痛補助薬：プレガバリン、デュロキセチン", "しびれ感を伴う場合もある。"],
    ["お風呂は何度くらいがいい?", "38〜40℃で10〜15分。", "温めると筋緊張がやわらぐ。"],
    // A share given in words, not digits.
    [
      "抗体が消える人の割合はどのくらい?",
      "完全寛解(抗体陰性化)は約半数程度。",
      "抗体は血液検査で確認できます。",
    ],
    ["どれくらいまれな病気なんですか", "日本では推定100〜200例程度。", "まれな疾患で、自己免疫と関連する。"],
    [
      "いつごろ治るの?",
      "半年程度で:ピクピク・こわばりが軽減し、痛みや不眠が改善。",
      "免疫療法で改善する例が多数。",
    ],
  ])("reads %s as asking for what %s states, not %s", (question, answering, other) => {
    const expected = expectedAnswer(question);
    expect(expected).toBeDefined();
    expect(expected?.pattern.test(answering)).toBe(true);
    expect(expected?.pattern.test(other)).toBe(false);
  });

  it("requires a sentence about money for a question of cost, and only there", () => {
    for (const question of [
      "IVIgって1回いくらかかるの?",
      "薬代は高いですか",
      "治療費ってどのくらい?",
      "血漿交換ってやっぱり高いの?",
    ]) {
      const expected = expectedAnswer(question);
      expect(expected?.required, question).toBe(true);
      expect(expected?.pattern.test("指定難病に分類。医療費助成の対象。")).toBe(true);
      expect(expected?.pattern.test("急性期やステロイド抵抗例に使用。")).toBe(false);
    }
    expect(expectedAnswer("ステロイドはどのくらいで効いてきますか")?.required).toBe(false);
    // A high chance or a high fever is not a price.
    expect(expectedAnswer("私もなる確率は高いですか")?.required).not.toBe(true);
    expect(expectedAnswer("熱が高いのは病気のせいですか")?.required).not.toBe(true);
  });

  it("expects nothing in particular of an open question", () => {
    expect(expectedAnswer("アイザックス症候群はどんな病気ですか")).toBeUndefined();
    expect(expectedAnswer("子どもに遺伝しますか?")).toBeUndefined();
    // Asking whether to keep taking medicine is not asking which medicine there is.
    expect(expectedAnswer("薬はやめてもいいですか")).toBeUndefined();
    // いくつから is an age, not a count of kinds.
    expect(expectedAnswer("いくつから発症するの?")?.pattern.test("2つの治療")).not.toBe(true);
  });

  it("reads the everyday words that only look like a type as they are meant", () => {
    // どれくらいですか is not どれくらいで(効く); いつも is not いつ; タイプごと is not how often.
    expect(expectedAnswer("死亡率はどれくらいですか")?.pattern.test("平均改善期間：3〜6か月")).not.toBe(true);
    expect(expectedAnswer("いつも43度のお風呂ですが何度がいい?")?.pattern.test("38〜40℃")).toBe(true);
    expect(expectedAnswer("タイプごとの違いを教えて")).toBeUndefined();
    // How often (頻度で, 間隔) is an interval, and 何か月おき is one before it is a duration.
    expect(expectedAnswer("どのくらいの頻度で通院しますか")?.pattern.test("3〜6か月ごと")).toBe(true);
    expect(expectedAnswer("リツキシマブは何か月おき?")?.pattern.test("約2〜3か月で軽減")).toBe(false);
    // 過量/用量 is not how much water to drink.
    expect(expectedAnswer("過量服薬を防ぐには?")?.pattern.test("1.5〜2L")).not.toBe(true);
    expect(expectedAnswer("水分はどれくらい飲めばいい?")?.pattern.test("1日1.5〜2L")).toBe(true);
  });

  it("marks a question that asks for a figure about something, not one that asks when", () => {
    expect(expectedAnswer("点滴は何日間続けるの?")?.about).toBe(true);
    expect(expectedAnswer("どのくらいの間隔で検査するの?")?.about).toBe(true);
    expect(expectedAnswer("薬はいつ飲めばいいですか")?.about).toBe(false);
    expect(expectedAnswer("再発する人は何割?")?.about).toBe(false);
  });
});

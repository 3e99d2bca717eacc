import { describe, expect, it } from "vitest";
import { circumstancesIn, questionFocus } from "./question-focus.js";

describe("the clause that asks", () => {
  it.each([
    ["来月入院することになりました。何日くらいかかるんですか?", "何日くらいかかるんですか?"],
    ["近所の整形で言われたんだけど、見逃されやすい病気なの?", "見逃されやすい病気なの?"],
    ["なんで毎月採血するの?肝臓も見てるって聞いたけど", "なんで毎月採血するの?"],
    ["気分が落ち込んでて...相談できるところはありますか", "相談できるところはありますか"],
    ["ステロイドの副作用は?", "ステロイドの副作用は?"],
    ["新しい薬のことで、リツキシマブって薬、効きますか?", "リツキシマブって薬、効きますか?"],
    ["免疫吸着療法とは、どんな治療?", "免疫吸着療法とは、どんな治療?"],
    // The て of って is the topic's, not a clause ending in て.
    ["遺伝するタイプって、ふつうのと何が違うの?", "遺伝するタイプって、ふつうのと何が違うの?"],
    ["足がつって、眠れないのは病気のせい?", "眠れないのは病気のせい?"],
    // A condition is part of what is asked.
    ["原因がわかったら、防げるんですか?", "原因がわかったら、防げるんですか?"],
    ["薬をやめれば、また悪くなる?", "薬をやめれば、また悪くなる?"],
    // A request asks; a sentence after it that gives a reason does not.
    ["発作のときの対処を教えてください。家族で共有したいので", "発作のときの対処を教えてください。"],
    // With no sentence that asks, the one with a question word is the question.
    ["どうして急に発症したのかわかりません。前は健康だったのに", "どうして急に発症したのかわかりません。"],
    // Who the answer is for is not what it is about.
    ["検査の結果の意味を、中学生にもわかるように教えて", "検査の結果の意味を教えて"],
  ])("%s → %s", (message, focus) => {
    expect(questionFocus(message)).toBe(focus);
  });
});

describe("circumstances that change any answer", () => {
  it("finds pregnancy, vaccines and other illnesses wherever they are named", () => {
    expect(circumstancesIn("妊娠中なんですが、薬は?")).toContain("妊娠");
    expect(circumstancesIn("糖尿病があるんですが、ステロイドは?")).toContain("糖尿病");
    expect(circumstancesIn("来月から単身赴任なんですが、ステロイドは?")).toEqual([]);
    expect(circumstancesIn("大学病院で調べてもらったんですが、原因は?")).toEqual([]);
    expect(circumstancesIn("風邪症状があるときは?")).toEqual([]);
  });

  it("finds remedies and benefits the material may not name: kampo, supplements, a pension", () => {
    expect(circumstancesIn("葛根湯って飲んでも大丈夫?")).toContain("葛根湯");
    expect(circumstancesIn("サプリで足のつりは治る?")).toContain("サプリ");
    expect(circumstancesIn("この病気で障害年金は出ますか")).toContain("年金");
    expect(circumstancesIn("お湯につかると楽になる?")).toEqual([]);
    expect(circumstancesIn("鍼灸は効きますか")).toContain("鍼灸");
    // Massage and stretching are in the material; a clinic offering them is not another remedy.
    expect(circumstancesIn("整体に通おうか迷ってます。マッサージは効く?")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { standardize } from "./colloquial.js";

describe("standardize", () => {
  it.each([
    ["夜ぜんぜん眠れへんのやけど", "夜ぜんぜん眠れないのやけど"],
    ["なかなか治らへん", "なかなか治らない"],
    ["お酒はあかんの?", "お酒はだめの?"],
    ["ほんまに遺伝せえへん?", "本当に遺伝せえない?"],
    ["再発してもうたら、また治療でようなるん?", "再発してもうたら、また治療でよくなるん?"],
    ["何か薬あると?", "何か薬あるの?"],
    ["汗だくになるんだども", "汗だくになるんだけど"],
    ["ｹﾝｻﾊﾄﾞﾝﾅｺﾄｦｽﾙﾉﾃﾞｽｶ?", "けんさはどんなことをするのですか?"],
    ["エアコンの効いた部屋にいても平気?", "エアコンのついた部屋にいても平気?"],
    ["暖房がよくきいてるけど寒い", "暖房がよくついてるけど寒い"],
    // Words the IME or kana typing leaves unlike the material's: 鍼灸, 血漿交換.
    ["はり・きゅうに通ってる", "鍼灸に通ってる"],
    ["結晶交換は何回やるの?", "血漿交換は何回やるの?"],
    ["長湯しても平気?", "長い入浴しても平気?"],
    ["ながぶろはだめ?", "長い入浴はだめ?"],
    // …のせい / …たせい asks about a cause, which the material calls 原因.
    ["薬のせいでなりますか", "薬が原因でなりますか"],
    ["ストレスのせい?", "ストレスが原因?"],
    ["働きすぎたせいかな", "働きすぎたことが原因かな"],
    ["ピクピクはそのせいかもしれない", "ピクピクはそれが原因かもしれない"],
    ["ほかの病気のせいでなる?", "ほかの病気が原因でなる?"],
    // 九州's ばり is an intensifier only as a word of its own.
    ["足がばり痛いっちゃけど", "足がとても痛いっちゃけど"],
    ["ばりきつかです", "とてもきつかです"],
  ])("reads %s as %s", (input, expected) => {
    expect(standardize(input)).toBe(expected);
  });

  it.each([
    "リツキシマブ",
    "ステロイドパルス",
    "このへんの病院",
    "大変です",
    "変化はありますか",
    "ひとりでも平気",
    "しびれと痛み",
    "薬が効いた気がしない",
    // A symptom put down to the disease itself asks whether it is the disease's, not for a cause.
    "足がつるのは病気のせい?",
    "こわばりはアイザックスのせいですか",
    "せいかつで気をつけることは?",
    // ばり ending a word is not 九州's intensifier.
    "朝のこわばりがつらい",
    "手足がこわばりやすい",
    "がんばりすぎないように",
    "ねばりづよく治療を続ける",
  ])("leaves standard Japanese alone: %s", (text) => {
    expect(standardize(text)).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { buildQuickReply, questionFromPostback, suggestionAction } from "./quick-reply.js";

describe("suggestionAction", () => {
  it("sends a short question as the user's own message", () => {
    expect(suggestionAction("子どもに遺伝しますか?")).toEqual({
      type: "message",
      label: "子どもに遺伝しますか?",
      text: "子どもに遺伝しますか?",
    });
  });

  it("turns a question longer than the 20-character label into a postback that shows the whole question", () => {
    const question = "アイザックス症候群の治療で使われるお薬にはどんな副作用がありますか?";
    const action = suggestionAction(question);
    expect(action?.type).toBe("postback");
    if (action?.type !== "postback") return;
    expect(action.label.length).toBeLessThanOrEqual(20);
    expect(action.label.endsWith("…")).toBe(true);
    expect(action.displayText).toBe(question);
    expect(questionFromPostback(action.data)).toBe(question);
  });

  it("drops a question too long to fit postback data (300 characters)", () => {
    expect(suggestionAction("あ".repeat(297))).toBeNull();
    expect(suggestionAction("あ".repeat(296))?.type).toBe("postback");
  });

  it("drops a blank question", () => {
    expect(suggestionAction("   ")).toBeNull();
  });

  it("keeps an emoji whole when shortening a label", () => {
    const action = suggestionAction(`${"あ".repeat(18)}😀😀😀`);
    expect(action?.label).toBe(`${"あ".repeat(18)}…`);
  });
});

describe("buildQuickReply", () => {
  it("offers at most 13 buttons, each label at most 20 characters", () => {
    const questions = Array.from({ length: 20 }, (_, i) => `質問${i}${"ー".repeat(i * 2)}ですか?`);
    const quickReply = buildQuickReply(questions);
    expect(quickReply?.items).toHaveLength(13);
    for (const item of quickReply?.items ?? []) expect(item.action.label.length).toBeLessThanOrEqual(20);
  });

  it("skips duplicates and returns undefined when nothing is left", () => {
    expect(buildQuickReply(["同じ", "同じ ", "別"])?.items.map((i) => i.action.label)).toEqual([
      "同じ",
      "別",
    ]);
    expect(buildQuickReply([])).toBeUndefined();
    expect(buildQuickReply([" "])).toBeUndefined();
  });
});

describe("questionFromPostback", () => {
  it("reads only data this bot produced", () => {
    expect(questionFromPostback("ask:遺伝しますか?")).toBe("遺伝しますか?");
    expect(questionFromPostback("action=buy&itemid=1")).toBeNull();
    expect(questionFromPostback("ask:  ")).toBeNull();
  });
});

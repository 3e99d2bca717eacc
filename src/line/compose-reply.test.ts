import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../core/types.js";
import { composeChatReply, composeGreeting, formatSources } from "./compose-reply.js";
import { fakePrompts } from "./test-support.js";
import type { Message } from "./types.js";

const ctx = {
  prompts: fakePrompts(),
  config: { CLINIC_NAME: "テストクリニック", CLINIC_PHONE: "03-1234-5678", CLINIC_HOURS: "平日" },
};

const response = (fields: Partial<ChatResponse>): ChatResponse => ({
  kind: "answer",
  answer: "答え[1]。",
  citations: [],
  suggestions: [],
  ...fields,
});

const texts = (messages: Message[]) => messages.map((m) => (m.type === "text" ? m.text : m.altText));

describe("formatSources", () => {
  it("lists each citation by number with its innermost headings, without the document title", () => {
    const sources = formatSources(
      [
        { id: "a", path: ["アイザックス症候群", "<アイザックス症候群>は遺伝する?", "まとめ"], quote: "" },
        { id: "b", path: ["アイザックス症候群", "治療", "薬", "副作用"], quote: "" },
      ],
      ctx.config,
    );
    expect(sources).toBe("出典\n[1] <アイザックス症候群>は遺伝する? › まとめ\n[2] 薬 › 副作用");
  });

  it("marks a source whose claim the clinic is still checking", () => {
    const sources = formatSources(
      [
        { id: "a", path: ["文書", "指定", "支援"], quote: "", under_review: true },
        { id: "b", path: ["文書", "治療"], quote: "" },
      ],
      ctx.config,
    );
    expect(sources).toBe("出典\n[1] 指定 › 支援(当院で確認中)\n[2] 治療");
  });
});

describe("composeChatReply", () => {
  it("appends the sources to the answer and offers the suggestions on the last message", () => {
    const messages = composeChatReply(
      response({
        citations: [{ id: "a", path: ["doc", "遺伝"], quote: "" }],
        suggestions: ["再発しますか?"],
      }),
      ctx,
    );
    expect(texts(messages)).toEqual(["答え[1]。\n\n出典\n[1] 遺伝"]);
    expect(messages[0]?.quickReply?.items[0]?.action).toEqual({
      type: "message",
      label: "再発しますか?",
      text: "再発しますか?",
    });
  });

  it("splits a long answer into at most five messages and keeps the quick reply on the last", () => {
    const long = `${"筋肉のこわばりが続くことがあります。".repeat(400)}\n\n`.repeat(3);
    const messages = composeChatReply(response({ answer: long, suggestions: ["次の質問"] }), ctx);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(5);
    for (const text of texts(messages)) expect(text.length).toBeLessThanOrEqual(5000);
    expect(messages.slice(0, -1).every((m) => m.quickReply === undefined)).toBe(true);
    expect(messages.at(-1)?.quickReply).toBeDefined();
  });

  it("follows an emergency answer with a tel:119 button and nothing else", () => {
    const messages = composeChatReply(
      response({
        kind: "emergency",
        answer: "すぐに119番へ。#7119 は相談窓口です。",
        suggestions: ["関係ない提案"],
      }),
      ctx,
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({ type: "text", text: "すぐに119番へ。#7119 は相談窓口です。" });
    const button = messages[1];
    expect(button?.type).toBe("template");
    if (button?.type !== "template") return;
    expect(button.template.actions).toEqual([{ type: "uri", label: "119番に電話する", uri: "tel:119" }]);
    expect(messages.some((m) => m.quickReply)).toBe(false);
    expect(JSON.stringify(messages)).not.toContain("tel:#7119");
  });

  it("keeps an emergency reply within five messages even when the answer is very long", () => {
    const messages = composeChatReply(response({ kind: "emergency", answer: "119番へ。".repeat(5000) }), ctx);
    expect(messages).toHaveLength(5);
    expect(messages[4]?.type).toBe("template");
  });

  it("gives an urgent answer a button that dials the clinic", () => {
    const messages = composeChatReply(response({ kind: "urgent", answer: "今日受診してください。" }), ctx);
    const button = messages.at(-1);
    if (button?.type !== "template") throw new Error("expected a template message");
    expect(button.template.actions[0]).toMatchObject({ type: "uri", uri: "tel:0312345678" });
    expect(button.template.text).toContain("テストクリニック");
    expect(button.template.text.length).toBeLessThanOrEqual(160);
  });

  it("falls back to the no-answer text instead of sending an empty message", () => {
    expect(texts(composeChatReply(response({ kind: "no_answer", answer: " " }), ctx))).toEqual([
      "〈no-answer〉",
    ]);
  });
});

describe("composeGreeting", () => {
  it("greets with the privacy note and the starter questions as quick replies", () => {
    const [message] = composeGreeting(ctx);
    expect(message?.type === "text" && message.text).toBe("〈greeting〉\n\n〈privacy〉");
    expect(message?.quickReply?.items.map((i) => i.action.label)).toEqual([
      "どんな病気ですか?",
      "遺伝しますか?",
    ]);
  });

  it("adds the mention rule in a group", () => {
    const [message] = composeGreeting(ctx, { group: true });
    expect(message?.type === "text" && message.text).toContain("@メンション");
  });
});

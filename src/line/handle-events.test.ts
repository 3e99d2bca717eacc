import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../core/types.js";
import { handleEvents } from "./handle-events.js";
import { LineClient } from "./line-client.js";
import { collectLogs, fakeServices, recordingFetch } from "./test-support.js";
import type { WebhookEvent } from "./types.js";

let counter = 0;
function textEvent(text: string, fields: Partial<WebhookEvent> = {}): WebhookEvent {
  counter++;
  return {
    type: "message",
    mode: "active",
    timestamp: Date.now(),
    webhookEventId: `01HEVENT${String(counter).padStart(18, "0")}`,
    deliveryContext: { isRedelivery: false },
    source: { type: "user", userId: "U1" },
    replyToken: `reply-${counter}`,
    message: { type: "text", id: String(counter), text },
    ...fields,
  };
}

/** The texts of the messages in the n-th reply call. */
const replyTexts = (calls: { body: Record<string, unknown> }[], n: number) =>
  ((calls[n]?.body.messages ?? []) as { text?: string }[]).map((m) => m.text);

function setup(respond: (message: string) => ChatResponse, status = 200) {
  const { services, chatInputs } = fakeServices((input) => respond(input.message));
  const { calls, fetchFn } = recordingFetch(status, "req-abc");
  const logs = collectLogs();
  const client = new LineClient({
    baseUrl: "http://line.test",
    accessToken: "t",
    log: logs.log,
    fetch: fetchFn,
  });
  const deps = { chat: services.chat, store: services.store, client, reply: services, log: logs.log };
  const replies = () => calls.filter((call) => call.url.endsWith("/v2/bot/message/reply"));
  return { deps, calls, replies, chatInputs, logs, store: services.store };
}

const answerOf = (message: string): ChatResponse => ({
  kind: "answer",
  answer: `${message}への答えです[1]。`,
  citations: [{ id: "isaacs#a", path: ["アイザックス症候群", "遺伝", "まとめ"], quote: "…" }],
  suggestions: ["再発しますか?"],
});

describe("handleEvents", () => {
  it("replies once to an event delivered twice", async () => {
    const { deps, replies } = setup(answerOf);
    const event = textEvent("遺伝しますか?");
    await handleEvents([event], deps);
    await handleEvents([{ ...event, deliveryContext: { isRedelivery: true } }], deps);
    expect(replies()).toHaveLength(1);
  });

  it("passes the previous question and answer to a follow-up", async () => {
    const { deps, chatInputs } = setup(answerOf);
    await handleEvents([textEvent("遺伝しますか?")], deps);
    await handleEvents([textEvent("子どもには?")], deps);
    expect(chatInputs[1]?.history).toEqual([
      { role: "user", content: "遺伝しますか?" },
      { role: "assistant", content: "遺伝しますか?への答えです[1]。" },
    ]);
  });

  it("forgets the history when the user blocks the account", async () => {
    const { deps, chatInputs } = setup(answerOf);
    await handleEvents([textEvent("遺伝しますか?")], deps);
    await handleEvents(
      [{ ...textEvent(""), type: "unfollow", replyToken: undefined, message: undefined }],
      deps,
    );
    await handleEvents([textEvent("子どもには?")], deps);
    expect(chatInputs[1]?.history).toEqual([]);
  });

  it("shows the loading animation before answering in a one-to-one chat", async () => {
    const { deps, calls } = setup(answerOf);
    await handleEvents([textEvent("遺伝しますか?")], deps);
    expect(calls[0]?.url).toBe("http://line.test/v2/bot/chat/loading/start");
    expect(calls[0]?.body).toEqual({ chatId: "U1", loadingSeconds: 20 });
  });

  it("answers a group only when mentioned, without a loading animation", async () => {
    const { deps, calls, chatInputs } = setup(answerOf);
    const group = { type: "group" as const, groupId: "C1", userId: "U1" };
    await handleEvents([textEvent("遺伝しますか?", { source: group })], deps);
    expect(calls).toHaveLength(0);
    const mentioned = textEvent("", { source: group });
    mentioned.message = {
      type: "text",
      id: "m",
      text: "@bot 遺伝しますか?",
      mention: { mentionees: [{ type: "user", index: 0, length: 4, isSelf: true }] },
    };
    await handleEvents([mentioned], deps);
    expect(calls.map((call) => call.url)).toEqual(["http://line.test/v2/bot/message/reply"]);
    expect(chatInputs[0]?.message).toBe("遺伝しますか?");
  });

  it("sends nothing at all in standby mode", async () => {
    const { deps, calls } = setup(answerOf);
    await handleEvents([textEvent("遺伝しますか?", { mode: "standby" })], deps);
    expect(calls).toHaveLength(0);
  });

  it("replies with the apology when the chat service fails, and logs no patient text", async () => {
    const { deps, replies, logs } = setup(() => {
      throw new Error("遺伝しますか?");
    });
    await handleEvents([textEvent("遺伝しますか?")], deps);
    expect(replyTexts(replies(), 0)[0]).toContain("ただいまお答えできません");
    expect(JSON.stringify(logs.entries)).not.toContain("遺伝");
    expect(logs.entries).toContainEqual(
      expect.objectContaining({ event: "line_chat_failed", error: "Error" }),
    );
  });

  it("logs a LINE API error with its request id and status, and carries on", async () => {
    const { deps, logs } = setup(answerOf, 500);
    await handleEvents(
      [textEvent("遺伝しますか?"), textEvent("次の質問", { source: { type: "user", userId: "U2" } })],
      deps,
    );
    const errors = logs.entries.filter((entry) => entry.event === "line_api_error");
    expect(errors).toContainEqual({
      level: "error",
      event: "line_api_error",
      endpoint: "/v2/bot/message/reply",
      status: 500,
      requestId: "req-abc",
    });
    expect(errors.filter((e) => e.endpoint === "/v2/bot/message/reply")).toHaveLength(2);
    expect(JSON.stringify(logs.entries)).not.toMatch(/遺伝|次の質問/);
  });

  it("answers a sticker with the text-only note, without asking the chat service", async () => {
    const { deps, replies, chatInputs } = setup(answerOf);
    const sticker = textEvent("");
    sticker.message = { type: "sticker", id: "s" };
    await handleEvents([sticker], deps);
    expect(chatInputs).toHaveLength(0);
    expect(replyTexts(replies(), 0)).toEqual(["〈line-non-text〉"]);
  });
});

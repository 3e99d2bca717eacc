import { describe, expect, it } from "vitest";
import { FIXTURE_NAMES, freshFixture, readFixture } from "./fixtures.js";
import { LineSpec } from "./spec-validator.js";

const spec = new LineSpec();
const REPLY = "/v2/bot/message/reply";
const reply = (...messages: unknown[]) => ({ replyToken: "r", messages });
const text = (t: string, extra: object = {}) => ({ type: "text", text: t, ...extra });
const quick = (...actions: unknown[]) => ({ items: actions.map((action) => ({ type: "action", action })) });
const buttons = (actions: unknown[], t = "いますぐ119番へ") => ({
  type: "template",
  altText: t,
  template: { type: "buttons", text: t, actions },
});

describe("LineSpec.validateRequest (the fake LINE platform's gate)", () => {
  it("finds the reply and loading operations in messaging-api.yml", () => {
    expect(spec.requestSchemaName(REPLY)).toBe("ReplyMessageRequest");
    expect(spec.requestSchemaName("/v2/bot/chat/loading/start")).toBe("ShowLoadingAnimationRequest");
  });

  it.each([
    ["a plain text reply", reply(text("こんにちは"))],
    ["five messages", reply(...Array(5).fill(text("a")))],
    [
      "quick replies with message and postback actions",
      reply(
        text("a", {
          quickReply: quick(
            { type: "message", label: "遺伝しますか?", text: "遺伝しますか?" },
            { type: "postback", label: "長い質問…", data: "ask:長い質問です", displayText: "長い質問です" },
          ),
        }),
      ),
    ],
    [
      "a buttons template dialling 119",
      reply(buttons([{ type: "uri", label: "119番に電話する", uri: "tel:119" }])),
    ],
  ])("accepts %s", (_name, body) => {
    expect(spec.validateRequest(REPLY, body)).toEqual([]);
  });

  it.each([
    ["no messages", reply()],
    ["six messages", reply(...Array(6).fill(text("a")))],
    ["an unknown message type", reply({ type: "txet", text: "a" })],
    ["a text message without text", reply({ type: "text" })],
    ["a text over 5,000 UTF-16 units", reply(text("😀".repeat(2501)))],
    ["an empty text", reply(text(""))],
    ["no reply token", { messages: [text("a")] }],
    [
      "14 quick reply items",
      reply(text("a", { quickReply: quick(...Array(14).fill({ type: "message", label: "a", text: "a" })) })),
    ],
    [
      "a label over 20 characters",
      reply(text("a", { quickReply: quick({ type: "message", label: "あ".repeat(21), text: "a" }) })),
    ],
    [
      "postback data over 300 characters",
      reply(text("a", { quickReply: quick({ type: "postback", label: "a", data: "x".repeat(301) }) })),
    ],
    ["an unknown action type", reply(text("a", { quickReply: quick({ type: "dial", label: "a" }) }))],
    ["a tel: link to #7119", reply(buttons([{ type: "uri", label: "#7119", uri: "tel:#7119" }]))],
    ["a uri that is not a URI", reply(buttons([{ type: "uri", label: "a", uri: "not a uri" }]))],
    ["a buttons template without actions", reply(buttons([]))],
    [
      "a buttons template with five actions",
      reply(buttons(Array(5).fill({ type: "uri", label: "a", uri: "tel:119" }))),
    ],
    [
      "a buttons template text over 160 characters",
      reply(buttons([{ type: "uri", label: "a", uri: "tel:119" }], "あ".repeat(161))),
    ],
  ])("rejects %s", (_name, body) => {
    expect(spec.validateRequest(REPLY, body)).not.toEqual([]);
  });

  it.each([
    [{ chatId: "U1", loadingSeconds: 20 }, true],
    [{ chatId: "U1" }, true],
    [{ chatId: "U1", loadingSeconds: 61 }, false],
    [{ chatId: "U1", loadingSeconds: 7 }, false],
    [{ loadingSeconds: 5 }, false],
  ])("judges the loading request %j valid: %s", (body, valid) => {
    expect(spec.validateRequest("/v2/bot/chat/loading/start", body).length === 0).toBe(valid);
  });

  it("refuses an endpoint the spec does not describe", () => {
    expect(spec.validateRequest("/v2/bot/message/replyy", reply(text("a")))).not.toEqual([]);
  });
});

describe("LineSpec.validateWebhook (the fixtures are shaped as LINE sends them)", () => {
  it.each(FIXTURE_NAMES)("fixtures/%s.json conforms to webhook.yml, before and after fresh ids", (name) => {
    expect(spec.validateWebhook(readFixture(name))).toEqual([]);
    expect(spec.validateWebhook(freshFixture(name, { userId: "U0" }))).toEqual([]);
  });

  it.each([
    ["an unknown mode", { mode: "paused" }],
    ["no webhookEventId", { webhookEventId: undefined }],
    ["an unknown source type", { source: { type: "channel" } }],
  ])("rejects an event with %s", (_name, change) => {
    const body = readFixture("text");
    Object.assign(body.events[0] as object, change);
    expect(spec.validateWebhook(JSON.parse(JSON.stringify(body)))).not.toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { type Conversation, type Plan, routeEvent, stripSelfMentions } from "./route-event.js";
import type { Mentionee, WebhookEvent } from "./types.js";

const USER = { type: "user", userId: "U1" } as const;
const GROUP = { type: "group", groupId: "C1", userId: "U1" } as const;
const ROOM = { type: "room", roomId: "R1", userId: "U1" } as const;

function event(fields: Partial<WebhookEvent> & { type: string }): WebhookEvent {
  return {
    timestamp: 0,
    mode: "active",
    webhookEventId: "01H0000000000000000000000",
    deliveryContext: { isRedelivery: false },
    source: USER,
    replyToken: "token",
    ...fields,
  };
}

const text = (t: string, mention?: { mentionees: Mentionee[] }): WebhookEvent["message"] => ({
  type: "text",
  id: "1",
  text: t,
  ...(mention ? { mention } : {}),
});
const selfMention = (index: number, length: number) => ({
  mentionees: [{ type: "user" as const, index, length, isSelf: true }],
});

const userConversation: Conversation = { key: "user:U1", type: "user", id: "U1" };
const groupConversation: Conversation = { key: "group:C1", type: "group", id: "C1" };

const cases: [string, WebhookEvent, Plan][] = [
  [
    "a text in a one-to-one chat is a question",
    event({ type: "message", message: text(" 遺伝しますか? ") }),
    { kind: "ask", replyToken: "token", conversation: userConversation, question: "遺伝しますか?" },
  ],
  [
    "a suggestion postback is a question",
    event({ type: "postback", postback: { data: "ask:再発しますか?" } }),
    { kind: "ask", replyToken: "token", conversation: userConversation, question: "再発しますか?" },
  ],
  [
    "a postback this bot did not create is ignored",
    event({ type: "postback", postback: { data: "richmenu=1" } }),
    { kind: "ignore", reason: "unknown_postback" },
  ],
  [
    "a sticker in a one-to-one chat gets the text-only note",
    event({ type: "message", message: { type: "sticker", id: "1" } }),
    { kind: "non_text", replyToken: "token" },
  ],
  ...(["image", "video", "audio", "file", "location"] as const).map((type): [string, WebhookEvent, Plan] => [
    `a ${type} message gets the text-only note`,
    event({ type: "message", message: { type, id: "1" } }),
    { kind: "non_text", replyToken: "token" },
  ]),
  [
    "follow gets the greeting",
    event({ type: "follow" }),
    { kind: "greet", replyToken: "token", group: false },
  ],
  [
    "unfollow forgets the user, with no reply token",
    event({ type: "unfollow", replyToken: undefined }),
    { kind: "forget", conversation: userConversation },
  ],
  [
    "unfollow in standby still forgets (it sends nothing)",
    event({ type: "unfollow", mode: "standby", replyToken: undefined }),
    { kind: "forget", conversation: userConversation },
  ],
  [
    "unsend forgets the conversation that may hold the unsent text",
    event({ type: "unsend", replyToken: undefined }),
    { kind: "forget", conversation: userConversation },
  ],
  [
    "a text in standby mode is ignored",
    event({ type: "message", mode: "standby", replyToken: undefined, message: text("質問") }),
    { kind: "ignore", reason: "standby" },
  ],
  [
    "a text without a reply token is ignored",
    event({ type: "message", replyToken: undefined, message: text("質問") }),
    { kind: "ignore", reason: "no_reply_token" },
  ],
  [
    "a question over 1,000 characters gets the length note",
    event({ type: "message", message: text("あ".repeat(1001)) }),
    { kind: "too_long", replyToken: "token" },
  ],
  [
    "a group text without a mention is ignored",
    event({ type: "message", source: GROUP, message: text("遺伝しますか?") }),
    { kind: "ignore", reason: "not_mentioned" },
  ],
  [
    "a group text mentioning someone else is ignored",
    event({
      type: "message",
      source: GROUP,
      message: text("@Bob 遺伝しますか?", {
        mentionees: [{ type: "user", index: 0, length: 4, userId: "U2" }],
      }),
    }),
    { kind: "ignore", reason: "not_mentioned" },
  ],
  [
    "a group text mentioning the bot is a question without the mention",
    event({ type: "message", source: GROUP, message: text("@クリニック 遺伝しますか?", selfMention(0, 6)) }),
    { kind: "ask", replyToken: "token", conversation: groupConversation, question: "遺伝しますか?" },
  ],
  [
    "a room text mentioning the bot is a question too",
    event({ type: "message", source: ROOM, message: text("遺伝しますか? @bot", selfMention(8, 4)) }),
    {
      kind: "ask",
      replyToken: "token",
      conversation: { key: "room:R1", type: "room", id: "R1" },
      question: "遺伝しますか?",
    },
  ],
  [
    "a bare mention of the bot gets the group greeting",
    event({ type: "message", source: GROUP, message: text("@bot", selfMention(0, 4)) }),
    { kind: "greet", replyToken: "token", group: true },
  ],
  [
    "a sticker in a group is ignored",
    event({ type: "message", source: GROUP, message: { type: "sticker", id: "1" } }),
    { kind: "ignore", reason: "not_mentioned" },
  ],
  [
    "joining a group gets the greeting with the mention rule",
    event({ type: "join", source: GROUP }),
    {
      kind: "greet",
      replyToken: "token",
      group: true,
    },
  ],
  [
    "leaving a group forgets its history",
    event({ type: "leave", source: GROUP, replyToken: undefined }),
    { kind: "forget", conversation: groupConversation },
  ],
  [
    "an event without a source is ignored",
    event({ type: "message", source: undefined, message: text("質問") }),
    { kind: "ignore", reason: "no_source" },
  ],
  [
    "an event type the bot does not handle is ignored",
    event({ type: "beacon" }),
    {
      kind: "ignore",
      reason: "unhandled_event",
    },
  ],
];

describe("routeEvent", () => {
  it.each(cases)("%s", (_name, input, plan) => {
    expect(routeEvent(input)).toEqual(plan);
  });
});

describe("stripSelfMentions", () => {
  it("removes only the bot's own mentions and leaves other people's", () => {
    const text = "@Alice @bot 遺伝しますか?";
    expect(
      stripSelfMentions(text, [
        { type: "user", index: 0, length: 6, userId: "U2" },
        { type: "user", index: 7, length: 4, isSelf: true },
      ]),
    ).toBe("@Alice 遺伝しますか?");
  });

  it("ignores a mention whose range lies outside the text", () => {
    expect(stripSelfMentions("質問", [{ type: "user", index: 5, length: 4, isSelf: true }])).toBe("質問");
  });
});

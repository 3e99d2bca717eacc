import { MAX_QUESTION_LENGTH } from "./limits.js";
import { questionFromPostback } from "./quick-reply.js";
import type { Mentionee, WebhookEvent } from "./types.js";

// Decides what to do with one webhook event, without doing it: pure, so every policy below is tested
// as a table. Event shapes: ../shared/specs/line-openapi/webhook.yml.
//
// Policy:
// - mode "standby": another channel is active; send nothing (forgetting stored data is still fine).
// - one-to-one chats: every text and suggestion postback is a question; other message types get the
//   polite "text only" note; follow gets the greeting; unfollow and unsend forget the history.
// - groups and rooms: answer only when the bot is @mentioned (the mention is cut from the question);
//   stickers and images there are ignored; join gets the greeting with the mention rule; leave forgets.

export interface Conversation {
  /** Store key part: "user:U…", "group:C…", "room:R…". */
  key: string;
  type: "user" | "group" | "room";
  /** The user, group or room id. */
  id: string;
}

export type Plan =
  | { kind: "ignore"; reason: string }
  | { kind: "ask"; replyToken: string; conversation: Conversation; question: string }
  | { kind: "greet"; replyToken: string; group: boolean }
  | { kind: "non_text"; replyToken: string }
  | { kind: "too_long"; replyToken: string }
  | { kind: "forget"; conversation: Conversation };

const NON_TEXT_MESSAGES = new Set(["image", "video", "audio", "file", "location", "sticker"]);

export function conversationOf(event: WebhookEvent): Conversation | null {
  const source = event.source;
  if (!source || typeof source !== "object") return null;
  const id =
    source.type === "user"
      ? source.userId
      : source.type === "group"
        ? source.groupId
        : source.type === "room"
          ? source.roomId
          : undefined;
  if (typeof id !== "string" || !id) return null;
  return { key: `${source.type}:${id}`, type: source.type, id };
}

/** Removes the bot's own @mentions (index/length in UTF-16 units, as in webhook.yml) from the text. */
export function stripSelfMentions(text: string, mentionees: readonly Mentionee[]): string {
  const own = mentionees
    .filter((m) => m.isSelf === true && Number.isInteger(m.index) && Number.isInteger(m.length))
    .filter((m) => m.index >= 0 && m.length > 0 && m.index + m.length <= text.length)
    .sort((a, b) => b.index - a.index);
  let out = text;
  for (const m of own) out = out.slice(0, m.index) + out.slice(m.index + m.length);
  return out.replace(/\s+/g, " ").trim();
}

function ask(replyToken: string, conversation: Conversation, question: string): Plan {
  if (question.length > MAX_QUESTION_LENGTH) return { kind: "too_long", replyToken };
  return { kind: "ask", replyToken, conversation, question };
}

export function routeEvent(event: WebhookEvent): Plan {
  const conversation = conversationOf(event);
  if (!conversation) return { kind: "ignore", reason: "no_source" };
  const group = conversation.type !== "user";

  // Forgetting sends nothing, so it is done in standby mode too.
  if (event.type === "unfollow" && !group) return { kind: "forget", conversation };
  if (event.type === "leave" && group) return { kind: "forget", conversation };
  if (event.type === "unsend") return { kind: "forget", conversation };

  if (event.mode !== "active") return { kind: "ignore", reason: "standby" };
  const replyToken = typeof event.replyToken === "string" ? event.replyToken : "";
  if (!replyToken) return { kind: "ignore", reason: "no_reply_token" };

  if (event.type === "follow" && !group) return { kind: "greet", replyToken, group: false };
  if (event.type === "join" && group) return { kind: "greet", replyToken, group: true };

  if (event.type === "postback") {
    const data = event.postback?.data;
    const question = typeof data === "string" ? questionFromPostback(data) : null;
    return question
      ? ask(replyToken, conversation, question)
      : { kind: "ignore", reason: "unknown_postback" };
  }

  if (event.type !== "message" || !event.message) return { kind: "ignore", reason: "unhandled_event" };
  const message = event.message;
  if (message.type === "text" && typeof message.text === "string") {
    if (!group) {
      const question = message.text.trim();
      return question ? ask(replyToken, conversation, question) : { kind: "ignore", reason: "empty" };
    }
    const mentionees = Array.isArray(message.mention?.mentionees) ? message.mention.mentionees : [];
    if (!mentionees.some((m) => m.type === "user" && m.isSelf === true)) {
      return { kind: "ignore", reason: "not_mentioned" };
    }
    const question = stripSelfMentions(message.text, mentionees);
    return question ? ask(replyToken, conversation, question) : { kind: "greet", replyToken, group: true };
  }
  if (NON_TEXT_MESSAGES.has(message.type)) {
    return group ? { kind: "ignore", reason: "not_mentioned" } : { kind: "non_text", replyToken };
  }
  return { kind: "ignore", reason: "unhandled_message" };
}

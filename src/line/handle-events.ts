import type { ChatService, KeyValueStore } from "../core/services.js";
import {
  composeChatReply,
  composeGreeting,
  composeText,
  lineText,
  type ReplyContext,
} from "./compose-reply.js";
import { appendHistory, forgetConversation, loadHistory, markSeen } from "./conversation-store.js";
import { LOADING_SECONDS } from "./limits.js";
import type { LineClient } from "./line-client.js";
import type { Logger } from "./log.js";
import { conversationOf, type Plan, routeEvent } from "./route-event.js";
import type { Message, WebhookEvent } from "./types.js";

// Runs after the webhook has been answered with 200: de-duplicate, route, compose, reply once.

export interface LineDeps {
  chat: ChatService;
  store: KeyValueStore;
  client: LineClient;
  reply: ReplyContext;
  log: Logger;
}

async function answer(plan: Extract<Plan, { kind: "ask" }>, deps: LineDeps): Promise<Message[]> {
  const { conversation, question } = plan;
  // The indicator only exists in one-to-one chats; the reply replaces it.
  if (conversation.type === "user") await deps.client.showLoading(conversation.id, LOADING_SECONDS);
  try {
    const history = await loadHistory(deps.store, conversation);
    const response = await deps.chat.chat({ message: question, history });
    await appendHistory(deps.store, conversation, history, question, response.answer);
    deps.log({
      level: "info",
      event: "line_answered",
      kind: response.kind,
      citations: response.citations.length,
    });
    return composeChatReply(response, deps.reply);
  } catch (err) {
    deps.log({
      level: "error",
      event: "line_chat_failed",
      error: err instanceof Error ? err.name : "unknown",
    });
    return composeText(lineText("unavailable", deps.reply.config), deps.reply);
  }
}

async function carryOut(plan: Plan, deps: LineDeps): Promise<void> {
  switch (plan.kind) {
    case "ignore":
      return;
    case "forget":
      await forgetConversation(deps.store, plan.conversation);
      return;
    case "greet":
      await deps.client.reply(plan.replyToken, composeGreeting(deps.reply, { group: plan.group }));
      return;
    case "non_text":
      await deps.client.reply(plan.replyToken, composeText(deps.reply.prompts["line-non-text"], deps.reply));
      return;
    case "too_long":
      await deps.client.reply(
        plan.replyToken,
        composeText(lineText("tooLong", deps.reply.config), deps.reply),
      );
      return;
    case "ask":
      await deps.client.reply(plan.replyToken, await answer(plan, deps));
      return;
  }
}

export async function handleEvent(event: WebhookEvent, deps: LineDeps): Promise<void> {
  try {
    const id = typeof event.webhookEventId === "string" ? event.webhookEventId : "";
    if (id && !(await markSeen(deps.store, id))) {
      deps.log({ level: "info", event: "line_duplicate_event", type: String(event.type) });
      return;
    }
    const plan = routeEvent(event);
    if (plan.kind === "ignore") {
      deps.log({ level: "info", event: "line_event_ignored", type: String(event.type), reason: plan.reason });
    }
    await carryOut(plan, deps);
  } catch (err) {
    deps.log({
      level: "error",
      event: "line_event_failed",
      type: String(event.type),
      error: err instanceof Error ? err.name : "unknown",
    });
  }
}

/**
 * Events of one conversation run in order (so a follow-up sees the previous answer); different
 * conversations run side by side, so one slow answer does not use up another user's reply token.
 */
export async function handleEvents(events: readonly WebhookEvent[], deps: LineDeps): Promise<void> {
  const queues = new Map<string, WebhookEvent[]>();
  events.forEach((event, i) => {
    const key = conversationOf(event)?.key ?? `event:${i}`;
    queues.set(key, [...(queues.get(key) ?? []), event]);
  });
  await Promise.all(
    [...queues.values()].map(async (queue) => {
      for (const event of queue) await handleEvent(event, deps);
    }),
  );
}

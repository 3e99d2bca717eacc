import type { KeyValueStore } from "../core/services.js";
import type { Turn } from "../core/types.js";
import {
  HISTORY_MAX_CONTENT_LENGTH,
  HISTORY_MAX_TURNS,
  HISTORY_TTL_SECONDS,
  SEEN_EVENT_TTL_SECONDS,
} from "./limits.js";
import type { Conversation } from "./route-event.js";
import { clip } from "./split-text.js";

// What the LINE bot keeps: webhook event ids (to drop redeliveries) and a short, expiring history per
// conversation so follow-up questions work. Keys: "line:seen:<eventId>", "line:history:<user|group|room>:<id>".

const historyKey = (conversation: Conversation) => `line:history:${conversation.key}`;

/** Records the event id; false when it was already seen (a redelivery or a duplicate). */
export async function markSeen(store: KeyValueStore, webhookEventId: string): Promise<boolean> {
  const key = `line:seen:${webhookEventId}`;
  if ((await store.get(key)) !== null) return false;
  await store.put(key, "1", { expirationTtl: SEEN_EVENT_TTL_SECONDS });
  return true;
}

function isTurn(value: unknown): value is Turn {
  if (!value || typeof value !== "object") return false;
  const turn = value as Record<string, unknown>;
  return (turn.role === "user" || turn.role === "assistant") && typeof turn.content === "string";
}

export async function loadHistory(store: KeyValueStore, conversation: Conversation): Promise<Turn[]> {
  const raw = await store.get(historyKey(conversation));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isTurn).slice(-HISTORY_MAX_TURNS) : [];
  } catch {
    return [];
  }
}

export async function appendHistory(
  store: KeyValueStore,
  conversation: Conversation,
  previous: Turn[],
  question: string,
  answer: string,
): Promise<void> {
  const turns: Turn[] = [
    ...previous,
    { role: "user" as const, content: clip(question, HISTORY_MAX_CONTENT_LENGTH) },
    { role: "assistant" as const, content: clip(answer, HISTORY_MAX_CONTENT_LENGTH) },
  ].slice(-HISTORY_MAX_TURNS);
  await store.put(historyKey(conversation), JSON.stringify(turns), { expirationTtl: HISTORY_TTL_SECONDS });
}

export async function forgetConversation(store: KeyValueStore, conversation: Conversation): Promise<void> {
  await store.delete(historyKey(conversation));
}

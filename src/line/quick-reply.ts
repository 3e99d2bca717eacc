import {
  ASK_POSTBACK_PREFIX,
  MAX_ACTION_LABEL_LENGTH,
  MAX_ACTION_TEXT_LENGTH,
  MAX_POSTBACK_DATA_LENGTH,
  MAX_QUICK_REPLY_ITEMS,
} from "./limits.js";
import { clip } from "./split-text.js";
import type { Action, QuickReply } from "./types.js";

// Suggested follow-up questions as quick reply buttons
// (https://developers.line.biz/en/docs/messaging-api/using-quick-reply/). A question that fits the
// 20-character label is a message action: tapping it sends the question as the user's own message. A
// longer one gets a shortened label and becomes a postback whose displayText shows the whole question
// in the chat, and whose data carries it back to us.

export function suggestionAction(question: string): Action | null {
  const text = question.trim();
  if (!text) return null;
  if (text.length <= MAX_ACTION_LABEL_LENGTH) return { type: "message", label: text, text };
  const data = ASK_POSTBACK_PREFIX + text;
  if (data.length > MAX_POSTBACK_DATA_LENGTH || text.length > MAX_ACTION_TEXT_LENGTH) return null;
  return { type: "postback", label: clip(text, MAX_ACTION_LABEL_LENGTH, "…"), data, displayText: text };
}

/** Up to 13 distinct suggestions as quick reply items; undefined when there is nothing to offer. */
export function buildQuickReply(questions: readonly string[]): QuickReply | undefined {
  const seen = new Set<string>();
  const items: QuickReply["items"] = [];
  for (const question of questions) {
    const action = suggestionAction(question);
    if (!action || seen.has(question.trim())) continue;
    seen.add(question.trim());
    items.push({ type: "action", action });
    if (items.length === MAX_QUICK_REPLY_ITEMS) break;
  }
  return items.length > 0 ? { items } : undefined;
}

/** The question carried by a suggestion postback, or null for any other postback data. */
export function questionFromPostback(data: string): string | null {
  if (!data.startsWith(ASK_POSTBACK_PREFIX)) return null;
  const question = data.slice(ASK_POSTBACK_PREFIX.length).trim();
  return question || null;
}

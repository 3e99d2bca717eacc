import type { Turn } from "../core/types.js";
import type { Entry } from "./types.js";

// The history sent with each question, capped to the contract (../../shared/CONTRACT.md): at most 20
// items, each content at most 2000 characters. Error entries are local only.

export const HISTORY_MAX_ITEMS = 20;
export const HISTORY_MAX_CHARS = 2000;

export function toHistory(entries: readonly Entry[]): Turn[] {
  const turns: Turn[] = [];
  for (const entry of entries) {
    if (entry.role === "user") turns.push({ role: "user", content: entry.text });
    else if (entry.role === "assistant") turns.push({ role: "assistant", content: entry.response.answer });
  }
  return turns.slice(-HISTORY_MAX_ITEMS).map((turn) => ({ role: turn.role, content: cut(turn.content) }));
}

// Counted in UTF-16 code units (String#length), the strictest reading of "characters", and never ending
// on half a surrogate pair.
function cut(text: string): string {
  if (text.length <= HISTORY_MAX_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(HISTORY_MAX_CHARS - 1))
    ? HISTORY_MAX_CHARS - 1
    : HISTORY_MAX_CHARS;
  return text.slice(0, end);
}

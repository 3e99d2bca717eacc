import type { ChatResponse } from "../core/types.js";

// What the widget keeps per tab (sessionStorage) and renders. Error entries are shown but never sent
// to the API as history.

export type FailureCode = "network" | "timeout" | "rate_limited" | "invalid" | "server" | "interrupted";

export type Entry =
  | { role: "user"; text: string }
  | { role: "assistant"; response: ChatResponse }
  | { role: "error"; code: FailureCode };

/** GET /api/widget/config */
export interface WidgetConfig {
  clinic: { name: string; phone: string; hours: string };
  greeting: string;
  privacy: string;
  disclaimer: string;
  starters: string[];
}

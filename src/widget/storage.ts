import { parseChatResponse } from "./api.js";
import type { Entry, FailureCode } from "./types.js";

// The conversation lives in sessionStorage: it survives a reload in the same tab, ends with the tab, and
// is never sent anywhere but the endpoint. The text-size preference is not personal and goes to
// localStorage so it is remembered next time. Storage can throw (Safari private mode, sandboxed iframes,
// quota), so every access is guarded and a failure only costs persistence.

export const MAX_SAVED_ENTRIES = 200;
export const FONT_STEPS = [15, 17, 19, 22, 25] as const;
export const DEFAULT_FONT_STEP = 1;

export interface SavedState {
  entries: Entry[];
  open: boolean;
}

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const FAILURES: readonly FailureCode[] = [
  "network",
  "timeout",
  "rate_limited",
  "invalid",
  "server",
  "interrupted",
];

export function loadState(storage: StorageLike | null, key: string): SavedState {
  const empty: SavedState = { entries: [], open: false };
  const raw = read(storage, key);
  if (!raw) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (typeof value !== "object" || value === null) return empty;
  const { entries, open } = value as { entries?: unknown; open?: unknown };
  const parsed = Array.isArray(entries) ? entries.map(parseEntry).filter((entry) => entry !== null) : [];
  // A question whose answer never arrived (the page was reloaded mid-request) gets a retry prompt.
  if (parsed[parsed.length - 1]?.role === "user") parsed.push({ role: "error", code: "interrupted" });
  return { entries: parsed.slice(-MAX_SAVED_ENTRIES), open: open === true };
}

export function saveState(storage: StorageLike | null, key: string, state: SavedState): void {
  const entries = state.entries.slice(-MAX_SAVED_ENTRIES);
  write(storage, key, entries.length || state.open ? JSON.stringify({ entries, open: state.open }) : null);
}

export function loadFontStep(storage: StorageLike | null, key: string): number {
  const step = Number(read(storage, key) ?? DEFAULT_FONT_STEP);
  return Number.isInteger(step) && step >= 0 && step < FONT_STEPS.length ? step : DEFAULT_FONT_STEP;
}

export function saveFontStep(storage: StorageLike | null, key: string, step: number): void {
  write(storage, key, String(step));
}

function parseEntry(value: unknown): Entry | null {
  if (typeof value !== "object" || value === null) return null;
  const entry = value as Record<string, unknown>;
  if (entry.role === "user" && typeof entry.text === "string") return { role: "user", text: entry.text };
  if (entry.role === "assistant") {
    const response = parseChatResponse(entry.response);
    return response ? { role: "assistant", response } : null;
  }
  if (entry.role === "error" && FAILURES.includes(entry.code as FailureCode)) {
    return { role: "error", code: entry.code as FailureCode };
  }
  return null;
}

function read(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Quota or privacy mode: the conversation still works, it just won't survive a reload.
  }
}

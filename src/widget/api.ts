import type { ChatKind, ChatResponse, Citation, Turn } from "../core/types.js";
import type { FailureCode, WidgetConfig } from "./types.js";

// The widget's only network traffic: GET {endpoint}/api/widget/config and POST {endpoint}/api/chat.
// No cookies and no Referer (the host page's URL can say more about a patient than they meant to share).

export const CHAT_TIMEOUT_MS = 20_000;

export type ChatResult = { ok: true; response: ChatResponse } | { ok: false; code: FailureCode };

type Fetch = typeof fetch;

const KINDS: readonly ChatKind[] = ["emergency", "urgent", "answer", "no_answer", "out_of_scope"];

const requestInit = { credentials: "omit", referrerPolicy: "no-referrer", mode: "cors" } as const;

export async function postChat(
  endpoint: string,
  body: { message: string; history: Turn[] },
  options: { fetch?: Fetch; timeoutMs?: number } = {},
): Promise<ChatResult> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? CHAT_TIMEOUT_MS);
  try {
    const response = await doFetch(`${endpoint}/api/chat`, {
      ...requestInit,
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (response.status === 429) return { ok: false, code: "rate_limited" };
    if (response.status >= 400 && response.status < 500) return { ok: false, code: "invalid" };
    if (!response.ok) return { ok: false, code: "server" };
    const parsed = parseChatResponse(await response.json().catch(() => null));
    return parsed ? { ok: true, response: parsed } : { ok: false, code: "server" };
  } catch {
    // fetch rejects with TypeError when the network fails and with AbortError when our timer fired.
    return { ok: false, code: timedOut ? "timeout" : "network" };
  } finally {
    clearTimeout(timer);
  }
}

export async function getConfig(endpoint: string, doFetch: Fetch = fetch): Promise<WidgetConfig | null> {
  try {
    const response = await doFetch(`${endpoint}/api/widget/config`, requestInit);
    if (!response.ok) return null;
    return parseWidgetConfig(await response.json());
  } catch {
    return null;
  }
}

const isString = (value: unknown): value is string => typeof value === "string";
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isCitation(value: unknown): value is Citation {
  return isRecord(value) && isString(value.id) && isStringArray(value.path) && isString(value.quote);
}

/** Accepts only the contract's shape, so a broken or hostile response can never reach the renderer. */
export function parseChatResponse(value: unknown): ChatResponse | null {
  if (!isRecord(value)) return null;
  const { kind, answer, citations = [], suggestions = [] } = value;
  if (!KINDS.includes(kind as ChatKind) || !isString(answer)) return null;
  if (!Array.isArray(citations) || !citations.every(isCitation) || !isStringArray(suggestions)) return null;
  return {
    kind: kind as ChatKind,
    answer,
    citations: citations.map(({ id, path, quote, under_review }) => ({
      id,
      path,
      quote,
      ...(under_review === true ? { under_review } : {}),
    })),
    suggestions,
  };
}

export function parseWidgetConfig(value: unknown): WidgetConfig | null {
  if (!isRecord(value) || !isRecord(value.clinic)) return null;
  const { name, phone, hours } = value.clinic;
  const { greeting, privacy, disclaimer, starters } = value;
  if (![name, phone, hours, greeting, privacy, disclaimer].every(isString) || !isStringArray(starters))
    return null;
  return {
    clinic: { name: name as string, phone: phone as string, hours: hours as string },
    greeting: greeting as string,
    privacy: privacy as string,
    disclaimer: disclaimer as string,
    starters,
  };
}

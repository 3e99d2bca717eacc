// Shared fakes for the unit tests in this folder (not imported by production code).
import type { AppServices } from "../app/app.js";
import { parseConfig } from "../config/config.js";
import { PROMPT_NAMES, type Prompts } from "../core/prompts/prompts.js";
import type { ChatInput } from "../core/services.js";
import { MemoryStore } from "../core/store/memory-store.js";
import type { ChatResponse } from "../core/types.js";
import type { LogEntry } from "./log.js";

export const SECRET = "unit-test-secret";

export function fakePrompts(): Prompts {
  const prompts = Object.fromEntries(PROMPT_NAMES.map((name) => [name, `〈${name}〉`])) as Prompts;
  prompts.starters = "どんな病気ですか?\n遺伝しますか?";
  return prompts;
}

export interface RecordedCall {
  url: string;
  body: Record<string, unknown>;
  headers: Headers;
}

/** A fetch stand-in that records LINE API calls and answers with the given status. */
export function recordingFetch(status = 200, requestId = "req-1") {
  const calls: RecordedCall[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: String(input),
      body: JSON.parse(String(init?.body ?? "{}")),
      headers: new Headers(init?.headers),
    });
    return new Response(status === 200 ? "{}" : '{"message":"error"}', {
      status,
      headers: { "x-line-request-id": requestId },
    });
  }) as typeof fetch;
  return { calls, fetchFn };
}

export function fakeServices(answer: (input: ChatInput) => ChatResponse, env: Record<string, string> = {}) {
  const chatInputs: ChatInput[] = [];
  const services: AppServices = {
    config: parseConfig({
      LINE_CHANNEL_SECRET: SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: "unit-test-token",
      LINE_API_BASE_URL: "http://line.test",
      CLINIC_PHONE: "03-1234-5678",
      ...env,
    }),
    search: { search: () => [], getPassage: () => undefined, version: "test", passageCount: 0 },
    chat: {
      async chat(input) {
        chatInputs.push(structuredClone(input));
        return answer(input);
      },
    },
    store: new MemoryStore(),
    prompts: fakePrompts(),
    widgetScript: "",
    licenses: "",
  };
  return { services, chatInputs };
}

export function collectLogs() {
  const entries: LogEntry[] = [];
  return { entries, log: (entry: LogEntry) => entries.push(entry) };
}

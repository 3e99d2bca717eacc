import type { ChatResponse, Passage, SearchHit, Turn } from "./types.js";

// The seams between the HTTP surfaces (API, LINE, widget, eval) and the pure pipeline. Adapters build
// these once per process / isolate and inject them into the app.

export interface ChatInput {
  message: string;
  history: Turn[];
}

export interface ChatService {
  chat(input: ChatInput): Promise<ChatResponse>;
}

export interface SearchService {
  /** Best first. `k` is already validated (1–50); `context` is a follow-up's previous question. */
  search(query: string, k: number, context?: string): SearchHit[];
  getPassage(id: string): Passage | undefined;
  /** Corpus/index version for /api/health (a content hash). */
  readonly version: string;
  readonly passageCount: number;
}

/** A small key-value store with expiry: Workers KV in production, an in-memory map on Node and in tests. */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Schedules work that outlives the response (executionCtx.waitUntil on Workers). */
export type WaitUntil = (promise: Promise<unknown>) => void;

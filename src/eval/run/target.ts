// What the runner talks to: the pipeline in-process, or a running server over HTTP (CONTRACT.md).
// Web-standard fetch only. A server that cannot be reached aborts the run (RunnerError → exit 1);
// a bad reply to one question is that item's error.
import type { ChatInput, ChatService } from "../../core/services.js";
import type { ChatResponse, SearchHit } from "../../core/types.js";

export interface Timed<T> {
  value: T;
  /** The call that produced the value, without time spent waiting out rate limits. */
  ms: number;
}

export interface EvalTarget {
  readonly label: string;
  chat(input: ChatInput): Promise<Timed<ChatResponse>>;
  /** `context`: a follow-up's previous question (GET /api/search?context=…). */
  search(query: string, k: number, context?: string): Promise<SearchHit[]>;
}

/** Aborts the whole run: the runner cannot go on (exit code 1). */
export class RunnerError extends Error {
  override name = "RunnerError";
}

export interface InProcessServices {
  chat: ChatService;
  search: { search(query: string, k: number, context?: string): SearchHit[] };
}

export function inProcessTarget(services: InProcessServices): EvalTarget {
  return {
    label: "in-process",
    async chat(input) {
      const started = performance.now();
      const value = await services.chat.chat(input);
      return { value, ms: performance.now() - started };
    },
    search: async (query, k, context) => services.search.search(query, k, context),
  };
}

export interface HttpOptions {
  fetch?: typeof fetch;
  /** Retries after 429 rate_limited (the server limits per client). */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told before each wait, so a long pause in a CI log has a reason next to it. */
  onRateLimited?: (waitMs: number) => void;
}

/** The longest Retry-After honoured; the server's window is a minute (RATE_LIMIT_PER_MINUTE). */
const MAX_WAIT_MS = 120_000;

const KINDS = new Set(["emergency", "urgent", "answer", "no_answer", "out_of_scope"]);

function isChatResponse(v: unknown): v is ChatResponse {
  const r = v as Partial<ChatResponse> | null;
  return (
    typeof r === "object" &&
    r !== null &&
    KINDS.has(r.kind as string) &&
    typeof r.answer === "string" &&
    Array.isArray(r.citations) &&
    r.citations.every((c) => typeof c?.id === "string" && typeof c?.quote === "string")
  );
}

export function httpTarget(
  baseUrl: string,
  options: HttpOptions = {},
): EvalTarget & { health(): Promise<void> } {
  const base = baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function request(path: string, init?: RequestInit): Promise<Timed<unknown>> {
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      const started = performance.now();
      try {
        res = await doFetch(`${base}${path}`, init);
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
        throw new RunnerError(
          `server unreachable at ${base} (${cause}); start it with npm start or check --url`,
        );
      }
      if (res.status === 429 && attempt < retries) {
        const seconds = Number(res.headers.get("retry-after"));
        const waitMs = Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000, MAX_WAIT_MS);
        options.onRateLimited?.(waitMs);
        await sleep(waitMs);
        continue;
      }
      const text = await res.text();
      const ms = performance.now() - started;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`HTTP ${res.status} from ${path.split("?")[0]}: not JSON`);
      }
      if (!res.ok) {
        const code = (body as { error?: { code?: string } })?.error?.code ?? "unknown";
        throw new Error(`HTTP ${res.status} ${code} from ${path.split("?")[0]}`);
      }
      return { value: body, ms };
    }
  }

  return {
    label: base,
    async health() {
      await request("/api/health");
    },
    async chat(input) {
      const { value: body, ms } = await request("/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          message: input.message,
          ...(input.history.length ? { history: input.history } : {}),
        }),
      });
      if (!isChatResponse(body)) throw new Error("reply from /api/chat is not a chat response");
      return { value: body, ms };
    },
    async search(query, k, context) {
      const extra = context ? `&context=${encodeURIComponent(context)}` : "";
      const { value } = await request(`/api/search?q=${encodeURIComponent(query)}&k=${k}${extra}`);
      const body = value as { results?: unknown };
      if (!Array.isArray(body?.results)) throw new Error("reply from /api/search has no results array");
      return body.results as SearchHit[];
    },
  };
}

import type { Logger } from "./log.js";
import type { Message } from "./types.js";

// The two Messaging API calls this bot makes. Failures are logged (endpoint, status, x-line-request-id;
// never the body, which holds the patient's conversation) and reported as `false`, never thrown.
// Nothing is retried: a reply token is single-use and short-lived, and a retried reply after a 5xx
// could be a duplicate (https://developers.line.biz/en/docs/messaging-api/retrying-api-request/).

const REQUEST_TIMEOUT_MS = 10_000;

export interface LineClientOptions {
  baseUrl: string;
  accessToken: string;
  log: Logger;
  fetch?: typeof fetch;
}

export class LineClient {
  constructor(private readonly options: LineClientOptions) {}

  /** POST /v2/bot/message/reply: 1–5 messages, once per reply token. */
  reply(replyToken: string, messages: Message[]): Promise<boolean> {
    return this.post("/v2/bot/message/reply", { replyToken, messages });
  }

  /** POST /v2/bot/chat/loading/start: one-to-one chats only; seconds 5–60, a multiple of 5. */
  showLoading(chatId: string, loadingSeconds: number): Promise<boolean> {
    return this.post("/v2/bot/chat/loading/start", { chatId, loadingSeconds });
  }

  private async post(endpoint: string, body: unknown): Promise<boolean> {
    const doFetch = this.options.fetch ?? fetch;
    try {
      const response = await doFetch(this.options.baseUrl + endpoint, {
        method: "POST",
        headers: {
          authorization: `Bearer ${this.options.accessToken}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      // Drain the body so the connection can be reused; its content is not logged.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return true;
      this.options.log({
        level: response.status >= 500 || response.status === 429 ? "error" : "warn",
        event: "line_api_error",
        endpoint,
        status: response.status,
        requestId: response.headers.get("x-line-request-id"),
      });
      return false;
    } catch (err) {
      this.options.log({
        level: "error",
        event: "line_api_unreachable",
        endpoint,
        error: err instanceof Error ? err.name : "unknown",
      });
      return false;
    }
  }
}

import type { Context } from "hono";
import { Hono } from "hono";
import type { AppServices } from "../app/app.js";
import { AppError } from "../app/errors.js";
import { handleEvents } from "./handle-events.js";
import { MAX_WEBHOOK_BODY_BYTES } from "./limits.js";
import { LineClient } from "./line-client.js";
import { consoleLogger, type Logger } from "./log.js";
import { verifySignature } from "./signature.js";
import type { WebhookEvent } from "./types.js";

// POST /webhooks/line (https://developers.line.biz/en/docs/messaging-api/receiving-messages/):
// check the configuration, verify x-line-signature over the raw bytes, answer 200 at once, and do the
// work after the response (waitUntil), because LINE suspends webhooks that keep failing or timing out.

/** Runs `work` after the response: executionCtx.waitUntil on Workers, the adapter's waitUntil on Node. */
function runInBackground(c: Context, services: AppServices, work: Promise<void>, log: Logger): void {
  let ctx: { waitUntil(promise: Promise<unknown>): void } | undefined;
  try {
    ctx = c.executionCtx; // Hono throws when there is no ExecutionContext (Node)
  } catch {
    ctx = undefined;
  }
  if (ctx) ctx.waitUntil(work);
  else if (services.waitUntil) services.waitUntil(work);
  else work.catch(() => log({ level: "error", event: "line_background_failed" }));
}

function parseEvents(body: Uint8Array): WebhookEvent[] {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new AppError("invalid_json", "The webhook body is not valid JSON.");
  }
  const events = (payload as { events?: unknown } | null)?.events;
  if (!Array.isArray(events))
    throw new AppError("invalid_request", "The webhook body has no events array.", "events");
  return events.filter((event): event is WebhookEvent => !!event && typeof event === "object");
}

export function createLineRoutes(services: AppServices, options: { log?: Logger } = {}): Hono {
  const log = options.log ?? consoleLogger;
  const app = new Hono();

  app.post("/", async (c) => {
    const { LINE_CHANNEL_SECRET: secret, LINE_CHANNEL_ACCESS_TOKEN: accessToken } = services.config;
    if (!secret || !accessToken) {
      throw new AppError(
        "not_configured",
        "The LINE webhook is not configured: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN.",
      );
    }
    const declared = Number(c.req.header("content-length") ?? 0);
    if (declared > MAX_WEBHOOK_BODY_BYTES)
      throw new AppError("payload_too_large", "The webhook body is too large.");
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > MAX_WEBHOOK_BODY_BYTES) {
      throw new AppError("payload_too_large", "The webhook body is too large.");
    }
    if (!(await verifySignature(secret, body, c.req.header("x-line-signature")))) {
      throw new AppError("unauthorized", "Missing or invalid x-line-signature.");
    }
    const events = parseEvents(body);

    const client = new LineClient({ baseUrl: services.config.LINE_API_BASE_URL, accessToken, log });
    const deps = { chat: services.chat, store: services.store, client, reply: services, log };
    // An empty events array is LINE's "Verify" button in the console: answer 200, do nothing.
    if (events.length > 0) runInBackground(c, services, handleEvents(events, deps), log);
    return c.json({ status: "ok" });
  });

  return app;
}

import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { AppServices } from "../app.js";
import { AppError } from "../errors.js";

// POST /api/chat and GET /api/search, per ../shared/CONTRACT.md. Validation errors name the field.

export const LIMITS = {
  messageChars: 1000,
  historyItems: 20,
  historyContentChars: 2000,
  queryChars: 500,
  maxK: 50,
  /** Largest legal request (20 × 2000 + 1000 characters) JSON-escaped at 6 bytes each, with room. */
  bodyBytes: 300 * 1024,
} as const;

/** A required string, trimmed, then checked non-empty and at most `max` characters (messages name the field). */
function trimmedText(field: string, typeError: string, max: number) {
  return z
    .string({ error: typeError })
    .transform((s) => s.trim())
    .pipe(
      z.string().min(1, `${field} must not be empty`).max(max, `${field} must be at most ${max} characters`),
    );
}

const chatRequest = z.object({
  message: trimmedText("message", "message must be a string", LIMITS.messageChars),
  history: z
    .array(
      z.object({
        role: z.enum(["user", "assistant"], { error: "role must be 'user' or 'assistant'" }),
        content: z
          .string({ error: "content must be a string" })
          .max(
            LIMITS.historyContentChars,
            `content must be at most ${LIMITS.historyContentChars} characters`,
          ),
      }),
      { error: "history must be an array" },
    )
    .max(LIMITS.historyItems, `history must have at most ${LIMITS.historyItems} items`)
    .default([]),
});

const searchQuery = z.object({
  q: trimmedText("q", "q is required", LIMITS.queryChars),
  context: z
    .string()
    .max(LIMITS.historyContentChars, `context must be at most ${LIMITS.historyContentChars} characters`)
    .optional(),
  k: z.coerce
    .number({ error: "k must be a number" })
    .int("k must be an integer")
    .min(1, "k must be at least 1")
    .max(LIMITS.maxK, `k must be at most ${LIMITS.maxK}`)
    .default(5),
});

function invalid(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || undefined;
  return new AppError("invalid_request", issue?.message ?? "invalid request", field);
}

function tooLarge(): never {
  throw new AppError("payload_too_large", `Request body must be at most ${LIMITS.bodyBytes} bytes.`);
}
const streamingLimit = bodyLimit({ maxSize: LIMITS.bodyBytes, onError: tooLarge });

/**
 * A declared Content-Length is checked without touching the body; only a chunked body is counted as
 * it streams (Hono's bodyLimit). Hono's middleware reads `request.body` first, which on Node makes
 * @hono/node-server build a full web Request and lose its direct read of the socket: a fifth of the
 * server's time under load.
 */
const limitBody: MiddlewareHandler = async (c, next) => {
  const length = c.req.header("content-length");
  if (length === undefined || c.req.header("transfer-encoding") !== undefined) return streamingLimit(c, next);
  if (Number.parseInt(length, 10) > LIMITS.bodyBytes) tooLarge();
  await next();
};

export function createApiRoutes(services: AppServices): Hono {
  const api = new Hono();

  api.post("/chat", limitBody, async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new AppError("unsupported_media_type", "Content-Type must be application/json.");
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw new AppError("invalid_json", "The request body is not valid JSON.");
    }
    const parsed = chatRequest.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error);
    return c.json(await services.chat.chat(parsed.data));
  });

  // The contract's methods only; anything else on a known path is 405, not 404.
  api.on(["GET", "PUT", "PATCH", "DELETE"], "/chat", () => {
    throw new AppError("method_not_allowed", "Use POST for /api/chat.");
  });
  api.on(["POST", "PUT", "PATCH", "DELETE"], "/search", () => {
    throw new AppError("method_not_allowed", "Use GET for /api/search.");
  });

  api.get("/search", (c) => {
    const parsed = searchQuery.safeParse({
      q: c.req.query("q"),
      k: c.req.query("k") ?? undefined,
      context: c.req.query("context") ?? undefined,
    });
    if (!parsed.success) throw invalid(parsed.error);
    const { q, k, context } = parsed.data;
    return c.json({ results: services.search.search(q, k, context || undefined) });
  });

  return api;
}

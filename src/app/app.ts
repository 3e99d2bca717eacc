import { type Context, Hono } from "hono";
import type { Config } from "../config/config.js";
import type { Prompts } from "../core/prompts/prompts.js";
import type { ChatService, KeyValueStore, SearchService, WaitUntil } from "../core/services.js";
import { createLineRoutes } from "../line/route.js";
import { AppError } from "./errors.js";
import { type RateLimiter, rateLimit } from "./rate-limit.js";
import { createApiRoutes } from "./routes/api.js";
import { createSiteRoutes } from "./routes/site.js";
import { cors, securityHeaders } from "./security.js";

export interface AppServices {
  config: Config;
  search: SearchService;
  chat: ChatService;
  /** Per-user state for LINE (history, de-duplication). */
  store: KeyValueStore;
  /** Fixed patient-facing texts, rendered with the clinic's config. */
  prompts: Prompts;
  /** The bundled widget script served at /widget.js. */
  widgetScript: string;
  /** Third-party notices (the dictionary's NAIST licence among them), served at /licenses.txt. */
  licenses: string;
  /** Background work outside a Workers request (Node); on Workers, c.executionCtx.waitUntil is used. */
  waitUntil?: WaitUntil;
}

export interface AppOptions {
  rateLimiter: RateLimiter;
  /** Identifies the client for rate limiting (the adapter knows where the address comes from). */
  clientKey: (c: Context) => string;
}

export function createApp(services: AppServices, options: AppOptions): Hono {
  const app = new Hono();
  app.use("*", securityHeaders(services.config));
  app.use("/api/*", cors(services.config));

  app.get("/api/health", (c) =>
    c.json({
      status: "ok",
      corpusVersion: services.search.version,
      passages: services.search.passageCount,
    }),
  );

  app.use("/api/chat", rateLimit(options.rateLimiter, options.clientKey));
  app.use("/api/search", rateLimit(options.rateLimiter, options.clientKey));
  app.route("/api", createApiRoutes(services));
  app.route("/webhooks/line", createLineRoutes(services));
  app.get("/licenses.txt", (c) => {
    c.header("Content-Type", "text/plain; charset=utf-8");
    return c.body(services.licenses);
  });
  app.route("/", createSiteRoutes(services));

  app.notFound((c) => c.json(new AppError("not_found", "Not found.").toBody(), 404));

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(err.toBody(), err.status);
    // Never a stack trace or the request body in logs or responses.
    console.error(JSON.stringify({ level: "error", event: "unhandled", name: err.name }));
    return c.json(new AppError("internal_error", "An internal error occurred.").toBody(), 500);
  });

  return app;
}

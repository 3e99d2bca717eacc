import { Hono } from "hono";
import type { Config } from "../config/config.js";
import type { Prompts } from "../core/prompts/prompts.js";
import type { ChatService, KeyValueStore, SearchService, WaitUntil } from "../core/services.js";
import { AppError } from "./errors.js";

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
  /** Background work outside a Workers request (Node); on Workers, c.executionCtx.waitUntil is used. */
  waitUntil?: WaitUntil;
}

export function createApp(services: AppServices): Hono {
  const app = new Hono();

  app.get("/api/health", (c) =>
    c.json({
      status: "ok",
      corpusVersion: services.search.version,
      passages: services.search.passageCount,
    }),
  );

  app.notFound(() => {
    throw new AppError("not_found", "Not found.");
  });

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(err.toBody(), err.status);
    // Never a stack trace or the request body in logs or responses.
    console.error(JSON.stringify({ level: "error", event: "unhandled", name: err.name, message: err.message }));
    const internal = new AppError("internal_error", "An internal error occurred.");
    return c.json(internal.toBody(), 500);
  });

  return app;
}

import { Hono } from "hono";
import { promptLines } from "../../core/prompts/prompts.js";
import type { AppServices } from "../app.js";
import { AppError } from "../errors.js";
import { demoPageCsp } from "../security.js";
import { DEMO_CSS, demoPage } from "./site-demo.js";

// GET / (demo clinic page), GET /demo.css, GET /widget.js (the embeddable widget) and
// GET /api/widget/config (the texts the widget shows on first open).

export function createSiteRoutes(services: AppServices): Hono {
  const { config, prompts, widgetScript } = services;
  const app = new Hono();
  const widgetEtag = `"${fnv1a(widgetScript)}"`;
  const widgetConfig = {
    clinic: { name: config.CLINIC_NAME, phone: config.CLINIC_PHONE, hours: config.CLINIC_HOURS },
    greeting: prompts.greeting,
    privacy: prompts.privacy,
    disclaimer: prompts.disclaimer,
    starters: promptLines(prompts.starters),
  };

  app.get("/", (c) => {
    c.header("Content-Security-Policy", demoPageCsp(config));
    c.header("Cache-Control", "no-cache");
    return c.html(demoPage(config));
  });

  app.get("/demo.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    return c.body(DEMO_CSS);
  });

  app.get("/widget.js", (c) => {
    if (!widgetScript)
      throw new AppError("not_configured", "widget.js has not been built (scripts/build-widget.ts).");
    // Not versioned by URL (clinics paste one fixed tag), so cache briefly and revalidate by ETag.
    c.header("Cache-Control", "public, max-age=300");
    c.header("ETag", widgetEtag);
    // Clinic pages on other origins load it with <script src>; allow that even under their COEP.
    c.header("Cross-Origin-Resource-Policy", "cross-origin");
    if (c.req.header("If-None-Match") === widgetEtag) return c.body(null, 304);
    c.header("Content-Type", "text/javascript; charset=utf-8");
    return c.body(widgetScript);
  });

  app.get("/api/widget/config", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.json(widgetConfig);
  });

  return app;
}

/** A cheap content hash for the ETag (FNV-1a, 32 bit); collisions only cost a stale cache for 5 min. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}

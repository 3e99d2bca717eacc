import type { MiddlewareHandler } from "hono";
import type { Config } from "../config/config.js";

// Response hardening for every route, and CORS for /api/* limited to the clinic's ALLOWED_ORIGINS.
// Mount both on the app: app.use("*", securityHeaders(config)); app.use("/api/*", cors(config)).

/** The demo page's policy: only our own script, our own styles (the widget's shadow styles are a
 * constructable stylesheet, which style-src does not govern) and fetches to ourselves or allowed origins. */
export function demoPageCsp(config: Config): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${["'self'", ...config.ALLOWED_ORIGINS].join(" ")}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// API responses (JSON) and scripts need nothing from the page context; a route that serves HTML sets its
// own Content-Security-Policy, which is kept.
const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

const HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Page URLs can carry more than the patient meant to share; nothing here needs the Referer.
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function securityHeaders(_config: Config): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(HEADERS)) if (!headers.has(name)) headers.set(name, value);
    if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", DEFAULT_CSP);
    // HSTS only means something over HTTPS (browsers ignore it on http://localhost).
    if (new URL(c.req.url).protocol === "https:") {
      headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  };
}

/** CORS per the Fetch standard: only listed origins get Access-Control-Allow-Origin; others get no CORS
 * headers at all, so their browsers block the response. No credentials are ever allowed. */
export function cors(config: Config): MiddlewareHandler {
  const allowed = new Set(config.ALLOWED_ORIGINS);
  return async (c, next) => {
    const origin = c.req.header("Origin");
    const permitted = origin !== undefined && allowed.has(origin);
    if (c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method")) {
      const headers = new Headers({ Vary: "Origin" });
      if (permitted) {
        headers.set("Access-Control-Allow-Origin", origin);
        headers.set("Access-Control-Allow-Methods", "GET, POST");
        headers.set("Access-Control-Allow-Headers", "Content-Type");
        headers.set("Access-Control-Max-Age", "600");
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.append("Vary", "Origin");
    if (permitted) c.res.headers.set("Access-Control-Allow-Origin", origin);
  };
}

import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/config.js";
import { cors, demoPageCsp, securityHeaders } from "./security.js";

const config = parseConfig({ ALLOWED_ORIGINS: "https://clinic.example, https://other-clinic.example" });

function app(): Hono {
  const hono = new Hono();
  hono.use("*", securityHeaders(config));
  hono.use("/api/*", cors(config));
  hono.get("/api/thing", (c) => c.json({ ok: true }));
  hono.post("/api/thing", (c) => c.json({ ok: true }));
  hono.get("/page", (c) => {
    c.header("Content-Security-Policy", "default-src 'self'");
    return c.html("<p>page</p>");
  });
  return hono;
}

const preflight = (origin: string) =>
  app().request("/api/thing", {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type",
    },
  });

describe("securityHeaders", () => {
  it("sets the usual hardening headers and a deny-all CSP on API responses", async () => {
    const response = await app().request("/api/thing");
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
      "content-security-policy": expect.stringContaining("default-src 'none'"),
      "permissions-policy": expect.stringContaining("camera=()"),
    });
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("keeps a route's own Content-Security-Policy", async () => {
    const response = await app().request("/page");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
  });

  it("adds HSTS only over HTTPS", async () => {
    const response = await app().request("https://bot.example/api/thing");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });
});

describe("cors", () => {
  it("answers an allowed origin's preflight with the methods and header it may use", async () => {
    const response = await preflight("https://clinic.example");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://clinic.example");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("gives another origin's preflight no CORS headers", async () => {
    const response = await preflight("https://evil.example");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-methods")).toBeNull();
  });

  it.each([
    { origin: "https://other-clinic.example", allowed: "https://other-clinic.example" },
    { origin: "https://evil.example", allowed: null },
    { origin: "https://clinic.example.evil.example", allowed: null },
    { origin: "null", allowed: null },
  ])("a request from $origin gets Access-Control-Allow-Origin $allowed", async ({ origin, allowed }) => {
    const response = await app().request("/api/thing", { method: "POST", headers: { Origin: origin } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("leaves routes outside /api alone", async () => {
    const response = await app().request("/page", { headers: { Origin: "https://clinic.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("demoPageCsp", () => {
  it("allows only our own scripts and styles, no inline code, and connects to allowed origins", () => {
    const csp = demoPageCsp(config);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("connect-src 'self' https://clinic.example https://other-clinic.example");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

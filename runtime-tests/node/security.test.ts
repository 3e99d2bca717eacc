import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startNodeServer } from "../../src/adapters/node/server.js";

// CORS and security headers over real HTTP on the Node server (the browser suite covers the demo page).

const ALLOWED = "https://clinic.example";
let server: RunningServer;

beforeAll(async () => {
  server = await startNodeServer({
    port: 0,
    env: { RATE_LIMIT_PER_MINUTE: "1000", ALLOWED_ORIGINS: ALLOWED },
  });
});
afterAll(async () => {
  await server?.close();
});

const preflight = (origin: string) =>
  fetch(`${server.url}/api/chat`, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type",
    },
  });

const chat = (origin: string) =>
  fetch(`${server.url}/api/chat`, {
    method: "POST",
    headers: { Origin: origin, "Content-Type": "application/json" },
    body: JSON.stringify({ message: "子どもに遺伝しますか?" }),
  });

describe("cross-origin use of the API", () => {
  it("lets an allowed origin preflight and post", async () => {
    const options = await preflight(ALLOWED);
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(options.headers.get("access-control-allow-methods")).toContain("POST");
    const response = await chat(ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
  });

  it("gives any other origin no CORS headers", async () => {
    const options = await preflight("https://evil.example");
    expect(options.headers.get("access-control-allow-origin")).toBeNull();
    const response = await chat("https://evil.example");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets an allowed origin read the widget's config", async () => {
    const response = await fetch(`${server.url}/api/widget/config`, { headers: { Origin: ALLOWED } });
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    const body = (await response.json()) as { privacy: string; starters: string[] };
    expect(body.privacy).toContain("個人情報");
    expect(body.starters.length).toBeGreaterThan(0);
  });
});

describe("response headers", () => {
  it.each(["/", "/widget.js", "/api/health"])("%s carries the security headers", async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("serves the demo page with a policy that allows no inline script or style", async () => {
    const response = await fetch(server.url);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain(`connect-src 'self' ${ALLOWED}`);
    expect(csp).not.toContain("unsafe-inline");
  });
});

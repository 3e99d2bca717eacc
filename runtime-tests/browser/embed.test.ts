import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask, type Stack, startStack, widget } from "./stack.js";

// The one-tag embed on a clinic's own site, i.e. another origin. The clinic sites are tiny local HTTP
// servers on their own ports (a page on a public-looking origin could not reach the loopback API at all:
// Chromium's Local Network Access blocks that before CORS is even consulted).

let stack: Stack;
let page: Page;
const sites: Server[] = [];
let clinic = "";
let stranger = "";

async function serveClinicPage(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>clinic</title>
<script src="${stack.url}/widget.js" data-endpoint="${stack.url}" defer></script></head>
<body><h1>クリニックのページ</h1></body></html>`);
  });
  sites.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  clinic = await serveClinicPage();
  stranger = await serveClinicPage();
  stack = await startStack({ ALLOWED_ORIGINS: clinic });
});
afterAll(async () => {
  await stack?.close();
  await Promise.all(sites.map((server) => new Promise((resolve) => server.close(resolve))));
});
beforeEach(async () => {
  page = await stack.browser.newPage({ viewport: { width: 1024, height: 768 } });
});
afterEach(async () => {
  await page.close();
});

describe("embedding on a clinic's site", () => {
  it("works from an allowed origin with one script tag", async () => {
    await page.goto(`${clinic}/patients.html`);
    const w = widget(page);
    await w.launcher.click();
    await page.getByText("個人情報は入力しないでください").first().waitFor();
    const reply = await ask(page, "子どもに遺伝しますか?");
    await expect(reply.getAttribute("class")).resolves.toContain("bot");
    await expect(reply.locator(".sources details").count()).resolves.toBeGreaterThan(0);
  });

  it("is refused by the browser on an origin the clinic did not allow, and says so", async () => {
    await page.goto(`${stranger}/`);
    const w = widget(page);
    await w.launcher.click();
    const reply = await ask(page, "子どもに遺伝しますか?");
    await expect(reply.getAttribute("class")).resolves.toContain("error");
    await expect(reply.getByRole("button", { name: "再送信" }).isVisible()).resolves.toBe(true);
  });
});

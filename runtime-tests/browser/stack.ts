import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { buildWidget } from "../../scripts/build-widget.js";
import { startNodeServer } from "../../src/adapters/node/server.js";

// The real Node server (real analyzer, index, triage, composer) on a free port, and Debian's Chromium
// driven by playwright-core. No browser download: Chromium comes from apt (/usr/bin/chromium).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const REPORTS = resolve(import.meta.dirname, "../../reports");

export interface Stack {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  await buildWidget(); // the server reads generated/widget.js at start-up; make sure it is this source's
  const server = await startNodeServer({ port: 0, env: { RATE_LIMIT_PER_MINUTE: "1000", ...env } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  mkdirSync(REPORTS, { recursive: true });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageWatch {
  /** securitypolicyviolation events and console errors, collected from the first script on. */
  violations(): Promise<string[]>;
  consoleErrors: string[];
  dialogs: string[];
  requests: string[];
}

/** Records what a test must be able to assert afterwards: CSP violations, console errors, dialogs, requests. */
export async function watch(page: Page): Promise<PageWatch> {
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => requests.push(request.url()));
  // Init scripts are injected by the driver, outside the page's CSP.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    consoleErrors,
    dialogs,
    requests,
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/** Locators into the widget (Playwright's role and CSS locators pierce open shadow roots). */
export function widget(page: Page) {
  return {
    launcher: page.getByRole("button", { name: "チャットを開く" }),
    panel: page.getByRole("dialog"),
    input: page.getByRole("textbox", { name: "メッセージ" }),
    send: page.getByRole("button", { name: "送信", exact: true }),
    log: page.getByRole("log"),
    userMessages: page.locator(".msg.user"),
    botMessages: page.locator(".msg.bot"),
    errors: page.locator(".msg.error"),
    typing: page.getByRole("status").filter({ hasText: "回答を準備しています" }),
    emergency: page.locator(".banner.emergency"),
  };
}

export async function openWidget(page: Page, url: string) {
  await page.goto(url);
  const w = widget(page);
  await w.launcher.click();
  await w.panel.waitFor();
  await page.getByRole("note").filter({ hasText: "個人情報" }).first().waitFor();
  return w;
}

/** Types a message, sends it with Enter and waits for the assistant's reply (or an error). */
export async function ask(page: Page, text: string): Promise<Locator> {
  const w = widget(page);
  const replies = page.locator(".msg.bot, .msg.error");
  const before = await replies.count();
  await w.input.fill(text);
  await w.input.press("Enter");
  const reply = replies.nth(before);
  await reply.waitFor();
  return reply;
}

/** True when the element's box lies inside the viewport (not scrolled away, not clipped). */
export async function inViewport(locator: Locator, page: Page): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  );
}

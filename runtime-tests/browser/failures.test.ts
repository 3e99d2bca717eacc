import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask, openWidget, type Stack, startStack, widget } from "./stack.js";

// What a patient sees when the network or the server lets them down, and the clinic-phone banner.

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack({ CLINIC_PHONE: "03-1234-5678", CLINIC_HOURS: "平日 9:00〜17:00" });
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(async () => {
  page = await stack.browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterEach(async () => {
  await page.close();
});

describe("when sending fails", () => {
  it("explains a network failure in Japanese and sends again with 再送信", async () => {
    const w = await openWidget(page, stack.url);
    await page.route("**/api/chat", (route) => route.abort("internetdisconnected"));
    const reply = await ask(page, "どんな治療がありますか?");
    await expect(reply.textContent()).resolves.toContain("通信できませんでした");
    await expect(reply.getByRole("link", { name: "119" }).getAttribute("href")).resolves.toBe("tel:119");
    await expect(w.typing.count()).resolves.toBe(0);
    await page.unroute("**/api/chat");
    await reply.getByRole("button", { name: "再送信" }).click();
    await w.botMessages.first().waitFor();
    await expect(w.errors.count()).resolves.toBe(0);
    await expect(w.userMessages.count()).resolves.toBe(1);
  });

  it("explains a 429 and lets the patient retry later", async () => {
    const w = await openWidget(page, stack.url);
    await page.route("**/api/chat", (route) =>
      route.fulfill({
        status: 429,
        json: { error: { code: "rate_limited", message: "Too many requests." } },
      }),
    );
    const reply = await ask(page, "どんな治療がありますか?");
    await expect(reply.textContent()).resolves.toContain("待ってから");
    await expect(reply.getByRole("button", { name: "再送信" }).isVisible()).resolves.toBe(true);
    await page.unroute("**/api/chat");
    await reply.getByRole("button", { name: "再送信" }).click();
    await w.botMessages.first().waitFor();
  });

  it("offers a retry for a question whose answer was lost to a reload", async () => {
    const w = await openWidget(page, stack.url);
    await page.route("**/api/chat", () => {
      // never answered: the page is reloaded while waiting
    });
    await w.input.fill("どんな治療がありますか?");
    await w.input.press("Enter");
    await w.typing.waitFor();
    await page.reload();
    const error = widget(page).errors.first();
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain("完了していません");
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await error.getByRole("button", { name: "再送信" }).click();
    await w.botMessages.first().waitFor();
  });
});

describe("urgent advice", () => {
  it("pins the clinic's phone as a tel: link with its hours", async () => {
    await openWidget(page, stack.url);
    await ask(page, "今日になって急に手足に力が入らなくなってきました");
    const banner = page.locator(".banner.urgent");
    await banner.waitFor();
    await expect(banner.locator("a.call").getAttribute("href")).resolves.toBe("tel:0312345678");
    await expect(banner.locator("a.call").textContent()).resolves.toContain("03-1234-5678");
    await expect(banner.textContent()).resolves.toContain("平日 9:00〜17:00");
  });
});

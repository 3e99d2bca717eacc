import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask, openWidget, type PageWatch, REPORTS, type Stack, startStack, watch } from "./stack.js";

// A patient's conversation in the real browser against the real server.

let stack: Stack;
let page: Page;
let seen: PageWatch;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(async () => {
  page = await stack.browser.newPage({ viewport: { width: 1280, height: 800 } });
  seen = await watch(page);
});
afterEach(async () => {
  await page.close();
});

describe("asking the widget", () => {
  it("shows what the assistant is, the privacy warning and starter questions on first open", async () => {
    await openWidget(page, stack.url);
    await expect(
      page.getByText("氏名や連絡先などの個人情報は入力しないでください").first().isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText("主治医にご相談ください").first().isVisible()).resolves.toBe(true);
    const starters = page.getByRole("list", { name: "よくある質問" }).getByRole("button");
    expect(await starters.count()).toBeGreaterThan(0);
  });

  it("answers a starter question with citations that expand to the quote and its heading path", async () => {
    const w = await openWidget(page, stack.url);
    await page.getByRole("button", { name: "子どもに遺伝しますか?" }).click();
    const answer = w.botMessages.first();
    await answer.waitFor();
    await expect(w.typing.count()).resolves.toBe(0);
    const footnote = answer.locator(".sources details").first();
    const quote = footnote.locator("blockquote");
    await expect(quote.isVisible()).resolves.toBe(false);
    await footnote.locator("summary").click();
    await expect(quote.isVisible()).resolves.toBe(true);
    expect((await quote.textContent())?.length).toBeGreaterThan(0);
    await expect(footnote.locator(".path").textContent()).resolves.toContain(" › ");
    // The [1] marker in the text opens the same footnote.
    await expect(answer.getByRole("button", { name: "出典1" }).count()).resolves.toBeGreaterThan(0);
  });

  it("labels a source the clinic is still checking", async () => {
    await openWidget(page, stack.url);
    const answer = await ask(page, "指定難病ですか?");
    const label = answer.locator(".sources summary .review");
    await expect(label.first().textContent()).resolves.toBe("当院で確認中");
    const flagged = answer.locator(".sources details").filter({ has: page.locator(".review") });
    await flagged.first().locator("summary").click();
    await expect(flagged.first().locator("blockquote").textContent()).resolves.toContain("第232番");
    await expect(answer.textContent()).resolves.toContain("いま当院で確認しているところです");
  });

  it("offers suggestion chips after an answer and sends the first question as history with the second", async () => {
    const w = await openWidget(page, stack.url);
    const first = await ask(page, "子どもに遺伝しますか?");
    const chip = first.getByRole("list", { name: "関連する質問" }).getByRole("button").first();
    await chip.waitFor();
    const request = page.waitForRequest((r) => r.url().endsWith("/api/chat"));
    await chip.click();
    const body = (await request).postDataJSON() as {
      message: string;
      history: { role: string; content: string }[];
    };
    expect(body.message).toBe(await chip.textContent());
    expect(body.history.map((turn) => turn.role)).toEqual(["user", "assistant"]);
    expect(body.history[0]?.content).toBe("子どもに遺伝しますか?");
    await w.botMessages.nth(1).waitFor();
    // Nothing leaves for anywhere but the endpoint.
    expect(seen.requests.filter((url) => !url.startsWith(stack.url))).toEqual([]);
  });

  it("keeps HTML typed by a patient as text", async () => {
    const w = await openWidget(page, stack.url);
    await ask(page, "<img src=x onerror=alert(1)>");
    await expect(w.userMessages.last().textContent()).resolves.toContain("<img src=x onerror=alert(1)>");
    const images = await page.evaluate(
      () => document.querySelector("isaacs-chat")?.shadowRoot?.querySelectorAll("img").length,
    );
    expect(images).toBe(0);
    expect(seen.dialogs).toEqual([]);
  });

  it("pins an emergency banner with a 119 link that stays in view as the conversation goes on", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const w = await openWidget(page, stack.url);
    await ask(page, "息が苦しくて呼吸ができません");
    const banner = page.getByRole("alert");
    await banner.waitFor();
    await expect(banner.getByRole("link", { name: /119/ }).first().getAttribute("href")).resolves.toBe(
      "tel:119",
    );
    for (const question of [
      "どんな症状がありますか?",
      "どんな治療がありますか?",
      "子どもに遺伝しますか?",
      "日常生活で気をつけることは?",
    ]) {
      await ask(page, question);
    }
    const scroller = page.locator(".scroll");
    await scroller.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    const bannerBox = await banner.boundingBox();
    const panelBox = await w.panel.boundingBox();
    expect(bannerBox && panelBox).toBeTruthy();
    if (!bannerBox || !panelBox) return;
    expect(bannerBox.y).toBeGreaterThanOrEqual(panelBox.y);
    expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(panelBox.y + panelBox.height);
    const topmost = await page.evaluate(
      ({ x, y }) => {
        const root = document.querySelector("isaacs-chat")?.shadowRoot;
        return root?.elementFromPoint(x, y)?.closest(".banner")?.className ?? null;
      },
      { x: bannerBox.x + bannerBox.width / 2, y: bannerBox.y + 10 },
    );
    expect(topmost).toContain("emergency");
    await page.screenshot({ path: join(REPORTS, "widget-emergency-360.png") });
  });

  it("keeps the conversation and the open panel across a reload in the same tab", async () => {
    const w = await openWidget(page, stack.url);
    await ask(page, "どんな症状がありますか?");
    const answer = await w.botMessages.last().textContent();
    await page.reload();
    await w.panel.waitFor();
    await expect(w.userMessages.last().textContent()).resolves.toContain("どんな症状がありますか?");
    await expect(w.botMessages.last().textContent()).resolves.toBe(answer);
  });
});

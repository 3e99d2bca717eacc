import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ask, inViewport, openWidget, REPORTS, type Stack, startStack, watch, widget } from "./stack.js";

// Keyboard, IME, small screens, and the demo page's CSP, in the real browser against the real server.

let stack: Stack;
const pages: Page[] = [];

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

async function newPage(width: number, height: number): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height } });
  pages.push(page);
  return page;
}

/** The element focused inside the widget's shadow root, described by its role-ish text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? null;
    if (!inner) return active?.tagName.toLowerCase() ?? null;
    return inner.getAttribute("aria-label") ?? inner.textContent?.trim() ?? inner.tagName.toLowerCase();
  });

describe("typing", () => {
  it("does not send when Enter confirms an IME conversion, and sends on a plain Enter", async () => {
    const page = await newPage(1280, 800);
    const w = await openWidget(page, stack.url);
    await w.input.fill("いでん");
    // Chrome/Firefox mark the confirming Enter with isComposing; Safari sends keyCode 229 instead.
    for (const init of [{ isComposing: true }, { keyCode: 229 }]) {
      await w.input.evaluate((element, extra) => {
        const event = new KeyboardEvent("keydown", {
          key: "Enter",
          code: "Enter",
          bubbles: true,
          cancelable: true,
          ...extra,
        });
        if ("keyCode" in extra) Object.defineProperty(event, "keyCode", { value: extra.keyCode });
        element.dispatchEvent(event);
      }, init);
    }
    await page.waitForTimeout(300);
    await expect(w.userMessages.count()).resolves.toBe(0);
    await expect(w.input.inputValue()).resolves.toBe("いでん");
    await w.input.press("Enter");
    await w.userMessages.first().waitFor();
    await expect(w.input.inputValue()).resolves.toBe("");
  });

  it("does not send while a real IME composition is open (CDP Input.imeSetComposition)", async () => {
    const page = await newPage(1280, 800);
    const w = await openWidget(page, stack.url);
    await w.input.focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "いでん", selectionStart: 3, selectionEnd: 3 });
    await w.input.evaluate((element) => {
      element.addEventListener("keydown", (event) => {
        element.dataset.sawComposingEnter = String((event as KeyboardEvent).isComposing);
      });
    });
    await cdp.send("Input.dispatchKeyEvent", {
      type: "keyDown",
      key: "Enter",
      code: "Enter",
      windowsVirtualKeyCode: 229,
    });
    await expect(w.input.getAttribute("data-saw-composing-enter")).resolves.toBe("true");
    await cdp.send("Input.insertText", { text: "遺伝" });
    await page.waitForTimeout(300);
    await expect(w.userMessages.count()).resolves.toBe(0);
    await expect(w.input.inputValue()).resolves.toBe("遺伝");
  });

  it("makes a new line with Shift+Enter", async () => {
    const page = await newPage(1280, 800);
    const w = await openWidget(page, stack.url);
    await w.input.type("一行目");
    await w.input.press("Shift+Enter");
    await w.input.type("二行目");
    await expect(w.input.inputValue()).resolves.toBe("一行目\n二行目");
    await expect(w.userMessages.count()).resolves.toBe(0);
  });

  it("can be used with the keyboard alone: Tab to the launcher, Enter, type, Enter, Escape", async () => {
    const page = await newPage(1280, 800);
    await page.goto(stack.url);
    const w = widget(page);
    for (let i = 0; i < 15 && (await focused(page)) !== "チャットを開く"; i++)
      await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("チャットを開く");
    await page.keyboard.press("Enter");
    await w.panel.waitFor();
    expect(await focused(page)).toBe("メッセージ");
    await page.keyboard.type("どんな症状がありますか?");
    await page.keyboard.press("Enter");
    await w.botMessages.first().waitFor();
    expect(await focused(page)).toBe("メッセージ");
    await page.keyboard.press("Escape");
    await expect(w.panel.isHidden()).resolves.toBe(true);
    expect(await focused(page)).toBe("チャットを開く");
  });

  it("changes and remembers the text size with A− / A+", async () => {
    const page = await newPage(1280, 800);
    const w = await openWidget(page, stack.url);
    const size = () =>
      w.input.evaluate((element) => getComputedStyle(element.closest(".root") as Element).fontSize);
    const before = await size();
    await page.getByRole("button", { name: "文字を大きくする" }).click();
    const larger = await size();
    expect(Number.parseFloat(larger)).toBeGreaterThan(Number.parseFloat(before));
    await page.reload();
    await w.panel.waitFor();
    expect(await size()).toBe(larger);
  });
});

describe("layout and page security", () => {
  it("fits a 320 px phone: full-screen panel, no horizontal scroll, send button visible", async () => {
    const page = await newPage(320, 640);
    const w = await openWidget(page, stack.url);
    await ask(page, "子どもに遺伝しますか?");
    const overflow = await page.evaluate(() => {
      const scroller = document.querySelector("isaacs-chat")?.shadowRoot?.querySelector(".scroll");
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        panel: scroller ? scroller.scrollWidth - scroller.clientWidth : -1,
      };
    });
    expect(overflow).toEqual({ page: 0, panel: 0 });
    expect(await w.panel.boundingBox()).toMatchObject({ x: 0, y: 0, width: 320, height: 640 });
    expect(await inViewport(w.send, page)).toBe(true);
    expect(await inViewport(w.input, page)).toBe(true);
    await page.screenshot({ path: join(REPORTS, "widget-320.png") });
  });

  it("opens as a floating panel on a desktop screen", async () => {
    const page = await newPage(1280, 800);
    const w = await openWidget(page, stack.url);
    await ask(page, "子どもに遺伝しますか?");
    await w.botMessages.first().locator(".sources summary").first().click();
    const box = await w.panel.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(440);
    expect(await inViewport(w.panel, page)).toBe(true);
    await page.screenshot({ path: join(REPORTS, "widget-desktop.png") });
  });

  it("is not restyled by a host page's aggressive CSS", async () => {
    const page = await newPage(1280, 800);
    await page.route("**/demo.css", async (route) => {
      const response = await route.fetch();
      const hostile =
        "*{color:red!important;font-size:40px!important;letter-spacing:1em}button{background:yellow!important}";
      await route.fulfill({ response, body: `${await response.text()}\n${hostile}` });
    });
    const w = await openWidget(page, stack.url);
    const styles = await w.send.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color, letterSpacing: style.letterSpacing };
    });
    expect(styles).toEqual({
      background: "rgb(11, 83, 148)",
      color: "rgb(255, 255, 255)",
      letterSpacing: "normal",
    });
    const fontSize = await w.input.evaluate((element) => getComputedStyle(element).fontSize);
    expect(fontSize).toBe("17px");
  });

  it("serves the demo page with a strict CSP that the widget never violates", async () => {
    const page = await newPage(1280, 800);
    const seen = await watch(page);
    const response = await page.goto(stack.url);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
    const w = widget(page);
    await w.launcher.click();
    await ask(page, "子どもに遺伝しますか?");
    // The shadow styles really apply (a blocked stylesheet would leave the send button unstyled).
    const sendColor = await w.send.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(sendColor).toBe("rgb(11, 83, 148)");
    expect(await seen.violations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
  });
});

import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config/config.js";
import type { Prompts } from "../../core/prompts/prompts.js";
import type { AppServices } from "../app.js";
import { AppError } from "../errors.js";
import { createSiteRoutes } from "./site.js";

const config = parseConfig({
  CLINIC_NAME: "みどり<b>クリニック</b>",
  CLINIC_PHONE: "03-1111-2222",
  CLINIC_HOURS: "平日 9:00〜17:00",
});
const prompts = {
  greeting: "こんにちは。",
  privacy: "氏名や連絡先などの個人情報は入力しないでください。",
  disclaimer: "一般的な情報です。",
  starters: "遺伝しますか?\n\n 治療は? \n",
} as Prompts;

function routes(widgetScript = "console.log('widget')") {
  return createSiteRoutes({ config, prompts, widgetScript } as AppServices);
}

describe("site routes", () => {
  it("serves the demo page with the widget tag, a strict CSP and the clinic name escaped", async () => {
    const response = await routes().request("/");
    const body = await response.text();
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(body).toContain('<script src="/widget.js" defer></script>');
    expect(body).toContain("みどり&lt;b&gt;クリニック&lt;/b&gt;");
    expect(body).not.toContain("<b>");
    expect(body).not.toMatch(/<script>|<style>|\sstyle=|\son\w+=/);
  });

  it("serves the demo stylesheet as CSS", async () => {
    const response = await routes().request("/demo.css");
    expect(response.headers.get("content-type")).toContain("text/css");
  });

  it("serves widget.js as JavaScript with an ETag and answers a matching revalidation with 304", async () => {
    const first = await routes().request("/widget.js");
    expect(first.headers.get("content-type")).toContain("text/javascript");
    expect(await first.text()).toBe("console.log('widget')");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await routes().request("/widget.js", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("refuses to serve an unbuilt widget with a not_configured error", async () => {
    const app = new Hono().route("/", routes(""));
    app.onError((err, c) =>
      err instanceof AppError ? c.json(err.toBody(), err.status) : c.text("unexpected", 500),
    );
    const response = await app.request("/widget.js");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "not_configured" } });
  });

  it("gives the widget the clinic's details and the first-open texts", async () => {
    const response = await routes().request("/api/widget/config");
    expect(await response.json()).toEqual({
      clinic: { name: "みどり<b>クリニック</b>", phone: "03-1111-2222", hours: "平日 9:00〜17:00" },
      greeting: "こんにちは。",
      privacy: "氏名や連絡先などの個人情報は入力しないでください。",
      disclaimer: "一般的な情報です。",
      starters: ["遺伝しますか?", "治療は?"],
    });
  });
});

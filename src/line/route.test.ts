import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../app/errors.js";
import type { ChatResponse } from "../core/types.js";
import { createLineRoutes } from "./route.js";
import { signBody } from "./signature.js";
import { collectLogs, fakeServices, recordingFetch, SECRET } from "./test-support.js";

const answer: ChatResponse = { kind: "answer", answer: "遺伝しません[1]。", citations: [], suggestions: [] };

// The route mounted as the lead mounts it, with the app's single AppError → HTTP mapping.
function mount(env: Record<string, string> = {}) {
  const { services, chatInputs } = fakeServices(() => answer, env);
  const background: Promise<unknown>[] = [];
  services.waitUntil = (promise) => background.push(promise);
  const logs = collectLogs();
  const app = new Hono()
    .route("/webhooks/line", createLineRoutes(services, { log: logs.log }))
    .onError((err, c) => (err instanceof AppError ? c.json(err.toBody(), err.status) : c.text("boom", 500)));
  return { app, chatInputs, background, logs };
}

const body = JSON.stringify({
  destination: "U00000000000000000000000000000000",
  events: [
    {
      type: "message",
      mode: "active",
      timestamp: 1,
      webhookEventId: "01HEVENT0000000000000000001",
      deliveryContext: { isRedelivery: false },
      source: { type: "user", userId: "U1" },
      replyToken: "r1",
      message: { type: "text", id: "1", text: "遺伝しますか?", quoteToken: "q" },
    },
  ],
});

async function post(app: Hono, payload: string, signature?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== undefined) headers["x-line-signature"] = signature;
  return app.request("/webhooks/line", { method: "POST", body: payload, headers });
}

afterEach(() => vi.unstubAllGlobals());

describe("POST /webhooks/line", () => {
  it("answers 200 at once and replies in the background", async () => {
    const { fetchFn, calls } = recordingFetch();
    vi.stubGlobal("fetch", fetchFn);
    const { app, background, chatInputs } = mount();
    const response = await post(app, body, await signBody(SECRET, new TextEncoder().encode(body)));
    expect(response.status).toBe(200);
    expect(background).toHaveLength(1);
    await Promise.all(background);
    expect(chatInputs).toEqual([{ message: "遺伝しますか?", history: [] }]);
    expect(calls.map((call) => call.url)).toEqual([
      "http://line.test/v2/bot/chat/loading/start",
      "http://line.test/v2/bot/message/reply",
    ]);
    expect(calls[1]?.headers.get("authorization")).toBe("Bearer unit-test-token");
  });

  it.each([
    ["missing", undefined],
    ["wrong", "AAAA"],
  ])("refuses a %s signature with 401 and never parses the body", async (_name, signature) => {
    const { app, background } = mount();
    const response = await post(app, "{not json", signature);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(background).toHaveLength(0);
  });

  it("refuses a body changed after signing", async () => {
    const { app } = mount();
    const signature = await signBody(SECRET, new TextEncoder().encode(body));
    const response = await post(app, body.replace("遺伝", "感染"), signature);
    expect(response.status).toBe(401);
  });

  it("answers 400 for a correctly signed body that is not JSON", async () => {
    const { app } = mount();
    const response = await post(app, "{oops", await signBody(SECRET, new TextEncoder().encode("{oops")));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("answers 200 and does nothing for LINE's verification request with no events", async () => {
    const { app, background } = mount();
    const verify = JSON.stringify({ destination: "U0", events: [] });
    const response = await post(app, verify, await signBody(SECRET, new TextEncoder().encode(verify)));
    expect(response.status).toBe(200);
    expect(background).toHaveLength(0);
  });

  it.each([["LINE_CHANNEL_SECRET"], ["LINE_CHANNEL_ACCESS_TOKEN"]])(
    "answers 503 not_configured naming the secrets when %s is unset",
    async (variable) => {
      const { app } = mount({ [variable]: "" });
      const response = await post(app, body, "anything");
      expect(response.status).toBe(503);
      const json = (await response.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toBe("not_configured");
      expect(json.error.message).toContain(variable);
    },
  );

  it("refuses a body over 1 MiB before computing any signature", async () => {
    const { app } = mount();
    const response = await post(app, "x".repeat(1024 * 1024 + 1), "AAAA");
    expect(response.status).toBe(413);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeLine, startFakeLine } from "../line/fake-line-server.js";
import { freshFixture, newUserId, sign, type WebhookBody } from "../line/fixtures.js";
import { LineSpec } from "../line/spec-validator.js";
import { type StartedWorker, startWorker } from "./start-worker.js";

// The LINE webhook in the real Workers runtime (workerd): Web Crypto signature check, waitUntil for
// the work after the 200, KV (simulated locally) for de-duplication and history, fetch to the Messaging
// API, here the local fake that validates every body against messaging-api.yml.

const SECRET = "workerd-channel-secret";
const TOKEN = "workerd-access-token";
const REPLY = "/v2/bot/message/reply";

let line: FakeLine;
let worker: StartedWorker;

beforeAll(async () => {
  line = await startFakeLine({ accessToken: TOKEN, spec: new LineSpec() });
  worker = await startWorker({
    LINE_CHANNEL_SECRET: SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
    LINE_API_BASE_URL: line.url,
  });
});

afterAll(async () => {
  await worker?.dispose();
  await line?.close();
});

afterEach(() => {
  const sinceLastTest = line.requests.splice(0);
  expect(sinceLastTest.filter((r) => r.errors.length > 0).map((r) => [r.path, r.errors])).toEqual([]);
});

function post(body: WebhookBody, signature?: string): Promise<Response> {
  const raw = JSON.stringify(body);
  return worker.fetch("/webhooks/line", {
    method: "POST",
    headers: { "content-type": "application/json", "x-line-signature": signature ?? sign(SECRET, raw) },
    body: raw,
  });
}

const tokenOf = (body: WebhookBody) => body.events[0]?.replyToken as string;
const repliesTo = (token: string) =>
  line.requests.filter((r) => r.path === REPLY && (r.body as { replyToken: string }).replyToken === token);

async function replyFor(body: WebhookBody) {
  await line.waitFor(() => repliesTo(tokenOf(body)).length > 0, 30_000);
  return repliesTo(tokenOf(body))[0]?.body as {
    messages: { type: string; text?: string; template?: unknown }[];
  };
}

describe("the LINE webhook in workerd", () => {
  it("verifies the signature with Web Crypto and replies after answering 200", async () => {
    const body = freshFixture("text", { userId: newUserId() });
    const response = await post(body);
    expect(response.status).toBe(200);
    const reply = await replyFor(body);
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(reply.messages.length).toBeLessThanOrEqual(5);
  });

  it("refuses a tampered body with 401", async () => {
    const body = freshFixture("text", { userId: newUserId() });
    const signature = sign(SECRET, JSON.stringify(body));
    (body.events[0]?.message as { text: string }).text = "改ざん";
    const response = await post(body, signature);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("answers an emergency with a tel:119 button", async () => {
    const body = freshFixture("emergency", { userId: newUserId() });
    expect((await post(body)).status).toBe(200);
    const reply = await replyFor(body);
    expect(JSON.stringify(reply.messages.at(-1))).toContain('"uri":"tel:119"');
  });

  it("replies once to a redelivered event (KV de-duplication)", async () => {
    const userId = newUserId();
    const body = freshFixture("text", { userId });
    expect((await post(body)).status).toBe(200);
    await replyFor(body);
    expect((await post(body)).status).toBe(200);
    const sentinel = freshFixture("follow-up", { userId });
    expect((await post(sentinel)).status).toBe(200);
    await replyFor(sentinel);
    expect(repliesTo(tokenOf(body))).toHaveLength(1);
  });

  it("keeps serving after the Messaging API answers 500", async () => {
    line.failNext(REPLY, 500);
    const failing = freshFixture("text", { userId: newUserId() });
    expect((await post(failing)).status).toBe(200);
    await line.waitFor(() => repliesTo(tokenOf(failing)).length > 0, 30_000);
    const next = freshFixture("sticker", { userId: newUserId() });
    expect((await post(next)).status).toBe(200);
    await replyFor(next);
  });
});

describe("the LINE webhook in workerd without secrets", () => {
  it("answers 503 not_configured", async () => {
    const bare = await startWorker({ LINE_API_BASE_URL: line.url });
    try {
      const response = await bare.fetch("/webhooks/line", { method: "POST", body: "{}" });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "not_configured" } });
    } finally {
      await bare.dispose();
    }
  });
});

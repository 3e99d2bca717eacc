import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChatResponse } from "../../src/core/types.js";
import { type Bot, startBot } from "./bot-server.js";
import { type FakeLine, type RecordedRequest, startFakeLine } from "./fake-line-server.js";
import { freshFixture, newUserId, sign, type WebhookBody } from "./fixtures.js";
import { LineSpec } from "./spec-validator.js";

// The bot served over real HTTP, LINE's side played by a local server that validates every request
// against messaging-api.yml. Webhooks are the fixtures in fixtures/, signed as LINE signs them.

const SECRET = "integration-channel-secret";
const TOKEN = "integration-access-token";
const REPLY = "/v2/bot/message/reply";
const LOADING = "/v2/bot/chat/loading/start";

interface SentMessage {
  type: string;
  text?: string;
  altText?: string;
  template?: { type: string; text: string; actions: { type: string; label: string; uri?: string }[] };
  quickReply?: { items: { action: { type: string; label: string; text?: string; data?: string } }[] };
}
type ReplyBody = { replyToken: string; messages: SentMessage[] };

let spec: LineSpec;
let line: FakeLine;
let bot: Bot;

beforeAll(async () => {
  spec = new LineSpec();
  line = await startFakeLine({ accessToken: TOKEN, spec });
  bot = await startBot({
    env: { LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: line.url },
  });
});

afterAll(async () => {
  await bot?.close();
  await line?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  // Whatever a test did, the bot never sent LINE a body LINE would refuse.
  const sinceLastTest = line.requests.splice(0);
  expect(sinceLastTest.filter((r) => r.errors.length > 0).map((r) => [r.path, r.errors])).toEqual([]);
});

async function send(body: WebhookBody, signature?: string): Promise<Response> {
  const raw = JSON.stringify(body);
  return bot.webhook(raw, signature ?? sign(SECRET, raw));
}

function firstEvent(body: WebhookBody): Record<string, unknown> {
  const event = body.events[0];
  if (!event) throw new Error("fixture without events");
  return event;
}
const replyToken = (body: WebhookBody) => firstEvent(body).replyToken as string;
const repliesTo = (token: string) =>
  line.requests.filter((r) => r.path === REPLY && (r.body as ReplyBody).replyToken === token);

async function replyFor(body: WebhookBody): Promise<ReplyBody> {
  const token = replyToken(body);
  await line.waitFor(() => repliesTo(token).length > 0);
  return repliesTo(token)[0]?.body as ReplyBody;
}

/** Sends a sentinel question in the same chat and waits for its reply: anything earlier has been handled. */
async function settle(userId: string): Promise<void> {
  const sentinel = freshFixture("text", { userId });
  expect((await send(sentinel)).status).toBe(200);
  await replyFor(sentinel);
}

async function apiChat(message: string): Promise<ChatResponse> {
  const response = await fetch(`${bot.url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message }),
  });
  return (await response.json()) as ChatResponse;
}

const allText = (reply: ReplyBody) => reply.messages.map((m) => m.text ?? m.altText ?? "").join("\n");
const question = (body: WebhookBody) => (firstEvent(body).message as { text: string }).text;

describe("signature", () => {
  it("answers 200 to a correctly signed webhook, before any reply is sent", async () => {
    const body = freshFixture("text", { userId: newUserId() });
    const response = await send(body);
    expect(response.status).toBe(200);
    await replyFor(body);
  });

  it("refuses a tampered body with 401 and sends LINE nothing", async () => {
    const body = freshFixture("text", { userId: newUserId() });
    const signature = sign(SECRET, JSON.stringify(body));
    (firstEvent(body).message as { text: string }).text = "改ざんされた質問";
    const before = line.requests.length;
    const response = await send(body, signature);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    await settle(newUserId());
    expect(repliesTo(replyToken(body))).toEqual([]);
    expect(line.requests.length - before).toBe(2); // only the sentinel's loading + reply
  });

  it("refuses a webhook without x-line-signature with 401", async () => {
    const raw = JSON.stringify(freshFixture("text"));
    const response = await bot.webhook(raw);
    expect(response.status).toBe(401);
  });

  it("answers 400 to a correctly signed body that is not JSON", async () => {
    const response = await bot.webhook("{not json", sign(SECRET, "{not json"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_json" } });
  });
});

describe("one-to-one chat", () => {
  it("shows the loading animation, then replies with the same answer as /api/chat plus compact sources", async () => {
    const userId = newUserId();
    const body = freshFixture("text", { userId });
    await send(body);
    const reply = await replyFor(body);
    const expected = await apiChat(question(body));
    const loading = line.requests.filter(
      (r) => r.path === LOADING && (r.body as { chatId: string }).chatId === userId,
    );
    expect(loading).toHaveLength(1);
    expect(line.requests.indexOf(loading[0] as RecordedRequest)).toBeLessThan(
      line.requests.indexOf(repliesTo(replyToken(body))[0] as RecordedRequest),
    );
    expect(allText(reply).replace(/\s+/g, "")).toContain(expected.answer.replace(/\s+/g, ""));
    if (expected.citations.length > 0) expect(allText(reply)).toMatch(/出典\n\[1\] /);
    const quick = reply.messages.at(-1)?.quickReply?.items ?? [];
    expect(quick.length).toBeLessThanOrEqual(13);
    expect(quick.length).toBe(Math.min(13, new Set(expected.suggestions).size));
  });

  it("answers an emergency with the 119 instruction and a tel:119 button, #7119 only as text", async () => {
    const body = freshFixture("emergency", { userId: newUserId() });
    await send(body);
    const reply = await replyFor(body);
    const button = reply.messages.at(-1);
    expect(button?.type).toBe("template");
    expect(button?.template?.actions).toEqual([expect.objectContaining({ type: "uri", uri: "tel:119" })]);
    expect(allText(reply)).toContain("119");
    expect(JSON.stringify(reply)).not.toMatch(/tel:#|tel:%23/);
    expect(reply.messages.some((m) => m.quickReply)).toBe(false);
  });

  it("answers an urgent report with a button that dials the clinic", async () => {
    const body = freshFixture("urgent", { userId: newUserId() });
    await send(body);
    const reply = await replyFor(body);
    expect((await apiChat(question(body))).kind).toBe("urgent");
    const phone = bot.services.config.CLINIC_PHONE.replace(/-/g, "");
    expect(reply.messages.at(-1)?.template?.actions).toEqual([
      expect.objectContaining({ type: "uri", uri: `tel:${phone}` }),
    ]);
    expect(JSON.stringify(reply)).not.toMatch(/tel:#|tel:%23/);
  });

  it("greets a new friend with the privacy note and starter questions", async () => {
    const body = freshFixture("follow", { userId: newUserId() });
    await send(body);
    const reply = await replyFor(body);
    expect(allText(reply)).toContain(bot.services.prompts.greeting);
    expect(allText(reply)).toContain(bot.services.prompts.privacy);
    const labels = reply.messages.at(-1)?.quickReply?.items.map((i) => i.action.label) ?? [];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(20);
  });

  it("keeps a short history for follow-ups and deletes it when the user blocks the account", async () => {
    const userId = newUserId();
    const key = `line:history:user:${userId}`;
    const first = freshFixture("text", { userId });
    await send(first);
    await replyFor(first);
    const followUp = freshFixture("follow-up", { userId });
    await send(followUp);
    await replyFor(followUp);
    const history = JSON.parse((await bot.services.store.get(key)) ?? "[]") as {
      role: string;
      content: string;
    }[];
    expect(history.filter((t) => t.role === "user").map((t) => t.content)).toEqual([
      question(first),
      question(followUp),
    ]);

    const unfollow = freshFixture("unfollow", { userId });
    expect((await send(unfollow)).status).toBe(200);
    await vi.waitFor(async () => expect(await bot.services.store.get(key)).toBeNull(), { timeout: 5000 });
  });

  it.each([["sticker"], ["image"]])("answers a %s with the polite text-only note", async (name) => {
    const body = freshFixture(name, { userId: newUserId() });
    await send(body);
    const reply = await replyFor(body);
    expect(reply.messages.map((m) => m.text)).toEqual([bot.services.prompts["line-non-text"]]);
  });

  it("answers a suggestion postback like the question it carries", async () => {
    const body = freshFixture("postback", { userId: newUserId() });
    await send(body);
    const reply = await replyFor(body);
    const data = (firstEvent(body).postback as { data: string }).data;
    const expected = await apiChat(data.replace(/^ask:/, ""));
    expect(allText(reply).replace(/\s+/g, "")).toContain(expected.answer.replace(/\s+/g, ""));
  });

  it("sends nothing at all for an event in standby mode", async () => {
    const userId = newUserId();
    await send(freshFixture("standby", { userId }));
    await settle(userId);
    const forUser = line.requests.filter(
      (r) => r.path === LOADING && (r.body as { chatId: string }).chatId === userId,
    );
    expect(forUser).toHaveLength(1); // the sentinel's only
  });

  it("replies only once to a webhook delivered twice", async () => {
    const userId = newUserId();
    const body = freshFixture("text", { userId });
    const raw = JSON.stringify(body);
    expect((await bot.webhook(raw, sign(SECRET, raw))).status).toBe(200);
    await replyFor(body);
    const redelivered = structuredClone(body);
    (firstEvent(redelivered) as { deliveryContext: { isRedelivery: boolean } }).deliveryContext.isRedelivery =
      true;
    expect((await send(redelivered)).status).toBe(200);
    expect((await bot.webhook(raw, sign(SECRET, raw))).status).toBe(200);
    await settle(userId);
    expect(repliesTo(replyToken(body))).toHaveLength(1);
  });
});

describe("groups", () => {
  it("stays silent when the bot is not mentioned", async () => {
    const body = freshFixture("group-no-mention");
    await send(body);
    await settle(newUserId());
    expect(repliesTo(replyToken(body))).toEqual([]);
  });

  it("answers a mention without the mention text and without a loading animation", async () => {
    const body = freshFixture("group-mention");
    const before = line.requests.length;
    await send(body);
    const reply = await replyFor(body);
    const expected = await apiChat("アイザックス症候群は子どもに遺伝しますか?");
    expect(allText(reply).replace(/\s+/g, "")).toContain(expected.answer.replace(/\s+/g, ""));
    const groupId = (firstEvent(body).source as { groupId: string }).groupId;
    expect(line.requests.slice(before).filter((r) => r.path === LOADING)).toEqual([]);
    expect(await bot.services.store.get(`line:history:group:${groupId}`)).not.toBeNull();
  });
});

describe("LINE API failures", () => {
  it.each([[400], [429], [500]])(
    "logs a %i from the reply endpoint with its x-line-request-id, and keeps serving",
    async (status) => {
      const logged: string[] = [];
      const capture = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
      vi.spyOn(console, "error").mockImplementation(capture);
      vi.spyOn(console, "warn").mockImplementation(capture);
      line.failNext(REPLY, status);
      const body = freshFixture("text", { userId: newUserId() });
      await send(body);
      await line.waitFor(() => repliesTo(replyToken(body)).length > 0);
      const failed = repliesTo(replyToken(body))[0] as RecordedRequest;
      expect(failed.status).toBe(status);
      await vi.waitFor(() => expect(logged.length).toBeGreaterThan(0));
      const entry = logged
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((e) => e.event === "line_api_error");
      expect(entry).toMatchObject({ endpoint: REPLY, status, requestId: failed.requestId });
      expect(logged.join("\n")).not.toContain(question(body));
      // Not retried (the token may be spent), and the server is still up.
      await settle(newUserId());
      expect(repliesTo(replyToken(body))).toHaveLength(1);
      expect((await fetch(`${bot.url}/api/health`)).status).toBe(200);
    },
  );
});

describe("a long answer", () => {
  let longBot: Bot;
  const paragraph = "アイザックス症候群では、筋肉のぴくつきやこわばりが続くことがあります[1]。";
  const longAnswer: ChatResponse = {
    kind: "answer",
    answer: Array.from({ length: 12 }, () => paragraph.repeat(30)).join("\n\n"),
    citations: [{ id: "isaacs#symptoms", path: ["アイザックス症候群", "症状", "筋肉の症状"], quote: "筋肉" }],
    suggestions: ["どんな治療がありますか?"],
  };

  beforeAll(async () => {
    // The real services and app; only the chat service is replaced, because the clinic's corpus has no
    // answer this long.
    longBot = await startBot({
      env: { LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: line.url },
      chat: { chat: async () => longAnswer },
    });
  });
  afterAll(() => longBot?.close());

  it("is split into ≤ 5 messages of ≤ 5,000 UTF-16 units with nothing lost", async () => {
    expect(longAnswer.answer.length).toBeGreaterThan(10_000);
    const body = freshFixture("text", { userId: newUserId() });
    const raw = JSON.stringify(body);
    expect((await longBot.webhook(raw, sign(SECRET, raw))).status).toBe(200);
    const reply = await replyFor(body);
    expect(reply.messages.length).toBeGreaterThan(2);
    expect(reply.messages.length).toBeLessThanOrEqual(5);
    for (const message of reply.messages) expect(message.text?.length).toBeLessThanOrEqual(5000);
    const joined = allText(reply).replace(/\s+/g, "");
    expect(joined).toContain(longAnswer.answer.replace(/\s+/g, ""));
    expect(joined).toContain("出典[1]症状›筋肉の症状");
    expect(reply.messages.at(-1)?.quickReply?.items).toHaveLength(1);
  });
});

describe("without LINE secrets", () => {
  it("answers 503 not_configured and names the missing secrets", async () => {
    const bare = await startBot({ env: { LINE_API_BASE_URL: line.url } });
    try {
      const raw = JSON.stringify(freshFixture("text"));
      const response = await bare.webhook(raw, sign(SECRET, raw));
      expect(response.status).toBe(503);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("not_configured");
      expect(error.message).toMatch(/LINE_CHANNEL_SECRET/);
    } finally {
      await bare.close();
    }
  });
});

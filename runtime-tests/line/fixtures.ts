// Webhook fixtures (fixtures/*.json, shaped like webhook.yml's CallbackRequest) made fresh for each send:
// a new webhookEventId, reply token and timestamp, so tests don't de-duplicate one another. Signed with
// node:crypto, independently of the bot's Web Crypto implementation.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

const DIR = new URL("./fixtures/", import.meta.url);
const ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const FIXTURE_NAMES = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.replace(/\.json$/, ""));

export interface WebhookBody {
  destination: string;
  events: Record<string, unknown>[];
}

function ulid(): string {
  return Array.from(randomBytes(26), (byte, i) => (i === 0 ? "0" : ULID_ALPHABET[byte % 32])).join("");
}

export function readFixture(name: string): WebhookBody {
  return JSON.parse(readFileSync(new URL(`${name}.json`, DIR), "utf8")) as WebhookBody;
}

/** A fixture with fresh ids; `userId` puts every event in that user's chat (keeps tests apart). */
export function freshFixture(name: string, options: { userId?: string } = {}): WebhookBody {
  const body = readFixture(name);
  for (const event of body.events) {
    event.webhookEventId = ulid();
    event.timestamp = Date.now();
    if ("replyToken" in event) event.replyToken = randomUUID().replace(/-/g, "");
    const source = event.source as Record<string, string> | undefined;
    if (options.userId && source) source.userId = options.userId;
  }
  return body;
}

export function sign(secret: string, raw: string): string {
  return createHmac("sha256", secret).update(raw).digest("base64");
}

export function newUserId(): string {
  return `U${randomBytes(16).toString("hex")}`;
}

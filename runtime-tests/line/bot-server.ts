// The bot as it runs with `npm start`: the real services (loadNodeServices: corpus index, triage,
// composer, prompts) and the real app (createApp mounts /webhooks/line), served over HTTP by
// @hono/node-server on a free port. Like src/adapters/node/server.ts, but it reads only the env it is
// given (a developer's own LINE secrets must not leak into the tests) and exposes the services so tests
// can look at the store.

import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { loadNodeServices } from "../../src/adapters/node/services.js";
import { type AppServices, createApp } from "../../src/app/app.js";
import { MemoryRateLimiter } from "../../src/app/rate-limit.js";
import type { ChatService } from "../../src/core/services.js";

export interface Bot {
  url: string;
  services: AppServices;
  webhook(raw: string, signature?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startBot(options: { env: Record<string, string>; chat?: ChatService }): Promise<Bot> {
  const services = loadNodeServices(options.env);
  if (options.chat) services.chat = options.chat;
  const app = createApp(services, { rateLimiter: new MemoryRateLimiter(10_000), clientKey: () => "test" });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    services,
    webhook: (raw, signature) =>
      fetch(`${url}/webhooks/line`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(signature ? { "x-line-signature": signature } : {}),
        },
        body: raw,
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

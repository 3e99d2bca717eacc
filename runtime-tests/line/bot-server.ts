// The bot as it runs with `npm start`: the real services (loadNodeServices: corpus index, triage,
// composer, prompts) and the real app, served over HTTP by @hono/node-server on a free port.

import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { type AppServices, createApp } from "../../src/app/app.js";
import { MemoryRateLimiter } from "../../src/app/rate-limit.js";
// TEMP import { loadNodeServices } from "../../src/adapters/node/services.js";
import type { ChatService } from "../../src/core/services.js";
import { createLineRoutes } from "../../src/line/route.js";
import { standInServices } from "./stand-in-services.js";

export interface Bot {
  url: string;
  services: AppServices;
  webhook(raw: string, signature?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startBot(options: { env: Record<string, string>; chat?: ChatService }): Promise<Bot> {
  const services = standInServices(options.env); // TEMP
  if (options.chat) services.chat = options.chat;
  const app = createApp(services, { rateLimiter: new MemoryRateLimiter(10_000), clientKey: () => "test" });
  // Until src/app/app.ts mounts the LINE routes itself, mount them here exactly as it will.
  if (!app.routes.some((route) => route.path.startsWith("/webhooks/line"))) {
    app.route("/webhooks/line", createLineRoutes(services));
  }
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

// The Node entry: `npm start` serves the same Hono app as the Worker, on PORT (default 8787).
import cluster from "node:cluster";
import { type ServerType, serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createApp } from "../../app/app.js";
import { MemoryRateLimiter } from "../../app/rate-limit.js";
import { ConfigError, parseConfig } from "../../config/config.js";
import { MemoryStore } from "../../core/store/memory-store.js";
import { SharedRateLimiter, SharedStore, serveSharedState } from "./cluster-state.js";
import { loadNodeServices } from "./services.js";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startNodeServer(
  options: {
    port?: number;
    env?: Record<string, string | undefined>;
    /** Ask the primary process for rate limits and LINE state (a worker of NODE_WORKERS > 1). */
    sharedState?: boolean;
  } = {},
): Promise<RunningServer> {
  const env = { ...process.env, ...options.env };
  const services = loadNodeServices(env, options.sharedState ? new SharedStore() : new MemoryStore());
  const app = createApp(services, {
    rateLimiter: options.sharedState
      ? new SharedRateLimiter()
      : new MemoryRateLimiter(services.config.RATE_LIMIT_PER_MINUTE),
    clientKey: (c) => getConnInfo(c).remote.address ?? "unknown",
  });
  const port = options.port ?? services.config.PORT;
  return new Promise((resolvePromise) => {
    const server: ServerType = serve({ fetch: app.fetch, port }, (info) => {
      resolvePromise({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const workers = config.NODE_WORKERS;
  if (workers > 1 && cluster.isPrimary) {
    // node:cluster shares the port between processes; each loads its own dictionary and index, and
    // all of them count requests and keep LINE state in this one.
    serveSharedState(new MemoryRateLimiter(config.RATE_LIMIT_PER_MINUTE), new MemoryStore());
    for (let i = 0; i < workers; i++) cluster.fork();
    console.log(`Starting ${workers} worker processes`);
    return;
  }
  const server = await startNodeServer({ sharedState: cluster.isWorker });
  if (cluster.isPrimary) console.log(`Listening on ${server.url.replace("127.0.0.1", "localhost")}`);
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isMain) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : `Start-up failed: ${(error as Error).message}`,
    );
    process.exit(1);
  });
}

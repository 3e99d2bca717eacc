// Node HTTP throughput: the real server in its own process, autocannon in this one (loopback only).
import { spawn } from "node:child_process";
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

export async function measureHttpLoad(options: {
  connections: number;
  seconds: number;
  port: number;
  /** Messages sent in rotation, so the load is the bank's mix rather than one repeated question. */
  messages: string[];
  /** NODE_WORKERS for the server (processes sharing the port). */
  workers: number;
}): Promise<LoadResult> {
  const url = `http://127.0.0.1:${options.port}`;
  const server = spawn(process.execPath, ["--import", "tsx", "src/adapters/node/server.ts"], {
    // A rate limit far above the load so the benchmark measures serving, not refusing.
    env: {
      ...process.env,
      PORT: String(options.port),
      RATE_LIMIT_PER_MINUTE: "100000",
      NODE_WORKERS: String(options.workers),
    },
    stdio: "ignore",
  });
  try {
    await waitForHealth(url, Date.now() + 30_000);
    const bodies = options.messages.map((message) => JSON.stringify({ message }));
    let next = 0;
    const result = await autocannon({
      url: `${url}/api/chat`,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (request) => {
            request.body = bodies[next++ % bodies.length] ?? "{}";
            return request;
          },
        },
      ],
      connections: options.connections,
      duration: options.seconds,
    });
    return {
      requestsPerSecond: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      total: result.requests.total,
    };
  } finally {
    server.kill();
  }
}

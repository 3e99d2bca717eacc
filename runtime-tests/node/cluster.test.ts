import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `npm start` with NODE_WORKERS=2, as a real process tree: the primary forks two workers that share
// the port. Connections are spread over the workers (round robin), yet a client's limit is counted
// once, in the primary, not once per worker.
const LIMIT = 4;
let server: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A request on its own connection, so the cluster may hand it to either worker. */
function call(method: string, path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, {
      method,
      agent: false,
      headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {},
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function waitUntilServing(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (await call("GET", "/api/health").catch(() => 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the clustered server did not start");
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "src/adapters/node/server.ts"], {
    env: { ...process.env, PORT: String(port), NODE_WORKERS: "2", RATE_LIMIT_PER_MINUTE: String(LIMIT) },
    stdio: "ignore",
  });
  await waitUntilServing(Date.now() + 25_000);
}, 30_000);

afterAll(() => {
  server?.kill("SIGTERM");
});

describe("the Node server with NODE_WORKERS=2", () => {
  it("counts one client's requests across both worker processes", async () => {
    const body = JSON.stringify({ message: "アイザックス症候群は遺伝しますか?" });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 2; i++) statuses.push(await call("POST", "/api/chat", body));
    // Two workers counting on their own would each allow LIMIT, so all 2×LIMIT would pass.
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LIMIT);
  });
});

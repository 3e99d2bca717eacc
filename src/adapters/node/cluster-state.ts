// With NODE_WORKERS > 1, each process would keep its own rate-limit counters and LINE state: a client
// could send N times its limit, and a LINE event redelivered to another process would be answered
// twice. So the primary process holds the one rate limiter and the one store, and the workers ask it
// over the IPC channel node:cluster already opens. Messages carry no patient text beyond what the
// store itself holds (LINE history), and never leave the machine.
import cluster from "node:cluster";
import type { RateLimiter } from "../../app/rate-limit.js";
import type { KeyValueStore } from "../../core/services.js";

type Call =
  | { op: "limit"; key: string }
  | { op: "get"; key: string }
  | { op: "put"; key: string; value: string; expirationTtl?: number }
  | { op: "delete"; key: string };

interface Request {
  sharedState: "request";
  id: number;
  call: Call;
}

interface Reply {
  sharedState: "reply";
  id: number;
  result: boolean | string | null;
}

const isRequest = (message: unknown): message is Request =>
  typeof message === "object" && message !== null && (message as Request).sharedState === "request";

const isReply = (message: unknown): message is Reply =>
  typeof message === "object" && message !== null && (message as Reply).sharedState === "reply";

/** In the primary: answers the workers' calls from the one limiter and store. */
export function serveSharedState(limiter: RateLimiter, store: KeyValueStore): void {
  const answer = async (call: Call): Promise<boolean | string | null> => {
    switch (call.op) {
      case "limit":
        return limiter.limit(call.key);
      case "get":
        return store.get(call.key);
      case "put":
        await store.put(
          call.key,
          call.value,
          call.expirationTtl === undefined ? undefined : { expirationTtl: call.expirationTtl },
        );
        return null;
      case "delete":
        await store.delete(call.key);
        return null;
    }
  };
  cluster.on("message", (worker, message: unknown) => {
    if (!isRequest(message)) return;
    answer(message.call)
      .catch(() => null)
      .then((result) => {
        if (worker.isConnected())
          worker.send({ sharedState: "reply", id: message.id, result } satisfies Reply);
      });
  });
}

/**
 * In a worker: one outstanding-call table over process.send. A call the primary does not answer in
 * time settles with its fallback, so a request never hangs on the channel.
 */
class PrimaryChannel {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Reply["result"]) => void>();

  constructor(private readonly timeoutMs: number) {
    process.on("message", (message: unknown) => {
      if (!isReply(message)) return;
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
  }

  call(call: Call, fallback: Reply["result"]): Promise<Reply["result"]> {
    const send = process.send?.bind(process);
    if (!send) return Promise.resolve(fallback);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(fallback);
      }, this.timeoutMs);
      timer.unref();
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      send({ sharedState: "request", id, call } satisfies Request, undefined, undefined, (error) => {
        if (error) this.pending.get(id)?.(fallback);
      });
    });
  }
}

let channel: PrimaryChannel | undefined;
const primary = (timeoutMs: number) => {
  channel ??= new PrimaryChannel(timeoutMs);
  return channel;
};

/** The primary's rate limiter, seen from a worker. Fails open: an unanswered call allows the request. */
export class SharedRateLimiter implements RateLimiter {
  constructor(private readonly timeoutMs = 2_000) {}

  async limit(key: string): Promise<boolean> {
    return (await primary(this.timeoutMs).call({ op: "limit", key }, true)) !== false;
  }
}

/** The primary's store, seen from a worker. An unanswered read finds nothing. */
export class SharedStore implements KeyValueStore {
  constructor(private readonly timeoutMs = 2_000) {}

  async get(key: string): Promise<string | null> {
    const result = await primary(this.timeoutMs).call({ op: "get", key }, null);
    return typeof result === "string" ? result : null;
  }

  async put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void> {
    await primary(this.timeoutMs).call(
      { op: "put", key, value, expirationTtl: options?.expirationTtl },
      null,
    );
  }

  async delete(key: string): Promise<void> {
    await primary(this.timeoutMs).call({ op: "delete", key }, null);
  }
}

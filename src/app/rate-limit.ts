import type { MiddlewareHandler } from "hono";
import { AppError } from "./errors.js";

/** Decides whether one more request from `key` is allowed now. */
export interface RateLimiter {
  limit(key: string): Promise<boolean>;
}

/**
 * Fixed-window counter per client, in memory (Node). On Workers the Rate Limiting binding declared in
 * wrangler.toml takes its place behind the same interface.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perWindow: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async limit(key: string): Promise<boolean> {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.perWindow;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * Answers 429 once a client exceeds its limit. The adapter decides what identifies a client: the
 * socket's address on Node (X-Forwarded-For is not trusted, as anyone can send it), CF-Connecting-IP
 * on Workers.
 */
export function rateLimit(
  limiter: RateLimiter,
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string,
): MiddlewareHandler {
  return async (c, next) => {
    if (!(await limiter.limit(clientKey(c)))) {
      c.header("Retry-After", "60");
      throw new AppError("rate_limited", "Too many requests. Please wait a minute and try again.");
    }
    await next();
  };
}

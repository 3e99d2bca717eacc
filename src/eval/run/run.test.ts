import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { ChatInput } from "../../core/services.js";
import type { ChatResponse, SearchHit } from "../../core/types.js";
import { makeCase, makeResponse } from "../fixtures/make.js";
import { fromMap, fromSearch, passageLookup, readPassagesJson } from "./passages.js";
import { runBank } from "./run.js";
import { httpTarget, inProcessTarget, RunnerError } from "./target.js";

const PASSAGE_TEXT = "アイザックス症候群は、基本的に遺伝しません。";
const hits: SearchHit[] = [
  { id: "isaacs#heredity", path: ["アイザックス症候群"], text: PASSAGE_TEXT, score: 3 },
];

/** A stand-in for the real services: escalates "息ができない", answers everything else. */
function standIn(seen: ChatInput[] = []) {
  return {
    chat: {
      async chat(input: ChatInput): Promise<ChatResponse> {
        seen.push(input);
        if (input.message.includes("息ができない"))
          return makeResponse({ kind: "emergency", answer: "119", citations: [] });
        if (input.message.includes("壊れる")) throw new Error("pipeline exploded");
        return makeResponse();
      },
    },
    search: { search: (_q: string, k: number) => hits.slice(0, k) },
  };
}

describe("runBank in-process", () => {
  it("grades every item against the services, passing history and reporting progress", async () => {
    const seen: ChatInput[] = [];
    const progress: number[] = [];
    const history = [{ role: "user" as const, content: "前の質問" }];
    const cases = [
      makeCase({ history }),
      makeCase({ question: "息ができない", kind: "emergency", gold: [] }),
    ];
    const lookup = passageLookup([
      fromMap(readPassagesJson([{ id: "isaacs#heredity", text: PASSAGE_TEXT }], "p.json")),
    ]);
    const results = await runBank(cases, inProcessTarget(standIn(seen)), lookup, (done) =>
      progress.push(done),
    );
    expect(results.map((r) => r.status)).toEqual(["pass", "pass"]);
    expect(seen[0]?.history).toEqual(history);
    expect(results[0]?.observation.retrieved).toEqual(["isaacs#heredity"]);
    expect(results[1]?.observation.retrieved).toEqual([]);
    expect(progress).toEqual([1, 2]);
  });

  it("turns an exception in the pipeline into that item's error and goes on", async () => {
    const cases = [makeCase({ question: "壊れる" }), makeCase()];
    const results = await runBank(
      cases,
      inProcessTarget(standIn()),
      passageLookup([fromSearch(inProcessTarget(standIn()))]),
    );
    expect(results.map((r) => r.status)).toEqual(["error", "pass"]);
    expect(results[0]?.checks[0]?.reason).toBe("pipeline exploded");
  });

  it("fails citations it cannot look up", async () => {
    const results = await runBank([makeCase()], inProcessTarget(standIn()), passageLookup([]));
    expect(results[0]?.status).toBe("fail");
  });
});

describe("httpTarget", () => {
  function server(counter = { chats: 0 }, limitFirst = 0, retryAfter = "2") {
    const app = new Hono();
    app.get("/api/health", (c) => c.json({ status: "ok" }));
    app.post("/api/chat", async (c) => {
      counter.chats++;
      if (counter.chats <= limitFirst) {
        c.header("Retry-After", retryAfter);
        return c.json({ error: { code: "rate_limited", message: "slow down" } }, 429);
      }
      const body = await c.req.json<{ message: string }>();
      if (body.message === "") return c.json({ error: { code: "invalid_request", message: "empty" } }, 400);
      return c.json(makeResponse());
    });
    app.get("/api/search", (c) => c.json({ results: hits.slice(0, Number(c.req.query("k"))) }));
    return app;
  }

  it("posts questions to /api/chat and reads /api/search, as the contract describes", async () => {
    const app = server();
    const target = httpTarget("http://eval.test/", {
      fetch: (url, init) => Promise.resolve(app.request(String(url), init)),
    });
    await target.health();
    expect((await target.chat({ message: "遺伝?", history: [] })).value.kind).toBe("answer");
    expect((await target.search("遺伝", 10)).map((h) => h.id)).toEqual(["isaacs#heredity"]);
  });

  it("waits out 429 rate limits using Retry-After, leaving the waits out of the latency", async () => {
    const waits: number[] = [];
    const told: number[] = [];
    const app = server({ chats: 0 }, 2);
    const target = httpTarget("http://eval.test", {
      fetch: (url, init) => Promise.resolve(app.request(String(url), init)),
      sleep: async (ms) => {
        waits.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 50));
      },
      onRateLimited: (ms) => told.push(ms),
    });
    const { value, ms } = await target.chat({ message: "q", history: [] });
    expect(value.kind).toBe("answer");
    expect(waits).toEqual([2000, 2000]);
    expect(told).toEqual(waits);
    expect(ms).toBeLessThan(50);
  });

  it("caps a long Retry-After at two minutes and gives the item up as a 429 after three retries", async () => {
    const waits: number[] = [];
    const app = server({ chats: 0 }, 10, "600");
    const target = httpTarget("http://eval.test", {
      fetch: (url, init) => Promise.resolve(app.request(String(url), init)),
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await expect(target.chat({ message: "q", history: [] })).rejects.toThrow(
      "HTTP 429 rate_limited from /api/chat",
    );
    expect(waits).toEqual([120_000, 120_000, 120_000]);
  });

  it("makes a 4xx reply that item's error", async () => {
    const app = server();
    const target = httpTarget("http://eval.test", {
      fetch: (url, init) => Promise.resolve(app.request(String(url), init)),
    });
    await expect(target.chat({ message: "", history: [] })).rejects.toThrow(
      "HTTP 400 invalid_request from /api/chat",
    );
  });

  it("aborts the run when the server cannot be reached", async () => {
    // Port 9 (discard) is closed on test machines; the connection is refused at once.
    const target = httpTarget("http://127.0.0.1:9");
    await expect(target.health()).rejects.toBeInstanceOf(RunnerError);
    await expect(runBank([makeCase()], target, passageLookup([]))).rejects.toThrow(/server unreachable/);
  });
});

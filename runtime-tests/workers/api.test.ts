import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedWorker, startWorker } from "./start-worker.js";

// The Worker build answering in the real Workers runtime (workerd), not a Node imitation of it.
let worker: StartedWorker;

beforeAll(async () => {
  worker = await startWorker({ CLINIC_PHONE: "03-1111-2222" });
});
afterAll(async () => {
  await worker?.dispose();
});

const chat = (body: unknown) =>
  worker.fetch("/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("the Worker in workerd", () => {
  it("reports health with the corpus version", async () => {
    const response = await worker.fetch("/api/health");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; corpusVersion: string; passages: number };
    expect(body.status).toBe("ok");
    expect(body.corpusVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(body.passages).toBeGreaterThan(40);
  });

  it("answers a search with the heredity passages first", async () => {
    const response = await worker.fetch(`/api/search?q=${encodeURIComponent("子どもに遺伝しますか")}&k=3`);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as {
      results: { id: string; path: string[]; score: number }[];
    };
    expect(results).toHaveLength(3);
    expect(results[0]?.id).toMatch(/^isaacs#heredity/);
    expect(results[0]?.path[0]).toBe("アイザックス症候群");
  });

  it("rejects a bad k with a 400 naming the field", async () => {
    const response = await worker.fetch("/api/search?q=test&k=0");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_request", field: "k" } });
  });

  it("answers a chat question with citations", async () => {
    const response = await chat({ message: "子どもに遺伝しますか?" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { kind: string; answer: string; citations: unknown[] };
    expect(body.kind).toBe("answer");
    expect(body.answer).toContain("[1]");
    expect(body.citations.length).toBeGreaterThan(0);
  });

  it("sends an emergency to 119 before anything else", async () => {
    const body = (await (await chat({ message: "父が倒れて呼びかけに反応しません" })).json()) as {
      kind: string;
      answer: string;
    };
    expect(body.kind).toBe("emergency");
    expect(body.answer).toContain("119");
  });

  it("fills the clinic phone from the Worker's vars", async () => {
    const body = (await (await chat({ message: "予約を変更したいです" })).json()) as {
      kind: string;
      answer: string;
    };
    expect(body.kind).toBe("out_of_scope");
    expect(body.answer).toContain("03-1111-2222");
  });

  it("serves the dictionary's licence with the bundle that embeds it", async () => {
    const response = await worker.fetch("/licenses.txt");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Nara Institute of Science and Technology");
  });

  it("answers invalid JSON with the contract's error, not a 500", async () => {
    const response = await worker.fetch("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("answers an oversized body with 413 and the contract's error", async () => {
    const response = await chat({ message: "x".repeat(400 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
  });
});

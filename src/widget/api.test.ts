import { describe, expect, it } from "vitest";
import { parseChatResponse, parseWidgetConfig, postChat } from "./api.js";

const body = { message: "遺伝しますか?", history: [] };
const ok = {
  kind: "answer",
  answer: "遺伝しません[1]。",
  citations: [{ id: "a#b", path: ["A", "B"], quote: "q" }],
  suggestions: ["次"],
};

const respond = (status: number, json: unknown) => async () =>
  new Response(JSON.stringify(json), { status, headers: { "Content-Type": "application/json" } });

describe("postChat", () => {
  it("returns the parsed response and posts without cookies or referrer", async () => {
    let seen: RequestInit | undefined;
    const result = await postChat("https://x.example", body, {
      fetch: async (url, init) => {
        expect(url).toBe("https://x.example/api/chat");
        seen = init;
        return respond(200, ok)();
      },
    });
    expect(result).toEqual({ ok: true, response: ok });
    expect(seen).toMatchObject({ method: "POST", credentials: "omit", referrerPolicy: "no-referrer" });
    expect(JSON.parse(String(seen?.body))).toEqual(body);
  });

  it.each([
    {
      name: "429 is reported as rate limited",
      fetch: respond(429, { error: { code: "rate_limited" } }),
      code: "rate_limited",
    },
    {
      name: "another 4xx is reported as an invalid message",
      fetch: respond(400, { error: { code: "invalid_request" } }),
      code: "invalid",
    },
    { name: "a 5xx is a server failure", fetch: respond(503, {}), code: "server" },
    {
      name: "a malformed 200 body is a server failure",
      fetch: respond(200, { kind: "answer" }),
      code: "server",
    },
    {
      name: "a non-JSON 200 body is a server failure",
      fetch: async () => new Response("<html>"),
      code: "server",
    },
    {
      name: "a rejected fetch is a network failure",
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
      code: "network",
    },
  ])("$name", async ({ fetch, code }) => {
    expect(await postChat("https://x.example", body, { fetch })).toEqual({ ok: false, code });
  });

  it("gives up after the timeout instead of hanging", async () => {
    const hanging = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    expect(await postChat("https://x.example", body, { fetch: hanging, timeoutMs: 10 })).toEqual({
      ok: false,
      code: "timeout",
    });
  });
});

describe("parseChatResponse", () => {
  it.each([
    { name: "an unknown kind", value: { ...ok, kind: "html" } },
    { name: "a non-string answer", value: { ...ok, answer: 1 } },
    { name: "a citation without a path", value: { ...ok, citations: [{ id: "x", quote: "q" }] } },
    { name: "non-string suggestions", value: { ...ok, suggestions: [{}] } },
    { name: "an array", value: [] },
  ])("rejects $name", ({ value }) => {
    expect(parseChatResponse(value)).toBeNull();
  });

  it("drops fields outside the contract", () => {
    const parsed = parseChatResponse({ ...ok, extra: 1, citations: [{ ...ok.citations[0], html: "<b>" }] });
    expect(parsed).toEqual(ok);
  });

  it("keeps a citation's under_review flag only when it is true", () => {
    const flagged = { ...ok, citations: [{ ...ok.citations[0], under_review: true }] };
    expect(parseChatResponse(flagged)?.citations[0]?.under_review).toBe(true);
    const odd = { ...ok, citations: [{ ...ok.citations[0], under_review: "yes" }] };
    expect(parseChatResponse(odd)?.citations[0]).toEqual(ok.citations[0]);
  });
});

describe("parseWidgetConfig", () => {
  it("accepts the config shape and rejects a partial one", () => {
    const config = {
      clinic: { name: "N", phone: "03-0000-0000", hours: "平日" },
      greeting: "g",
      privacy: "p",
      disclaimer: "d",
      starters: ["s"],
    };
    expect(parseWidgetConfig(config)).toEqual(config);
    expect(parseWidgetConfig({ ...config, starters: "s" })).toBeNull();
  });
});

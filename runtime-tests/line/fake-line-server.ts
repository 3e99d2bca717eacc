// A local stand-in for the LINE Messaging API over real HTTP. It records every request, validates each
// body against messaging-api.yml (LineSpec) and answers as LINE does: 200/202 with x-line-request-id,
// 400 with error details for an invalid body or a reused reply token, 401 for a wrong token, and any
// status a test asks for (429, 500 …).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { LineSpec } from "./spec-validator.js";

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
  /** Why LINE would refuse the body; empty when it is valid. */
  errors: string[];
  status: number;
  requestId: string;
}

export interface FakeLine {
  url: string;
  requests: RecordedRequest[];
  /** Answer the next `count` requests to `path` with `status` instead of processing them. */
  failNext(path: string, status: number, count?: number): void;
  /** Resolves with the requests once `predicate` holds; rejects after `timeoutMs`. */
  waitFor(
    predicate: (requests: RecordedRequest[]) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

const REPLY = "/v2/bot/message/reply";

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeLine(options: { accessToken: string; spec: LineSpec }): Promise<FakeLine> {
  const requests: RecordedRequest[] = [];
  const usedReplyTokens = new Set<string>();
  const failures = new Map<string, number[]>();

  function answer(
    path: string,
    authorization: string | undefined,
    body: unknown,
  ): [number, unknown, string[]] {
    const forced = failures.get(path)?.shift();
    if (forced !== undefined) return [forced, { message: `forced ${forced}` }, []];
    if (authorization !== `Bearer ${options.accessToken}`)
      return [401, { message: "Authentication failed" }, []];
    const errors = options.spec.validateRequest(path, body);
    if (errors.length > 0) {
      const details = errors.map((message) => ({ message }));
      return [400, { message: `The request body has ${errors.length} error(s)`, details }, errors];
    }
    if (path === REPLY) {
      const token = (body as { replyToken: string }).replyToken;
      if (usedReplyTokens.has(token))
        return [400, { message: "Invalid reply token" }, ["reply token reused"]];
      usedReplyTokens.add(token);
      const sent = (body as { messages: unknown[] }).messages.map(() => ({
        id: randomUUID(),
        quoteToken: "q",
      }));
      return [200, { sentMessages: sent }, []];
    }
    return [202, {}, []];
  }

  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    const raw = await readBody(request);
    let body: unknown = raw;
    let status: number;
    let payload: unknown;
    let errors: string[] = [];
    try {
      body = JSON.parse(raw);
      [status, payload, errors] = answer(path, request.headers.authorization, body);
    } catch {
      [status, payload, errors] = [400, { message: "The request body is not JSON" }, ["not JSON"]];
    }
    if (request.method !== "POST")
      [status, payload, errors] = [405, { message: "Method not allowed" }, ["not POST"]];
    const requestId = randomUUID();
    requests.push({
      method: request.method ?? "",
      path,
      authorization: request.headers.authorization,
      body,
      errors,
      status,
      requestId,
    });
    response.writeHead(status, { "content-type": "application/json", "x-line-request-id": requestId });
    response.end(JSON.stringify(payload));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(path, status, count = 1) {
      failures.set(path, [...(failures.get(path) ?? []), ...Array(count).fill(status)]);
    },
    async waitFor(predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(requests)) {
        if (Date.now() > deadline) {
          const seen = requests.map((r) => `${r.path} ${r.status}`).join(", ") || "none";
          throw new Error(`timed out waiting for LINE API requests (seen: ${seen})`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The Worker entry: the same app as on Node, built once per isolate from bundled build artifacts.
import type { ExecutionContext, KVNamespace, RateLimit } from "@cloudflare/workers-types";
import type { Hono } from "hono";
import {
  dictionary,
  knowledgeJson,
  licenses,
  promptTemplates,
  widgetScript,
} from "../../../generated/worker-assets.js";
import { createApp } from "../../app/app.js";
import type { RateLimiter } from "../../app/rate-limit.js";
import { createServices } from "../../app/services.js";
import { createAnalyzer } from "../../core/analysis/analyzer.js";
import { type DictionaryBuffers, loadTokenizer } from "../../core/analysis/dictionary.js";
import { type KnowledgeSnapshot, loadKnowledge, warmUp } from "../../core/knowledge/knowledge.js";
import type { KeyValueStore } from "../../core/services.js";

interface Env {
  LINE_STATE: KVNamespace;
  CHAT_RATE_LIMITER?: RateLimit;
  [name: string]: unknown;
}

// Global scope runs once per isolate, under the start-up limit (1 s) rather than a request's CPU budget:
// load the dictionary and the index here, and warm the analyzer's lazily built synonym table.
const analyzer = createAnalyzer(loadTokenizer(dictionary as DictionaryBuffers));
const knowledge = loadKnowledge(analyzer, JSON.parse(knowledgeJson) as KnowledgeSnapshot);
warmUp(analyzer, knowledge);

// Configuration comes with the first request's env: the app is built then, once.
let app: Hono | undefined;

function kvStore(kv: KVNamespace): KeyValueStore {
  return {
    get: (key) => kv.get(key),
    // KV's minimum TTL is 60 seconds.
    put: (key, value, options) =>
      kv.put(
        key,
        value,
        options?.expirationTtl ? { expirationTtl: Math.max(60, options.expirationTtl) } : {},
      ),
    delete: (key) => kv.delete(key),
  };
}

function bindingLimiter(binding: RateLimit | undefined): RateLimiter {
  return { limit: async (key) => (binding ? (await binding.limit({ key })).success : true) };
}

function buildApp(env: Env): Hono {
  const services = createServices({
    env,
    analyzer,
    knowledge,
    promptTemplates,
    widgetScript,
    licenses,
    store: kvStore(env.LINE_STATE),
  });
  return createApp(services, {
    rateLimiter: bindingLimiter(env.CHAT_RATE_LIMITER),
    clientKey: (c) => c.req.header("cf-connecting-ip") ?? "unknown",
  });
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= buildApp(env);
    return app.fetch(request, env, ctx);
  },
};

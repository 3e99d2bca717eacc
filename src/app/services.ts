import { parseConfig } from "../config/config.js";
import type { Analyzer } from "../core/analysis/analyzer.js";
import type { Knowledge } from "../core/knowledge/knowledge.js";
import { createChatPipeline } from "../core/pipeline/pipeline.js";
import { renderPrompts } from "../core/prompts/prompts.js";
import type { KeyValueStore, SearchService, WaitUntil } from "../core/services.js";
import type { AppServices } from "./app.js";

/** What an adapter hands over: build artifacts (as data, not files) and runtime bindings. */
export interface ServiceInputs {
  env: Record<string, unknown>;
  analyzer: Analyzer;
  /** The loaded index and composer (see loadKnowledge), built before the first request. */
  knowledge: Knowledge;
  promptTemplates: Record<string, string>;
  widgetScript: string;
  licenses: string;
  store: KeyValueStore;
  waitUntil?: WaitUntil;
}

/** Builds every service once per process (Node) or isolate (Workers). Throws ConfigError on bad config. */
export function createServices(inputs: ServiceInputs): AppServices {
  const config = parseConfig(inputs.env);
  const prompts = renderPrompts(inputs.promptTemplates, config);
  const { index, composer } = inputs.knowledge;
  const search: SearchService = {
    version: index.version,
    passageCount: index.passages.length,
    search: (query, k, context) => index.search(query, k, context),
    getPassage: (id) => index.getPassage(id),
  };
  return {
    config,
    search,
    chat: createChatPipeline({ analyzer: inputs.analyzer, index, composer, prompts }),
    store: inputs.store,
    prompts,
    widgetScript: inputs.widgetScript,
    licenses: inputs.licenses,
    ...(inputs.waitUntil ? { waitUntil: inputs.waitUntil } : {}),
  };
}

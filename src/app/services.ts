import { parseConfig } from "../config/config.js";
import type { Knowledge } from "../core/knowledge/knowledge.js";
import { createChatPipeline } from "../core/pipeline/pipeline.js";
import { questionTerms } from "../core/pipeline/question-terms.js";
import { renderPrompts } from "../core/prompts/prompts.js";
import type { TextAnalyzer } from "../core/retrieval/orama-tokenizer.js";
import type { KeyValueStore, SearchService, WaitUntil } from "../core/services.js";
import type { AppServices } from "./app.js";

/** What an adapter hands over: build artifacts (as data, not files) and runtime bindings. */
export interface ServiceInputs {
  env: Record<string, unknown>;
  analyzer: TextAnalyzer;
  /** The loaded index and composer (see loadKnowledge), built before the first request. */
  knowledge: Knowledge;
  promptTemplates: Record<string, string>;
  widgetScript: string;
  licenses: string;
  store: KeyValueStore;
  waitUntil?: WaitUntil;
}

/** Passages re-ordered by their best sentence; tuned on the dev split. */
const RERANK_DEPTH = 8;

/** Builds every service once per process (Node) or isolate (Workers). Throws ConfigError on bad config. */
export function createServices(inputs: ServiceInputs): AppServices {
  const config = parseConfig(inputs.env);
  const prompts = renderPrompts(inputs.promptTemplates, config);
  const { index, composer } = inputs.knowledge;
  const search: SearchService = {
    version: index.version,
    passageCount: index.passages.length,
    // BM25 over passages, then the best few re-ordered by their best sentence (the composer's scoring).
    search: (query, k, context) => {
      const hits = index.search(query, Math.max(k, RERANK_DEPTH), context);
      const reranked = composer.rerank(
        questionTerms(inputs.analyzer, query, context),
        hits.slice(0, RERANK_DEPTH),
      );
      return [...reranked, ...hits.slice(RERANK_DEPTH)].slice(0, k);
    },
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

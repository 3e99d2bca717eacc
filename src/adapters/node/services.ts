import type { AppServices } from "../../app/app.js";
import { createServices } from "../../app/services.js";
import { loadKnowledge, warmUp } from "../../core/knowledge/knowledge.js";
import type { KeyValueStore } from "../../core/services.js";
import { MemoryStore } from "../../core/store/memory-store.js";
import {
  loadNodeAnalyzer,
  readKnowledge,
  readLicenses,
  readPromptTemplates,
  readWidgetScript,
} from "./artifacts.js";

/**
 * Every service the app needs, built from generated/ artifacts, for the Node server, the eval runner,
 * `npm run ask` and the benchmarks. Throws ConfigError naming the variable on bad configuration. `store`
 * holds LINE state: in memory, or the primary's when several processes serve (cluster-state.ts).
 */
export function loadNodeServices(
  env: Record<string, string | undefined> = process.env,
  store: KeyValueStore = new MemoryStore(),
): AppServices {
  const analyzer = loadNodeAnalyzer();
  const knowledge = loadKnowledge(analyzer, readKnowledge());
  warmUp(analyzer, knowledge);
  return createServices({
    env,
    analyzer,
    knowledge,
    promptTemplates: readPromptTemplates(),
    widgetScript: readWidgetScript(),
    licenses: readLicenses(),
    store,
    // Node has no execution context: background work runs detached, failures are logged by kind only.
    waitUntil: (promise) => {
      promise.catch((error: unknown) => {
        console.error(
          JSON.stringify({ level: "error", event: "background_task_failed", name: (error as Error)?.name }),
        );
      });
    },
  });
}

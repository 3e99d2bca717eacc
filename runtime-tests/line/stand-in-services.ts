// TEMPORARY: stands in for loadNodeServices until generated/prompts.json can be built. Remove when done.
import { readdirSync, readFileSync } from "node:fs";
import type { AppServices } from "../../src/app/app.js";
import { parseConfig } from "../../src/config/config.js";
import { PROMPT_NAMES, renderPrompts } from "../../src/core/prompts/prompts.js";
import { MemoryStore } from "../../src/core/store/memory-store.js";

export function standInServices(env: Record<string, string>): AppServices {
  const dir = new URL("../../prompts/", import.meta.url);
  const templates: Record<string, string> = Object.fromEntries(PROMPT_NAMES.map((n) => [n, `〈${n}〉`]));
  for (const file of readdirSync(dir))
    templates[file.replace(/\.txt$/, "")] = readFileSync(new URL(file, dir), "utf8");
  const config = parseConfig(env);
  return {
    config,
    search: { search: () => [], getPassage: () => undefined, version: "x", passageCount: 0 },
    chat: {
      async chat({ message }) {
        if (message.includes("息ができ")) {
          return {
            kind: "emergency",
            answer: "いますぐ119番に電話してください。#7119",
            citations: [],
            suggestions: [],
          };
        }
        return {
          kind: "answer",
          answer: `「${message}」への答え[1]。`,
          citations: [{ id: "isaacs#a", path: ["アイザックス症候群", "遺伝", "まとめ"], quote: "q" }],
          suggestions: [
            "再発しますか?",
            "アイザックス症候群の治療で使われるお薬にはどんな副作用がありますか?",
          ],
        };
      },
    },
    store: new MemoryStore(),
    prompts: renderPrompts(templates, config),
    widgetScript: "",
    waitUntil: () => {},
  };
}

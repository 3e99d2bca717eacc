// Reads the build's artifacts from generated/ for the Node runtime and the Node-side scripts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Analyzer, createAnalyzer } from "../../core/analysis/analyzer.js";
import { type DictionaryBuffers, loadTokenizer } from "../../core/analysis/dictionary.js";
import type { KnowledgeSnapshot } from "../../core/knowledge/knowledge.js";

export const GENERATED_DIR = resolve(fileURLToPath(new URL("../../../generated", import.meta.url)));

function need(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build\` (npm start and npm test run it for you).`);
  }
  return path;
}

/** Each generated/dict/<name>.bin as an ArrayBuffer of exactly its bytes (no pooled Buffer slack). */
export function readDictionaryBuffers(): DictionaryBuffers {
  const dir = need(join(GENERATED_DIR, "dict"));
  const buffers: Record<string, ArrayBuffer> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".bin"))) {
    const bytes = readFileSync(join(dir, name));
    buffers[name.replace(/\.bin$/, "")] = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    );
  }
  return buffers as DictionaryBuffers;
}

export function loadNodeAnalyzer(): Analyzer {
  return createAnalyzer(loadTokenizer(readDictionaryBuffers()));
}

export function readKnowledge(): KnowledgeSnapshot {
  return JSON.parse(readFileSync(need(join(GENERATED_DIR, "knowledge.json")), "utf8")) as KnowledgeSnapshot;
}

export function readPromptTemplates(): Record<string, string> {
  return JSON.parse(readFileSync(need(join(GENERATED_DIR, "prompts.json")), "utf8")) as Record<
    string,
    string
  >;
}

export function readWidgetScript(): string {
  return readFileSync(need(join(GENERATED_DIR, "widget.js")), "utf8");
}

export function readLicenses(): string {
  return readFileSync(need(join(GENERATED_DIR, "licenses.txt")), "utf8");
}

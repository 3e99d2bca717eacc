// Shared by this folder's tests (Node only): the source document's lines and a loaded tokenizer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ensureDictionary, ROOT, readDictionaryBuffers } from "../../../scripts/build-dictionary.js";
import { normalizeText } from "../normalize/normalize.js";
import { loadTokenizer } from "./dictionary.js";
import type { JapaneseTokenizer } from "./tokenizer.js";

// The received source, byte for byte (the corpus integrity test proves the copy matches the corpus).
export const SOURCE_DOCUMENT = path.join(ROOT, "corpus/source-of-record/000_977ce0aeed02bf91.txt");

/** Every non-blank line of the source document, normalized as the analyzer sees it. */
export function corpusLines(): string[] {
  return readFileSync(SOURCE_DOCUMENT, "utf8")
    .split("\n")
    .map(normalizeText)
    .filter((line) => line.trim().length > 0);
}

let loaded: JapaneseTokenizer | undefined;

/** The runtime tokenizer over generated/dict/ (built first if stale). */
export function loadedTokenizer(): JapaneseTokenizer {
  if (!loaded) {
    ensureDictionary();
    loaded = loadTokenizer(readDictionaryBuffers());
  }
  return loaded;
}

// The two baselines the analyzer is measured against, indexed over the same passages and fields:
// Orama's built-in Japanese tokenizer (Intl.Segmenter) and plain character bigrams.
import { create, insertMultiple, search, type Tokenizer } from "@orama/orama";
import { createTokenizer as createJapaneseTokenizer } from "@orama/tokenizers/japanese";
import { normalizeText, toKatakana } from "../../src/core/normalize/normalize.js";
import type { Passage } from "../../src/core/types.js";

export interface Ranker {
  name: string;
  /** `context`: a follow-up's previous question (baselines simply read it with the question). */
  rank(query: string, k: number, context?: string): string[];
}

function oramaRanker(name: string, tokenizer: Tokenizer, passages: Passage[]): Ranker {
  const db = create({ schema: { heading: "string", body: "string" } as const, components: { tokenizer } });
  const inserted = insertMultiple(
    db,
    passages.map((p) => ({ id: p.id, heading: p.path.slice(1).join("\n"), body: p.text })),
  );
  if (inserted instanceof Promise) throw new Error("unexpected async insert");
  return {
    name,
    rank(query, k, context) {
      const term = context ? `${context}\n${query}` : query;
      const result = search(db, { term, properties: ["heading", "body"], limit: k, threshold: 1 });
      if (result instanceof Promise) throw new Error("unexpected async search");
      return result.hits.map((hit) => hit.id);
    },
  };
}

export function oramaJapanese(passages: Passage[]): Ranker {
  return oramaRanker("orama-japanese", createJapaneseTokenizer() as unknown as Tokenizer, passages);
}

export function charBigrams(passages: Passage[]): Ranker {
  const tokenize = (raw: string): string[] => {
    const runs =
      toKatakana(normalizeText(raw))
        .toLowerCase()
        .match(/[\p{L}\p{N}ー]+/gu) ?? [];
    const grams = runs.flatMap((run) => {
      const chars = [...run];
      if (chars.length === 1) return chars;
      return chars.slice(0, -1).map((c, i) => `${c}${chars[i + 1]}\u0003`);
    });
    return grams;
  };
  const tokenizer: Tokenizer = {
    language: "japanese",
    normalizationCache: new Map(),
    tokenize: (raw, _lang, prop) => (prop ? [...new Set(tokenize(raw))] : tokenize(raw)),
  };
  return oramaRanker("char-bigrams", tokenizer, passages);
}

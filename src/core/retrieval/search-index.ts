import { create, insertMultiple, load, type Orama, type RawData, save, search } from "@orama/orama";
import type { Passage, SearchHit } from "../types.js";
import { createOramaTokenizer, type TextAnalyzer } from "./orama-tokenizer.js";
import { BM25, EXPANSION_WEIGHT, FIELD_BOOST } from "./tuning.js";

const schema = {
  heading: "string",
  body: "string",
  reading: "string",
  grams: "string",
} as const;

type PassageDb = Orama<typeof schema>;

/** The artifact the build writes and the runtime loads: Orama's raw data plus the passages it indexes. */
export interface IndexSnapshot {
  version: string;
  passages: Passage[];
  orama: RawData;
}

function headingText(passage: Passage): string {
  // The document title is shared by every passage of a document, so it adds nothing but length.
  return passage.path.slice(1).join("\n");
}

function createDb(analyzer: TextAnalyzer): PassageDb {
  return create({
    schema,
    components: { tokenizer: createOramaTokenizer(analyzer) },
  }) as PassageDb;
}

/** Build time: analyze and index every passage once. */
export function buildSnapshot(analyzer: TextAnalyzer, passages: Passage[], version: string): IndexSnapshot {
  const db = createDb(analyzer);
  const docs = passages.map((passage) => {
    const heading = headingText(passage);
    const all = `${heading}\n${passage.text}`;
    return { id: passage.id, heading, body: passage.text, reading: all, grams: all };
  });
  const inserted = insertMultiple(db, docs);
  if (inserted instanceof Promise) throw new Error("Orama insert unexpectedly async");
  return { version, passages, orama: save(db) };
}

export interface PassageIndex {
  readonly version: string;
  readonly passages: readonly Passage[];
  getPassage(id: string): Passage | undefined;
  search(query: string, k: number): SearchHit[];
}

type Hits = { id: string; score: number }[];

function runSearch(db: PassageDb, term: string, properties: (keyof typeof schema)[], limit: number): Hits {
  const result = search(db, {
    term,
    properties,
    boost: FIELD_BOOST,
    relevance: BM25,
    threshold: 1,
    limit,
  });
  if (result instanceof Promise) throw new Error("Orama search unexpectedly async");
  return result.hits.map((hit) => ({ id: hit.id, score: hit.score }));
}

/** Runtime: load the snapshot into a db created with the same tokenizer; nothing is re-analyzed. */
export function loadPassageIndex(analyzer: TextAnalyzer, snapshot: IndexSnapshot): PassageIndex {
  const db = createDb(analyzer);
  load(db, snapshot.orama);
  const byId = new Map(snapshot.passages.map((passage) => [passage.id, passage]));
  const total = snapshot.passages.length;

  return {
    version: snapshot.version,
    passages: snapshot.passages,
    getPassage: (id) => byId.get(id),
    search(query, k) {
      const scores = new Map<string, number>();
      for (const hit of runSearch(db, query, ["heading", "body", "reading", "grams"], total)) {
        scores.set(hit.id, hit.score);
      }
      const expansion = analyzerExpansion(analyzer, query);
      if (expansion) {
        for (const hit of runSearch(db, expansion, ["heading", "body"], total)) {
          scores.set(hit.id, (scores.get(hit.id) ?? 0) + EXPANSION_WEIGHT * hit.score);
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, k)
        .flatMap(([id, score]) => {
          const passage = byId.get(id);
          return passage ? [{ id, path: passage.path, text: passage.text, score }] : [];
        });
    },
  };
}

function analyzerExpansion(analyzer: TextAnalyzer, query: string): string {
  return analyzer.expand(query).join(" ");
}

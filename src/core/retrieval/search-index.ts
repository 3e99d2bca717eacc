import {
  create,
  insertMultiple,
  load,
  type Orama,
  type RawData,
  save,
  search,
  type Tokenizer,
} from "@orama/orama";
import { standardize } from "../normalize/colloquial.js";
import { createRespeller, type KanaSpellings } from "../normalize/kana-spelling.js";
import { createKatakanaCorrector } from "../normalize/katakana-typos.js";
import { questionFocus } from "../normalize/question-focus.js";
import type { Passage, SearchHit } from "../types.js";
import { addressedQuery, createOramaTokenizer, type TextAnalyzer } from "./orama-tokenizer.js";
import { QUESTION_WORDS, stripStopPhrases, subjectOf } from "./query-stop-phrases.js";
import { createTokenScorer } from "./token-scores.js";
import { DEFAULT_TUNING, type RetrievalTuning } from "./tuning.js";

const schema = {
  heading: "string",
  section: "string",
  questions: "string",
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
  /** The material's nouns by reading, for questions typed in kana (see kana-spelling.ts). */
  kanaSpellings?: KanaSpellings;
  /** The material's katakana words, for voicing-mark typos (see katakana-typos.ts). */
  katakanaWords?: string[];
}

/** The passage's own heading (for a section lead, the section's question). */
function ownHeading(passage: Passage): string {
  return passage.path.length > 1 ? (passage.path.at(-1) ?? "") : "";
}

/** The headings between the document title and the passage's own heading (the section's question). */
function sectionHeadings(passage: Passage): string {
  // The document title is shared by every passage of a document, so it adds nothing but length.
  return passage.path.slice(1, -1).join("\n");
}

function createDb(tokenizer: Tokenizer): PassageDb {
  return create({ schema, components: { tokenizer } }) as PassageDb;
}

/** Build time: analyze and index every passage once. */
/**
 * @param questions everyday questions each passage answers (doc2query, by passage id), indexed as
 *   their own lower-weight field.
 */
export function buildSnapshot(
  analyzer: TextAnalyzer,
  passages: Passage[],
  version: string,
  questions: Record<string, string[]> = {},
): IndexSnapshot {
  const db = createDb(createOramaTokenizer(analyzer));
  const docs = passages.map((passage) => {
    const heading = ownHeading(passage);
    const section = sectionHeadings(passage);
    const all = `${section}\n${heading}\n${passage.text}`;
    const asked = (questions[passage.id] ?? []).join("\n");
    return {
      id: passage.id,
      heading,
      section,
      questions: asked,
      body: passage.text,
      reading: all,
      grams: all,
    };
  });
  const inserted = insertMultiple(db, docs);
  if (inserted instanceof Promise) throw new Error("Orama insert unexpectedly async");
  return { version, passages, orama: save(db) };
}

export interface PassageIndex {
  readonly version: string;
  readonly passages: readonly Passage[];
  getPassage(id: string): Passage | undefined;
  /**
   * A question's words spelled as the material spells them: standard forms first (眠れへん → 眠れない,
   * はり・きゅう → 鍼灸, so their kana is not respelled as other words), then kana words typed for the
   * material's nouns (しょうじょう → 症状), and katakana words one voicing mark off (ステロイト → ステロイド).
   */
  respell(text: string): string;
  /** Best first. `context` (the previous question of a follow-up) counts at a lower weight. */
  search(query: string, k: number, context?: string): SearchHit[];
}

type Hits = { id: string; score: number }[];

/** The fields analyzed into terms (the others hold reading and character bigrams). */
const TERM_FIELDS: (keyof typeof schema)[] = ["heading", "section", "questions", "body"];

function runSearch(
  db: PassageDb,
  term: string,
  properties: (keyof typeof schema)[],
  limit: number,
  tuning: RetrievalTuning,
): Hits {
  const result = search(db, {
    term,
    properties,
    boost: tuning.fieldBoost,
    relevance: tuning.bm25,
    threshold: 1,
    limit,
  });
  if (result instanceof Promise) throw new Error("Orama search unexpectedly async");
  return result.hits.map((hit) => ({ id: hit.id, score: hit.score }));
}

/** Runtime: load the snapshot into a db created with the same tokenizer; nothing is re-analyzed. */
export function loadPassageIndex(
  analyzer: TextAnalyzer,
  snapshot: IndexSnapshot,
  tuning: RetrievalTuning = DEFAULT_TUNING,
): PassageIndex {
  const tokenizer = createOramaTokenizer(analyzer);
  const db = createDb(tokenizer);
  load(db, snapshot.orama);
  const byId = new Map(snapshot.passages.map((passage) => [passage.id, passage]));
  const total = snapshot.passages.length;
  // Each query token is searched alone, once, and its share kept (token-scores.ts).
  const scoreTokens = createTokenScorer(
    snapshot.passages.map((passage) => passage.id),
    (property, token) =>
      runSearch(db, addressedQuery("x", token), [property as keyof typeof schema], total, tuning),
    // Orama's document frequencies: a token no passage has is not searched for at all.
    (property, token) => typeof db.data.index.tokenOccurrences[property]?.[token] === "number",
  );
  const tokensOf = (namespace: "t" | "r" | "g" | "w", text: string) =>
    tokenizer.tokenize(addressedQuery(namespace, text)) as string[];
  const respellKana = createRespeller(snapshot.kanaSpellings ?? {});
  const correctKatakana = createKatakanaCorrector(snapshot.katakanaWords ?? []);
  const respell = (text: string) => correctKatakana(respellKana(standardize(text)));

  return {
    version: snapshot.version,
    passages: snapshot.passages,
    getPassage: (id) => byId.get(id),
    respell,
    search(query, k, context) {
      const scores = new Map<string, number>();
      const add = (hits: Hits, weight: number) => {
        for (const hit of hits) scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight * hit.score);
      };
      const scoreText = (text: string, weight: number) => {
        add(scoreTokens(tokensOf("t", text), TERM_FIELDS), weight);
        add(scoreTokens(tokensOf("r", text), ["reading"]), weight);
        add(scoreTokens(tokensOf("g", text), ["grams"]), weight);
        const expansion = analyzer.expand(text).join(" ");
        if (expansion) {
          add(scoreTokens(tokensOf("w", expansion), TERM_FIELDS), weight * tuning.expansionWeight);
        }
      };
      // A question that is only the disease's name ("アイザックス症候群とは?", "ｱｲｻﾞｯｸｽってなに?")
      // asks what the disease is: the name alone is searched, without the question word, which would
      // otherwise find whichever passage's everyday question happens to say "…ってなに?".
      const focused = (text: string) => {
        const standard = respell(text);
        const stripped = stripStopPhrases(standard);
        if (stripped && analyzer.terms(stripped).some((term) => !QUESTION_WORDS.has(term))) return stripped;
        return subjectOf(standard) || stripped || standard;
      };
      // A message that sets a scene first (夫が休職中です。仕事に戻れる人は多い?) is searched once more
      // by its asking clause alone, so the passage answering the question outranks one about the scene.
      // When the scene is long (a paragraph of symptoms before "遺伝しますか?"), the asking clause leads
      // and the whole message only supports it: otherwise the scene's words decide.
      const standardQuery = standardize(query);
      const asking = questionFocus(standardQuery);
      const sceneChars = asking ? standardQuery.length - asking.length : 0;
      const [wholeWeight, askingWeight] =
        sceneChars >= tuning.longSceneChars ? [tuning.longSceneWeight, 1] : [1, tuning.focusWeight];
      scoreText(focused(query), wholeWeight);
      if (sceneChars > 0) scoreText(focused(asking), askingWeight);
      if (context) scoreText(focused(context), tuning.contextWeight);
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

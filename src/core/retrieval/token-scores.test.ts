import { create, insertMultiple, search } from "@orama/orama";
import { describe, expect, it } from "vitest";
import { createTokenScorer, type Hit } from "./token-scores.js";

// A real Orama index over space-separated words, with two boosted properties: the scorer must give
// Orama's own scores, to the last bit, for queries with repeated and unknown tokens.
const schema = { title: "string", body: "string" } as const;
const db = create({
  schema,
  components: {
    tokenizer: {
      language: "test",
      normalizationCache: new Map(),
      tokenize: (raw: string) => raw.split(" ").filter(Boolean),
    },
  },
});
const docs = [
  { id: "a", title: "足 つる", body: "足 が つる 夜 に つる こむら 返り" },
  { id: "b", title: "遺伝", body: "遺伝 する か 家族 に 遺伝" },
  { id: "c", title: "治療", body: "足 の 治療 は 薬 と 免疫 治療" },
  { id: "d", title: "夜", body: "夜 眠れ ない 汗 が 出る 足" },
];
insertMultiple(db, docs);
const ids = docs.map((d) => d.id);
const boost = { title: 2, body: 0.7 };
const relevance = { k: 1.2, b: 0.3, d: 0.5 };

const oramaSearch = (term: string, properties: ("title" | "body")[]): Hit[] => {
  const result = search(db, { term, properties, boost, relevance, threshold: 1, limit: ids.length });
  if (result instanceof Promise) throw new Error("async");
  return result.hits.map((hit) => ({ id: hit.id, score: hit.score }));
};
const occurs = (property: string, token: string) =>
  typeof db.data.index.tokenOccurrences[property]?.[token] === "number";
const byId = (hits: Hit[]) => Object.fromEntries(hits.map((hit) => [hit.id, hit.score]));

describe("createTokenScorer", () => {
  const searched: string[] = [];
  const scorer = createTokenScorer(
    ids,
    (property, token) => {
      searched.push(`${property}:${token}`);
      return oramaSearch(token, [property as "title" | "body"]);
    },
    occurs,
  );

  it.each([
    ["足 つる", ["title", "body"]],
    ["足 足 夜 つる 遺伝", ["title", "body"]],
    ["治療 薬 ない 存在しない語", ["body"]],
    ["夜 汗 足 が つる 遺伝 家族", ["title", "body"]],
  ] as const)("gives Orama's own scores, bit for bit, for %s", (query, properties) => {
    const expected = byId(oramaSearch(query, [...properties]));
    const got = byId(scorer(query.split(" "), properties));
    expect(got).toEqual(expected);
    for (const id of Object.keys(expected)) expect(Object.is(got[id], expected[id])).toBe(true);
  });

  it("asks Orama once per (property, token) pair, and never for a token the index lacks", () => {
    searched.length = 0;
    scorer(["足", "存在しない語", "治療"], ["title", "body"]);
    scorer(["足", "治療", "治療"], ["title", "body"]);
    expect(searched.filter((pair) => pair.includes("存在しない語"))).toEqual([]);
    expect(new Set(searched).size).toBe(searched.length);
  });

  it("stays right when the kept pairs pass the limit and are dropped", () => {
    const tiny = createTokenScorer(
      ids,
      (property, token) => oramaSearch(token, [property as "body"]),
      occurs,
      2,
    );
    const query = "夜 汗 足 が つる 遺伝 家族";
    for (let i = 0; i < 3; i++) {
      expect(byId(tiny(query.split(" "), ["title", "body"]))).toEqual(
        byId(oramaSearch(query, ["title", "body"])),
      );
    }
  });

  it("returns no hits for no tokens", () => {
    expect(scorer([], ["title", "body"])).toEqual([]);
  });
});

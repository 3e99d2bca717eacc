// Our trimmed dictionary against kuromoji's stock IPADIC (node_modules/kuromoji/dict, ~250 MB to
// load: done once). The trimming must not change how the source document segments; the only
// differences allowed are where medical-terms.csv adds a word.
import { readFileSync } from "node:fs";
import path from "node:path";
import kuromoji, { type IpadicFeatures, type Tokenizer } from "kuromoji";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../../scripts/build-dictionary.js";
import { corpusLines, loadedTokenizer } from "./test-fixtures.js";

const medicalTerms = readFileSync(path.join(ROOT, "src/core/analysis/medical-terms.csv"), "utf8")
  .split("\n")
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(",")[0] as string);

const show = (tokens: IpadicFeatures[]) =>
  tokens.map((t) =>
    [t.surface_form, t.pos, t.pos_detail_1, t.pos_detail_2, t.basic_form, t.reading].join("/"),
  );

/** The tokens each side has that the other lacks, e.g. "筋|電|図 → 筋電図". */
const diff = (theirs: string[], ours: string[]) =>
  `${theirs.filter((t) => !ours.includes(t)).join(" ")} → ${ours.filter((t) => !theirs.includes(t)).join(" ")}`;

describe("the trimmed dictionary against kuromoji's stock dictionary", () => {
  let stock: Tokenizer<IpadicFeatures>;

  beforeAll(async () => {
    loadedTokenizer();
    stock = await new Promise((resolve, reject) =>
      kuromoji
        .builder({ dicPath: path.join(ROOT, "node_modules/kuromoji/dict") })
        .build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer))),
    );
  }, 60_000);

  it("segments every source line the same, except where a medical term was added", () => {
    const differences = corpusLines()
      .map((line) => ({
        line,
        ours: show(loadedTokenizer().tokenize(line)),
        theirs: show(stock.tokenize(line)),
      }))
      .filter((d) => d.ours.join(" ") !== d.theirs.join(" "));
    console.info(differences.map((d) => diff(d.theirs, d.ours)).join("\n"));
    const unexplained = differences.filter((d) => !medicalTerms.some((term) => d.line.includes(term)));
    expect(unexplained.map((d) => d.line)).toEqual([]);
    expect(differences.length).toBeGreaterThan(0); // アイザックス etc. now have readings
  }, 30_000);
});

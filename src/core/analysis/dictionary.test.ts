import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type DynamicDictionaries from "kuromoji/src/dict/DynamicDictionaries.js";
import Tokenizer from "kuromoji/src/Tokenizer.js";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildDictionaryInProcess,
  buildTimeTokenizer,
  ensureDictionary,
  inputsHash,
  OUT_DIR,
  ROOT,
} from "../../../scripts/build-dictionary.js";
import { createAnalyzer } from "./analyzer.js";
import { type DictionaryBuffers, loadTokenizer } from "./dictionary.js";
import { DICTIONARY_FILE_NAMES } from "./dictionary-format.js";
import { serializeDictionaries } from "./serialize.js";
import { corpusLines, loadedTokenizer } from "./test-fixtures.js";
import type { JapaneseTokenizer } from "./tokenizer.js";

const toBuffers = (files: Record<string, Uint8Array>) =>
  Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, bytes.slice().buffer]),
  ) as DictionaryBuffers;

describe("the dictionary loaded from buffers", () => {
  let dic: DynamicDictionaries;
  let files: ReturnType<typeof serializeDictionaries>;
  let loaded: JapaneseTokenizer;
  const lines = corpusLines();

  beforeAll(() => {
    dic = buildDictionaryInProcess();
    files = serializeDictionaries(dic);
    loaded = loadTokenizer(toBuffers(files));
  }, 60_000);

  it("gives exactly kuromoji's tokens from the in-process dictionary on every source line", () => {
    const stock = new Tokenizer(dic);
    const differing = lines.filter(
      (line) => JSON.stringify(loaded.tokenize(line)) !== JSON.stringify(stock.tokenize(line)),
    );
    expect(differing).toEqual([]);
    expect(loaded.tokenize(lines[1] as string)).toEqual(stock.tokenize(lines[1] as string));
  });

  it.each([
    "足が😀つる、ピクピク👀する",
    "𠮷野家で𩸽を食べたら🙇‍♀️",
    "ｱｲｻﾞｯｸｽ症候群のｹｲﾚﾝ",
    "CK値が３００ＩＵ/L、abc123",
    "ああああああああああああああああああああああああああああああ",
    "",
  ])("gives kuromoji's tokens for patients' typing too: %s", (line) => {
    expect(loaded.tokenize(line)).toEqual(new Tokenizer(dic).tokenize(line));
  });

  it("reads a lone surrogate as U+FFFD instead of failing as kuromoji does", () => {
    const stock = new Tokenizer(dic);
    expect(() => stock.tokenize("足が\ud800つる")).toThrow();
    expect(loaded.tokenize("足が\ud800つる")).toEqual(stock.tokenize("足が\ufffdつる"));
    expect(loaded.tokenize("\udc00")).toEqual(stock.tokenize("\ufffd"));
  });

  it("gives the same search-mode and decompounded tokens as the build-time tokenizer", () => {
    const buildTime = buildTimeTokenizer(dic);
    for (const line of lines)
      expect(loaded.tokenizeSearchMode(line)).toEqual(buildTime.tokenizeSearchMode(line));
    for (const word of ["筋線維束攣縮", "免疫抑制薬", "持続性筋線維活動症候群"]) {
      expect(loaded.decompound(word)).toEqual(buildTime.decompound(word));
    }
  });

  it("gives the build-time analyzer's terms on every source line", () => {
    const buildTime = createAnalyzer(buildTimeTokenizer(dic));
    const runtime = createAnalyzer(loaded);
    for (const line of lines) expect(runtime.terms(line)).toEqual(buildTime.terms(line));
  });

  it("writes only the used part of the trie arrays, not the builder's backing buffers", () => {
    const base = dic.trie.bc.getBaseBuffer();
    expect(files.base.byteLength).toBe(base.byteLength);
    expect(files.base.byteLength).toBeLessThan(base.buffer.byteLength);
    const total = Object.values(files).reduce((sum, f) => sum + f.byteLength, 0);
    expect(total).toBeLessThan(24 * 1024 * 1024);
  });

  it("is what generated/dict/ holds, with the current inputs' hash in its manifest", () => {
    ensureDictionary();
    const manifest = JSON.parse(readFileSync(path.join(OUT_DIR, "manifest.json"), "utf8"));
    expect(manifest.inputsHash).toBe(inputsHash());
    for (const name of DICTIONARY_FILE_NAMES) {
      expect(readFileSync(path.join(OUT_DIR, `${name}.bin`)).equals(files[name]), name).toBe(true);
    }
    expect(readFileSync(path.join(OUT_DIR, "NOTICE-ipadic.txt"), "utf8")).toContain(
      "Nara Institute of Science",
    );
  }, 60_000);
});

describe("the medical terms added to the dictionary", () => {
  const terms = readFileSync(path.join(ROOT, "src/core/analysis/medical-terms.csv"), "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(","));

  beforeAll(() => void loadedTokenizer(), 60_000);

  it.each(terms)("reads %s as one known word (%s, %s)", (surface, _pos, reading) => {
    const tokens = loadedTokenizer().tokenize(surface as string);
    expect(tokens.map((t) => [t.surface_form, t.word_type, t.reading])).toEqual([
      [surface, "KNOWN", reading],
    ]);
  });
});

describe("the runtime loader", () => {
  it("bundles for a Worker without any Node built-in", async () => {
    const result = await build({
      entryPoints: [
        path.join(ROOT, "src/core/analysis/dictionary.ts"),
        path.join(ROOT, "src/core/analysis/analyzer.ts"),
      ],
      bundle: true,
      write: false,
      platform: "neutral",
      mainFields: ["main"],
      format: "esm",
      outdir: "out",
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles.map((f) => f.text).join("\n");
    expect(code).not.toMatch(/require\(["'](fs|path|zlib|node:[a-z]+)["']\)/);
    expect(code).not.toContain("DictionaryLoader");
  });

  it("refuses a missing file by name", () => {
    expect(() => loadTokenizer({} as DictionaryBuffers)).toThrow(/base\.bin is missing/);
  });
});

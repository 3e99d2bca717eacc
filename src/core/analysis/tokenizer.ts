// A kuromoji tokenizer over any dictionary storage. kuromoji's own Tokenizer reads the token-id map
// from a JS object of arrays (~60 MB of heap for IPADIC, see shared/notes/japanese-search.md), so the
// lattice is built here against an accessor; the Viterbi search, lattice and unknown-word handling
// are kuromoji's own modules, so segmentation is kuromoji's (tested token for token).

import type { DoubleArray } from "doublearray/doublearray.js";
import type { IpadicFeatures } from "kuromoji";
import type ConnectionCosts from "kuromoji/src/dict/ConnectionCosts.js";
import type UnknownDictionary from "kuromoji/src/dict/UnknownDictionary.js";
import Tokenizer from "kuromoji/src/Tokenizer.js";
import SurrogateAwareString from "kuromoji/src/util/SurrogateAwareString.js";
import ViterbiLattice from "kuromoji/src/viterbi/ViterbiLattice.js";
import ViterbiNode from "kuromoji/src/viterbi/ViterbiNode.js";
import ViterbiSearcher from "kuromoji/src/viterbi/ViterbiSearcher.js";
import { wellFormed } from "../normalize/normalize.js";

export type { IpadicFeatures };

export interface JapaneseTokenizer {
  /** kuromoji's normal mode: the same tokens kuromoji.js gives. */
  tokenize(text: string): IpadicFeatures[];
  /**
   * Lucene's search mode: long words cost more, so compounds come out as their parts
   * (関西国際空港 → 関西|国際|空港). Used on single compound words to decompound them.
   */
  tokenizeSearchMode(text: string): IpadicFeatures[];
  /**
   * The parts of one word: search mode with the dictionary entry for the whole word left out, so
   * compounds IPADIC (or medical-terms.csv) lists whole still split (筋線維束攣縮 → 筋線維|束|攣縮).
   */
  decompound(word: string): IpadicFeatures[];
}

type Mode = "normal" | "search" | "decompound";

/** What the lattice needs from a dictionary, whatever its storage. */
export interface DictionaryParts {
  trie: DoubleArray;
  /** Token info ids (byte offsets into tokenInfo) of the entries whose surface has this trie id. */
  targets(trieId: number): ArrayLike<number>;
  /** left id, right id, word cost (int16) at each token info id. */
  tokenInfo: DataView;
  /** IPADIC feature fields of a known entry, laid out as kuromoji's features line (index 0 = surface). */
  features(tokenInfoId: number, surface: string): string[];
  unknown: UnknownDictionary;
  costs: ConnectionCosts;
}

// Lucene JapaneseTokenizer search-mode penalties (SEARCH_MODE_KANJI_LENGTH/PENALTY, _OTHER_).
const KANJI_LENGTH = 2;
const KANJI_PENALTY = 3000;
const OTHER_LENGTH = 7;
const OTHER_PENALTY = 1700;
const KANJI_ONLY = /^[\u3005\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]+$/;

export function searchModePenalty(surface: string): number {
  const length = [...surface].length;
  if (length <= KANJI_LENGTH) return 0;
  if (KANJI_ONLY.test(surface)) return (length - KANJI_LENGTH) * KANJI_PENALTY;
  return length > OTHER_LENGTH ? (length - OTHER_LENGTH) * OTHER_PENALTY : 0;
}

/**
 * The sentence as UTF-8 once, with the byte where each code point starts and the UTF-16 index at each
 * byte. doublearray's commonPrefixSearch re-encodes the rest of the sentence at every position and
 * decodes every key it finds: a quadratic cost that was most of the tokenizer's time.
 */
interface EncodedSentence {
  bytes: Uint8Array;
  /** Byte offset of each code point, plus the end. */
  byteOf: number[];
  /** UTF-16 index at each byte offset that starts a code point (or ends the sentence). */
  utf16At: Int32Array;
}

function encodeSentence(sentence: string): EncodedSentence {
  const bytes = new TextEncoder().encode(sentence);
  const byteOf: number[] = [];
  const utf16At = new Int32Array(bytes.length + 1);
  let byte = 0;
  let unit = 0;
  for (const ch of sentence) {
    byteOf.push(byte);
    utf16At[byte] = unit;
    const cp = ch.codePointAt(0) as number;
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    unit += ch.length;
  }
  byteOf.push(byte);
  utf16At[byte] = unit;
  return { bytes, byteOf, utf16At };
}

/** doublearray's commonPrefixSearch from one code point on, walking the trie over the encoded bytes. */
function prefixMatches(trie: TrieArrays, sentence: string, encoded: EncodedSentence, pos: number) {
  const { base, check } = trie;
  const { bytes, byteOf, utf16At } = encoded;
  const from = byteOf[pos] as number;
  const matches: { key: string; trieId: number | undefined }[] = [];
  let parent = 0;
  for (let i = from; i < bytes.length; i++) {
    const child = (base[parent] as number) + (bytes[i] as number);
    if (check[child] !== parent) break;
    parent = child;
    // A terminal child (code 0) marks a complete word; its base holds the record as -(id + 1).
    const terminal = base[child] as number;
    if (check[terminal] !== child) continue;
    const record = base[terminal] as number;
    const key = sentence.slice(utf16At[from], utf16At[i + 1]);
    matches.push({ key, trieId: record <= 0 ? -record - 1 : undefined });
  }
  return matches;
}

interface TrieArrays {
  base: Int32Array;
  check: Int32Array;
}

/** The lattice of kuromoji's ViterbiBuilder.build, with an optional search-mode penalty on known words. */
function buildLattice(
  parts: DictionaryParts,
  trie: TrieArrays,
  sentence: string,
  mode: Mode,
): ViterbiLattice {
  const lattice = new ViterbiLattice();
  const text = new SurrogateAwareString(sentence);
  const encoded = encodeSentence(sentence);
  for (let pos = 0; pos < text.length; pos++) {
    const vocabulary = prefixMatches(trie, sentence, encoded, pos);
    for (const { key, trieId } of vocabulary) {
      if (mode === "decompound" && key.length === sentence.length) continue;
      if (trieId === undefined) continue;
      const ids = parts.targets(trieId);
      const penalty = mode === "normal" ? 0 : searchModePenalty(key);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        const left = parts.tokenInfo.getInt16(id, true);
        const right = parts.tokenInfo.getInt16(id + 2, true);
        const cost = parts.tokenInfo.getInt16(id + 4, true) + penalty;
        lattice.append(new ViterbiNode(id, cost, pos + 1, key.length, "KNOWN", left, right, key));
      }
    }
    appendUnknownWords(parts.unknown, lattice, text, pos, vocabulary.length > 0);
  }
  lattice.appendEos();
  return lattice;
}

/** kuromoji's unknown-word processing (char.def invoke/group rules), unchanged. */
function appendUnknownWords(
  unknown: UnknownDictionary,
  lattice: ViterbiLattice,
  text: SurrogateAwareString,
  pos: number,
  hasKnown: boolean,
) {
  const head = text.charAt(pos);
  const headClass = unknown.lookup(head);
  if (hasKnown && Number(headClass.is_always_invoke) !== 1) return;
  let key = head;
  // kuromoji counts a lone character as length 1 (one code point) but a grouped run by its UTF-16
  // length; lattice positions follow that, so we count the same way to stay token-for-token equal.
  let length = 1;
  if (Number(headClass.is_grouping) === 1) {
    for (let k = pos + 1; k < text.length; k++) {
      const next = text.charAt(k);
      if (unknown.lookup(next).class_name !== headClass.class_name) break;
      key += next;
      length = key.length;
    }
  }
  for (const unkId of unknown.target_map[headClass.class_id] ?? []) {
    const id = Number(unkId);
    const left = unknown.dictionary.getShort(id);
    const right = unknown.dictionary.getShort(id + 2);
    const cost = unknown.dictionary.getShort(id + 4);
    lattice.append(new ViterbiNode(id, cost, pos + 1, length, "UNKNOWN", left, right, key));
  }
}

function formatToken(parts: DictionaryParts, node: ViterbiNode, position: number): IpadicFeatures {
  const known = node.type === "KNOWN";
  const f = known
    ? parts.features(node.name, node.surface_form)
    : parts.unknown.getFeatures(node.name).split(",");
  // Field mapping of kuromoji's IpadicFormatter; unknown words have no reading there either.
  return {
    word_id: node.name,
    word_type: node.type,
    word_position: position,
    surface_form: known ? (f[0] as string) : node.surface_form,
    pos: f[1] as string,
    pos_detail_1: f[2] as string,
    pos_detail_2: f[3] as string,
    pos_detail_3: f[4] as string,
    conjugated_type: f[5] as string,
    conjugated_form: f[6] as string,
    basic_form: f[7] as string,
    ...(known ? { reading: f[8], pronunciation: f[9] } : {}),
  };
}

export function createTokenizer(parts: DictionaryParts): JapaneseTokenizer {
  const searcher = new ViterbiSearcher(parts.costs);
  const trie = { base: parts.trie.bc.getBaseBuffer(), check: parts.trie.bc.getCheckBuffer() };
  const run = (raw: string, mode: Mode) => {
    const tokens: IpadicFeatures[] = [];
    // kuromoji cannot encode a lone surrogate (JSON's "\ud800" is a legal string): it reads as U+FFFD.
    const text = wellFormed(raw);
    // Sentence splitting and word_position as kuromoji's Tokenizer.tokenize computes them.
    for (const sentence of Tokenizer.splitByPunctuation(text)) {
      const path = searcher.search(buildLattice(parts, trie, sentence, mode));
      const last = tokens.length > 0 ? (tokens[tokens.length - 1] as IpadicFeatures).word_position : 0;
      for (const node of path) tokens.push(formatToken(parts, node, last + node.start_pos));
    }
    return tokens;
  };
  return {
    tokenize: (text) => run(text, "normal"),
    tokenizeSearchMode: (text) => run(text, "search"),
    decompound: (word) => run(word, "decompound"),
  };
}

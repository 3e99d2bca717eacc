// Runtime: a tokenizer over the dictionary files of generated/dict/, given as ArrayBuffers (Worker
// `.bin` imports, or files read by the Node adapter). Web-standard only; never imports kuromoji's
// DictionaryLoader (fs, zlib, path). Every typed array is a view on the caller's buffer: no copies.

import doublearray from "doublearray/doublearray.js";
import CharacterDefinition from "kuromoji/src/dict/CharacterDefinition.js";
import ConnectionCosts from "kuromoji/src/dict/ConnectionCosts.js";
import UnknownDictionary from "kuromoji/src/dict/UnknownDictionary.js";
import {
  DICTIONARY_FILE_NAMES,
  type DictionaryFileName,
  decodeFeatures,
  decodePosNames,
} from "./dictionary-format.js";
import { createTokenizer, type JapaneseTokenizer } from "./tokenizer.js";

export type DictionaryBuffers = Record<DictionaryFileName, ArrayBuffer>;

export { DICTIONARY_FILE_NAMES };

function unknownDictionary(b: DictionaryBuffers): UnknownDictionary {
  // Object.create skips the constructor, which allocates two 10 MB build buffers.
  const unknown = Object.create(UnknownDictionary.prototype) as UnknownDictionary;
  unknown.loadDictionary(new Uint8Array(b.unk));
  unknown.loadPosVector(new Uint8Array(b.unk_pos));
  unknown.loadTargetMap(new Uint8Array(b.unk_map));
  unknown.character_definition = CharacterDefinition.load(
    new Uint8Array(b.unk_char),
    new Uint32Array(b.unk_compat),
    new Uint8Array(b.unk_invoke),
  );
  return unknown;
}

/** Dictionary entries whose decoded fields are kept (a few hundred KB at most). */
const DECODED_ENTRIES = 8192;

export function loadTokenizer(buffers: DictionaryBuffers): JapaneseTokenizer {
  for (const name of DICTIONARY_FILE_NAMES) {
    if (!(buffers[name] instanceof ArrayBuffer)) throw new Error(`dictionary file ${name}.bin is missing`);
  }
  const offsets = new Uint32Array(buffers.tid_map_offsets);
  const targets = new Uint32Array(buffers.tid_map);
  const features = new Uint8Array(buffers.features);
  const tokenInfo = new DataView(buffers.tid);
  const posNames = decodePosNames(new Uint8Array(buffers.pos));
  const costs = new ConnectionCosts(0, 0);
  costs.loadConnectionCosts(new Int16Array(buffers.cc));
  const empty = new Uint32Array(0);
  const decoded = new Map<number, string[]>();

  return createTokenizer({
    trie: doublearray.load(new Int32Array(buffers.base), new Int32Array(buffers.check)),
    targets: (trieId) =>
      trieId + 1 < offsets.length
        ? targets.subarray(offsets[trieId] as number, offsets[trieId + 1] as number)
        : empty,
    tokenInfo,
    features: (id, surface) => {
      // An entry always has the same surface, so its fields can be kept: the same few thousand words
      // recur in every question, and decoding them again was a fifth of tokenizing.
      let fields = decoded.get(id);
      if (!fields) {
        const f = decodeFeatures(features, tokenInfo.getUint32(id + 6, true), surface, posNames);
        fields = [surface, ...f.pos.split(","), f.basicForm, f.reading];
        if (decoded.size >= DECODED_ENTRIES) decoded.clear();
        decoded.set(id, fields);
      }
      return fields;
    },
    unknown: unknownDictionary(buffers),
    costs,
  });
}

// Build-time: turn a dictionary built in-process by kuromoji's DictionaryBuilder into the files of
// dictionary-format.ts. Pure (no I/O) so the round trip can be tested in memory.
import type DynamicDictionaries from "kuromoji/src/dict/DynamicDictionaries.js";
import {
  type DictionaryFileName,
  encodeFeatures,
  encodePosNames,
  TOKEN_INFO_SIZE,
} from "./dictionary-format.js";

/** The bytes of exactly the used part of a typed array (kuromoji's builder writes whole backing buffers). */
function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

export function serializeDictionaries(dic: DynamicDictionaries): Record<DictionaryFileName, Uint8Array> {
  const known = dic.token_info_dictionary;
  const tidIn = known.dictionary.buffer;
  const entryCount = tidIn.length / TOKEN_INFO_SIZE;

  // Features: re-encode each entry compactly and point its tid record at the new offset.
  const tid = tidIn.slice();
  const tidView = new DataView(tid.buffer);
  const posIds = new Map<string, number>();
  const chunks: Uint8Array[] = [];
  let featureOffset = 0;
  for (let i = 0; i < entryCount; i++) {
    const id = i * TOKEN_INFO_SIZE;
    const [surface = "", p1, p2, p3, p4, ctype, cform, basicForm = "*", reading = ""] = known
      .getFeatures(id)
      .split(",");
    const pos = [p1, p2, p3, p4, ctype, cform].join(",");
    let posId = posIds.get(pos);
    if (posId === undefined) {
      posId = posIds.size;
      posIds.set(pos, posId);
    }
    const record = encodeFeatures(surface, { pos, basicForm, reading }, posId);
    tidView.setUint32(id + 6, featureOffset, true);
    chunks.push(record);
    featureOffset += record.length;
  }
  const features = new Uint8Array(featureOffset);
  let at = 0;
  for (const chunk of chunks) {
    features.set(chunk, at);
    at += chunk.length;
  }

  // Target map: trie id -> token info ids, as offsets + one flat array instead of a JS object of arrays.
  const maxTrieId = Object.keys(known.target_map).reduce((max, key) => Math.max(max, Number(key)), 0);
  const offsets = new Uint32Array(maxTrieId + 2);
  const targets = new Uint32Array(entryCount);
  let filled = 0;
  for (let t = 0; t <= maxTrieId; t++) {
    offsets[t] = filled;
    for (const id of known.target_map[t] ?? []) targets[filled++] = Number(id);
  }
  offsets[maxTrieId + 1] = filled;

  const unknown = dic.unknown_dictionary;
  const charDef = unknown.character_definition;
  if (!charDef) throw new Error("dictionary has no character definition (char.def)");
  return {
    base: bytesOf(dic.trie.bc.getBaseBuffer()),
    check: bytesOf(dic.trie.bc.getCheckBuffer()),
    tid,
    features,
    pos: encodePosNames([...posIds.keys()]),
    tid_map_offsets: bytesOf(offsets),
    tid_map: bytesOf(targets.subarray(0, filled)),
    cc: bytesOf(dic.connection_costs.buffer),
    unk: bytesOf(unknown.dictionary.buffer),
    unk_pos: bytesOf(unknown.pos_buffer.buffer),
    unk_map: bytesOf(unknown.targetMapToBuffer()),
    unk_char: bytesOf(charDef.character_category_map),
    unk_compat: bytesOf(charDef.compatible_category_map),
    unk_invoke: bytesOf(charDef.invoke_definition_map.toBuffer()),
  };
}

// The on-disk layout of the trimmed dictionary, shared by the build-time serializer and the runtime
// loader. Every file is raw little-endian typed-array bytes with no padding, so the runtime wraps each
// ArrayBuffer in a view without copying (a Worker receives `.bin` imports as ArrayBuffers).
import { toKatakana } from "../normalize/normalize.js";

/** Bump when the layout below changes: it is part of the build's input hash. */
export const DICTIONARY_FORMAT_VERSION = 1;

/** The dictionary files, each `<name>.bin` in generated/dict/, and their element types. */
export const DICTIONARY_FILES = {
  base: "Int32Array: double-array trie BASE (kuromoji/doublearray)",
  check: "Int32Array: double-array trie CHECK",
  tid: "Uint8Array: 10 bytes per entry: left id, right id, word cost (int16), feature offset (uint32)",
  features: "Uint8Array: per entry a uint16 POS id, then base form and reading, each NUL-terminated UTF-8",
  pos: "Uint8Array: UTF-8 POS names (pos1..pos4,conjugation type,form), one per line; the POS id is the line",
  tid_map_offsets: "Uint32Array: for trie id t, its entries are tid_map[offsets[t]..offsets[t+1])",
  tid_map: "Uint32Array: token info ids (byte offsets into tid)",
  cc: "Int16Array: connection costs, [forward dim, backward dim, matrix...]",
  unk: "Uint8Array: unknown-word token info (kuromoji layout)",
  unk_pos: "Uint8Array: unknown-word features (kuromoji layout)",
  unk_map: "Uint8Array: character class -> unknown-word ids (kuromoji layout)",
  unk_char: "Uint8Array: character category map (65536)",
  unk_compat: "Uint32Array: compatible category bitsets (65536)",
  unk_invoke: "Uint8Array: character class definitions (kuromoji layout)",
} as const;

export type DictionaryFileName = keyof typeof DICTIONARY_FILES;
export const DICTIONARY_FILE_NAMES = Object.keys(DICTIONARY_FILES) as DictionaryFileName[];

/** Bytes per entry in tid.bin: three int16 and one uint32, as kuromoji lays them out. */
export const TOKEN_INFO_SIZE = 10;

/**
 * One known word's features. The surface form is not stored (the trie already has it); base form
 * and reading are stored as "" when they can be derived from the surface, which is the common case
 * (nouns are their own base form; kana words read as their katakana spelling).
 */
export interface WordFeatures {
  /** pos1,pos2,pos3,pos4,conjugation type,conjugation form, IPADIC's six POS fields. */
  pos: string;
  basicForm: string;
  reading: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeFeatures(surface: string, features: WordFeatures, posId: number): Uint8Array {
  const base = features.basicForm === surface ? "" : features.basicForm;
  const reading = features.reading === toKatakana(surface) ? "" : features.reading;
  const baseBytes = encoder.encode(base);
  const readingBytes = encoder.encode(reading);
  const out = new Uint8Array(2 + baseBytes.length + 1 + readingBytes.length + 1);
  out[0] = posId & 0xff;
  out[1] = posId >> 8;
  out.set(baseBytes, 2);
  out.set(readingBytes, 2 + baseBytes.length + 1);
  return out;
}

export function decodeFeatures(bytes: Uint8Array, offset: number, surface: string, posNames: string[]) {
  const posId = (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
  const baseStart = offset + 2;
  const baseEnd = bytes.indexOf(0, baseStart);
  const readingEnd = bytes.indexOf(0, baseEnd + 1);
  const basicForm = baseEnd === baseStart ? surface : decoder.decode(bytes.subarray(baseStart, baseEnd));
  const reading =
    readingEnd === baseEnd + 1
      ? toKatakana(surface)
      : decoder.decode(bytes.subarray(baseEnd + 1, readingEnd));
  return { pos: posNames[posId] ?? "*,*,*,*,*,*", basicForm, reading };
}

export function encodePosNames(names: string[]): Uint8Array {
  return encoder.encode(names.join("\n"));
}

export function decodePosNames(bytes: Uint8Array): string[] {
  return decoder.decode(bytes).split("\n");
}

// Types for the kuromoji.js 0.1.2 internals this folder uses. kuromoji's public entry only offers a
// DictionaryLoader that pulls in fs/zlib/path, so the runtime builds a tokenizer from these CommonJS
// modules directly (esbuild/wrangler and vite bundle CommonJS fine). Only what we touch is typed.

declare module "kuromoji/src/viterbi/ViterbiNode.js" {
  export default class ViterbiNode {
    constructor(
      name: number,
      cost: number,
      startPos: number,
      length: number,
      type: "KNOWN" | "UNKNOWN" | "BOS" | "EOS",
      leftId: number,
      rightId: number,
      surface: string,
    );
    name: number;
    start_pos: number;
    length: number;
    type: string;
    surface_form: string;
  }
}

declare module "kuromoji/src/viterbi/ViterbiLattice.js" {
  import type ViterbiNode from "kuromoji/src/viterbi/ViterbiNode.js";
  export default class ViterbiLattice {
    append(node: ViterbiNode): void;
    appendEos(): void;
  }
}

declare module "kuromoji/src/viterbi/ViterbiSearcher.js" {
  import type ViterbiLattice from "kuromoji/src/viterbi/ViterbiLattice.js";
  import type ViterbiNode from "kuromoji/src/viterbi/ViterbiNode.js";
  export default class ViterbiSearcher {
    constructor(costs: { get(forward: number, backward: number): number });
    search(lattice: ViterbiLattice): ViterbiNode[];
  }
}

declare module "kuromoji/src/util/SurrogateAwareString.js" {
  export default class SurrogateAwareString {
    constructor(str: string);
    length: number;
    slice(index: number): string;
    charAt(index: number): string;
    toString(): string;
  }
}

declare module "kuromoji/src/util/ByteBuffer.js" {
  export default class ByteBuffer {
    constructor(arg?: number | Uint8Array);
    buffer: Uint8Array;
    getShort(index: number): number;
  }
}

declare module "kuromoji/src/dict/CharacterDefinition.js" {
  export interface CharacterClass {
    class_id: number;
    class_name: string;
    is_always_invoke: number | boolean;
    is_grouping: number | boolean;
    max_length: number;
  }
  export default class CharacterDefinition {
    static load(catMap: Uint8Array, compatMap: Uint32Array, invokeDef: Uint8Array): CharacterDefinition;
    character_category_map: Uint8Array;
    compatible_category_map: Uint32Array;
    invoke_definition_map: { map: CharacterClass[]; toBuffer(): Uint8Array };
    lookup(ch: string): CharacterClass;
  }
}

declare module "kuromoji/src/dict/UnknownDictionary.js" {
  import type CharacterDefinition from "kuromoji/src/dict/CharacterDefinition.js";
  import type { CharacterClass } from "kuromoji/src/dict/CharacterDefinition.js";
  import type ByteBuffer from "kuromoji/src/util/ByteBuffer.js";
  export default class UnknownDictionary {
    dictionary: ByteBuffer;
    pos_buffer: ByteBuffer;
    target_map: Record<number, number[]>;
    character_definition: CharacterDefinition | null;
    lookup(ch: string): CharacterClass;
    getFeatures(id: number | string): string;
    loadDictionary(buffer: Uint8Array): UnknownDictionary;
    loadPosVector(buffer: Uint8Array): UnknownDictionary;
    loadTargetMap(buffer: Uint8Array): UnknownDictionary;
    targetMapToBuffer(): Uint8Array;
  }
}

declare module "kuromoji/src/dict/TokenInfoDictionary.js" {
  import type ByteBuffer from "kuromoji/src/util/ByteBuffer.js";
  export default class TokenInfoDictionary {
    dictionary: ByteBuffer;
    pos_buffer: ByteBuffer;
    target_map: Record<number, number[]>;
    getFeatures(id: number | string): string;
  }
}

declare module "kuromoji/src/dict/ConnectionCosts.js" {
  export default class ConnectionCosts {
    constructor(forward: number, backward: number);
    buffer: Int16Array;
    get(forward: number, backward: number): number;
    loadConnectionCosts(buffer: Int16Array): void;
  }
}

declare module "kuromoji/src/dict/DynamicDictionaries.js" {
  import type { DoubleArray } from "doublearray/doublearray.js";
  import type ConnectionCosts from "kuromoji/src/dict/ConnectionCosts.js";
  import type TokenInfoDictionary from "kuromoji/src/dict/TokenInfoDictionary.js";
  import type UnknownDictionary from "kuromoji/src/dict/UnknownDictionary.js";
  export default class DynamicDictionaries {
    trie: DoubleArray;
    token_info_dictionary: TokenInfoDictionary;
    connection_costs: ConnectionCosts;
    unknown_dictionary: UnknownDictionary;
  }
}

declare module "kuromoji/src/dict/builder/DictionaryBuilder.js" {
  import type DynamicDictionaries from "kuromoji/src/dict/DynamicDictionaries.js";
  export default class DictionaryBuilder {
    addTokenInfoDictionary(line: string): DictionaryBuilder;
    putCostMatrixLine(line: string): DictionaryBuilder;
    putCharDefLine(line: string): DictionaryBuilder;
    putUnkDefLine(line: string): DictionaryBuilder;
    build(): DynamicDictionaries;
  }
}

declare module "kuromoji/src/Tokenizer.js" {
  import type { IpadicFeatures } from "kuromoji";
  import type DynamicDictionaries from "kuromoji/src/dict/DynamicDictionaries.js";
  export default class Tokenizer {
    constructor(dic: DynamicDictionaries);
    static splitByPunctuation(input: string): string[];
    tokenize(text: string): IpadicFeatures[];
  }
}

declare module "doublearray/doublearray.js" {
  export interface DoubleArray {
    bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array };
  }
  const doublearray: { load(base: Int32Array, check: Int32Array): DoubleArray };
  export default doublearray;
}

// Cutting a section's lead into passages of roughly PASSAGE_MAX_CHARS characters. Short sections stay
// whole; prose goes through LangChain's recursive splitter with Japanese sentence separators; tables are
// cut between rows and every chunk repeats the header and separator rows, so no chunk loses its columns.
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import type { Block } from "./markdown.js";

/** Passage size limit in UTF-16 code units (String#length), the unit the splitter counts in. */
export const PASSAGE_MAX_CHARS = 400;

// Paragraph, line, sentence (。), clause (、), then any character.
const JAPANESE_SEPARATORS = ["\n\n", "\n", "。", "、", ""];
// The splitter keeps a separator at the *start* of the next piece; we move a leading 。 or 、 back to the
// end of the previous chunk (see reattachPunctuation), which can add one character to that chunk.
const MOVED_PUNCTUATION = /^[。、]/;

/** Chunks of a section lead, in order; their text is verbatim from the blocks. */
export async function chunkBlocks(blocks: readonly Block[], max = PASSAGE_MAX_CHARS): Promise<string[]> {
  const whole = blocks.map((b) => b.text).join("\n\n");
  if (whole.length <= max) return whole === "" ? [] : [whole];
  const pieces: Piece[] = [];
  for (const [block, { kind, text }] of blocks.entries()) {
    const texts = kind === "table" ? splitTable(text, max) : await splitProse(text, max);
    pieces.push(...texts.map((t) => ({ text: t, block })));
  }
  return mergeAcrossBlocks(pieces, max);
}

interface Piece {
  text: string;
  /** Index of the block the piece came from (the last one, once merged). */
  block: number;
}

/** Splits a GitHub table between rows; each chunk starts with the header and separator rows. */
export function splitTable(table: string, max = PASSAGE_MAX_CHARS): string[] {
  if (table.length <= max) return [table];
  const [header = "", separator = "", ...rows] = table.split("\n");
  const head = `${header}\n${separator}`;
  const chunks: string[] = [];
  let current: string[] = [];
  for (const row of rows) {
    // A single row longer than the limit becomes a chunk of its own: rows are never cut.
    if (current.length > 0 && [head, ...current, row].join("\n").length > max) {
      chunks.push([head, ...current].join("\n"));
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) chunks.push([head, ...current].join("\n"));
  return chunks;
}

/** Splits prose and lists at paragraph, line, sentence and clause boundaries. */
export async function splitProse(text: string, max = PASSAGE_MAX_CHARS): Promise<string[]> {
  if (text.length <= max) return [text];
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: max - 1,
    chunkOverlap: 0, // overlap would make two passages cite the same sentence
    separators: JAPANESE_SEPARATORS,
  });
  return reattachPunctuation(await splitter.splitText(text));
}

function reattachPunctuation(chunks: string[]): string[] {
  const out: string[] = [];
  for (const chunk of chunks) {
    const previous = out.length - 1;
    const mark = MOVED_PUNCTUATION.exec(chunk)?.[0];
    if (mark && previous >= 0) {
      out[previous] += mark;
      const rest = chunk.slice(mark.length).trim();
      if (rest !== "") out.push(rest);
    } else {
      out.push(chunk);
    }
  }
  return out;
}

// The last piece of one block and the first of the next go back together when they fit (e.g. a short
// list and a small table). Pieces of the same block stay apart: the splitter already filled them, and
// joining two chunks of one table would repeat its header mid-passage.
function mergeAcrossBlocks(pieces: Piece[], max: number): string[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    const joined = last ? `${last.text}\n\n${piece.text}` : "";
    if (last && last.block !== piece.block && joined.length <= max) {
      out[out.length - 1] = { text: joined, block: piece.block };
    } else {
      out.push(piece);
    }
  }
  return out.map((p) => p.text);
}

import { MAX_MESSAGES_PER_REPLY, MAX_TEXT_LENGTH } from "./limits.js";

// Splits a long answer into LINE text messages: each ≤ 5,000 UTF-16 code units, at most 5 per reply.
// Cuts prefer paragraph, then line, then sentence boundaries; a run with none of them is cut between
// grapheme clusters, so an emoji (surrogate pairs, ZWJ sequences) is never broken in two.

export interface SplitOptions {
  maxLength?: number;
  maxParts?: number;
  /** Appended to the last part when the text does not fit in maxParts messages. */
  truncationMark?: string;
}

// Each splitter keeps the separator on the left piece, so the pieces concatenate back to the input.
const BOUNDARIES: RegExp[] = [
  /(?<=\n\n)/, // paragraphs
  /(?<=\n)/, // lines
  /(?<=[。!?!?][」』)）"]*)/, // sentences, Japanese and Latin
  /(?<=[、,;;] ?)/, // clauses
];

const graphemeSegmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("ja", { granularity: "grapheme" })
    : null;

function graphemes(text: string): string[] {
  if (graphemeSegmenter) return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
  return Array.from(text); // code points: never splits a surrogate pair
}

/** Cuts `text` into pieces ≤ max at the coarsest boundary that works. */
function atoms(text: string, max: number, level = 0): string[] {
  if (text.length <= max) return [text];
  const boundary = BOUNDARIES[level];
  if (!boundary) return hardCut(text, max);
  return text.split(boundary).flatMap((piece) => atoms(piece, max, level + 1));
}

function hardCut(text: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const unit of graphemes(text).flatMap((g) => (g.length > max ? Array.from(g) : [g]))) {
    if (current.length + unit.length > max) {
      out.push(current);
      current = "";
    }
    current += unit;
  }
  if (current) out.push(current);
  return out;
}

/** Cuts to at most `max` code units without splitting a grapheme. */
export function clip(text: string, max: number, mark = ""): string {
  if (text.length <= max) return text;
  let out = "";
  for (const g of graphemes(text)) {
    if (out.length + g.length + mark.length > max) break;
    out += g;
  }
  return out.trimEnd() + mark;
}

export function splitText(text: string, options: SplitOptions = {}): string[] {
  const max = options.maxLength ?? MAX_TEXT_LENGTH;
  const maxParts = options.maxParts ?? MAX_MESSAGES_PER_REPLY;
  const mark = options.truncationMark ?? "…";

  // Greedy packing: each message takes as many whole atoms as fit.
  const parts: string[] = [];
  let current = "";
  for (const atom of atoms(text, max)) {
    if (current.length + atom.length > max) {
      parts.push(current);
      current = "";
    }
    current += atom;
  }
  parts.push(current);

  const trimmed = parts.map((part) => part.trim()).filter(Boolean);
  if (trimmed.length <= maxParts) return trimmed;
  const kept = trimmed.slice(0, maxParts);
  kept[maxParts - 1] = clip(`${kept[maxParts - 1]}\n${mark}`, max, mark);
  return kept;
}

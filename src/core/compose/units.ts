import type { Passage } from "../types.js";

/**
 * An answerable unit of a passage: a sentence, a list item or a table row. `quote` is verbatim from the
 * passage (for citations); `display` is how it reads in an answer (table rows become "項目：内容" lines).
 */
export interface AnswerUnit {
  passageId: string;
  /** Position within the passage (0 = first). */
  position: number;
  quote: string;
  display: string;
  /** The quote overlaps a claim clinic staff have yet to verify (Passage.underReview). */
  underReview?: true;
}

const TABLE_LINE = /^\|.*\|\s*$/;
const SIGNPOST = /^(以下|次)(に|では|の|は)|[:：]$/u;
const SEPARATOR_LINE = /^\|(\s*:?-+:?\s*\|)+\s*$/;
/**
 * A web source's name left after a sentence by the tool the material was written with
 * ("…データがあります。 orpha.net+1"): not wording, and not the start of the next sentence.
 */
const SOURCE_LABEL = /(?<=[。！？])\s+[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\+\d+)?$/iu;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

/** Sentences of a prose line, each keeping its 。/！/？ so quotes stay verbatim. */
function sentences(line: string): string[] {
  return (
    line
      .match(/[^。！？!?]+[。！？!?]?/g)
      ?.map((s) => s.trim())
      .filter((s) => s.length > 1) ?? []
  );
}

function rowDisplay(header: string[], row: string[]): string {
  const [first = "", second = "", ...rest] = row;
  const extras = rest
    .map((cell, i) => (cell ? `${header[i + 2] ?? ""}：${cell}` : ""))
    .filter(Boolean)
    .join("、");
  const main = second ? `${first}：${second}` : first;
  return extras ? `${main}(${extras})` : main;
}

/** Markdown emphasis is markup, not wording: drop it for display, keep it in the quote. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, "$1").replace(/<br\s*\/?>/g, " ");
}

export function splitUnits(passage: Passage): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  const lines = passage.text.split("\n");
  let header: string[] | null = null;
  // A sentence broken over two source lines is joined for display; the quote is its last line part
  // only when the whole does not occur verbatim.
  let pending = "";

  const push = (quote: string, display: string) => {
    if (display.replace(/[\s。、・:：|-]/g, "").length < 2) return;
    // The document's own signposts ("以下に…整理しました", "原因は以下のように分類されます:") state
    // nothing a patient asked about; they stay in the passage but never become an answer sentence.
    if (SIGNPOST.test(display.trim())) return;
    units.push({ passageId: passage.id, position: units.length, quote, display: plain(display) });
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      header = null;
      continue;
    }
    if (TABLE_LINE.test(line)) {
      if (SEPARATOR_LINE.test(line)) continue;
      const row = cells(line);
      if (!header) {
        header = row;
        continue;
      }
      const quote = line.replace(/^\|\s*/, "").replace(/\s*\|\s*$/, "");
      push(quote, rowDisplay(header, row));
      continue;
    }
    header = null;
    const text = line
      .replace(/^[-*]\s+/, "")
      .replace(/^>\s*/, "")
      .replace(SOURCE_LABEL, "");
    const joined = pending ? `${pending}${text}` : text;
    // A line that does not end a sentence continues on the next line (the source wraps mid-sentence).
    if (!/[。！？!?:：)」]$/.test(text) && text.length > 0 && !/^[①-⑳]/.test(text)) {
      pending = pending ? `${pending}\n${text}` : text;
      continue;
    }
    pending = "";
    for (const sentence of sentences(joined.replace(/\n/g, ""))) {
      push(locateVerbatim(passage.text, sentence) ?? sentence, sentence);
    }
  }
  if (pending) {
    for (const sentence of sentences(pending.replace(/\n/g, ""))) {
      push(locateVerbatim(passage.text, sentence) ?? sentence, sentence);
    }
  }
  return markClaims(passage, units);
}

/**
 * Flags the units whose quote overlaps an unverified claim (a claim may span two sentences, or sit
 * inside one). A claim in a table's header row concerns every row of that table; a claim in the
 * heading, not the text, concerns every unit of the passage.
 */
function markClaims(passage: Passage, units: AnswerUnit[]): AnswerUnit[] {
  const claims = passage.underReview ?? [];
  if (claims.length === 0) return units;
  const wholePassage = claims.some((claim) => !passage.text.includes(claim));
  const spans = claims.map((claim) => claimSpan(passage.text, claim)).filter((span) => span !== null);
  return units.map((unit) => {
    const start = passage.text.indexOf(unit.quote);
    const end = start + unit.quote.length;
    const overlaps = start >= 0 && spans.some((span) => start < span.end && span.start < end);
    return wholePassage || overlaps ? { ...unit, underReview: true } : unit;
  });
}

/** Where a claim sits in the text; a claim in a table's header row spans the whole table. */
function claimSpan(text: string, claim: string): { start: number; end: number } | null {
  const start = text.indexOf(claim);
  if (start < 0) return null;
  const lines = text.split("\n");
  const isTableRow = (i: number) => TABLE_LINE.test(lines[i]?.trim() ?? "");
  let row = 0;
  let rowStart = 0;
  while (rowStart + (lines[row]?.length ?? 0) < start) rowStart += (lines[row++]?.length ?? 0) + 1;
  if (!isTableRow(row) || isTableRow(row - 1)) return { start, end: start + claim.length };
  let end = rowStart;
  for (let i = row; isTableRow(i); i++) end += (lines[i]?.length ?? 0) + 1;
  return { start: rowStart, end: end - 1 };
}

const escapeRegExp = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The verbatim span of `passage` that reads as `sentence` once line breaks, indentation and list
 * markers are ignored (the source wraps sentences across lines). Build-time only.
 */
export function locateVerbatim(passage: string, sentence: string): string | null {
  if (passage.includes(sentence)) return sentence;
  const chars = [...sentence.replace(/\s+/g, "")].map(escapeRegExp);
  const pattern = new RegExp(chars.join("(?:\\s*(?:[-*]\\s+)?)"), "u");
  return passage.match(pattern)?.[0] ?? null;
}

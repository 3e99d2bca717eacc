// The Markdown subset the corpus uses: ## / ### / #### headings with optional `{#anchor}`, paragraphs,
// lists and GitHub tables. Body text is kept verbatim (line for line) because citations quote it.
import { fallbackAnchor, SLUG_PATTERN } from "./anchors.js";
import { CorpusError } from "./errors.js";

/** A run of lines between blank lines: prose or list (`text`), or a GitHub table (`table`). */
export interface Block {
  kind: "text" | "table";
  /** The block's lines exactly as in the file, joined with "\n". */
  text: string;
}

export interface Section {
  /** 2 for ##, 3 for ###, … */
  level: number;
  /** The heading's wording, `{#anchor}` stripped. */
  heading: string;
  anchor: string;
  /** 1-based line number in the corpus file, for error messages. */
  line: number;
  /** The section's lead: everything before its first sub-heading. */
  blocks: Block[];
  children: Section[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const ANCHOR = /^(.*?)[ \t]+\{#([^}\s]*)\}$/;
const TABLE_SEPARATOR = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** The heading's wording and its explicit anchor, if any: `## 遺伝する? {#heredity}`. */
export function parseHeadingLine(line: string): { level: number; text: string; anchor?: string } | undefined {
  const m = HEADING.exec(line);
  if (!m?.[1] || m[2] === undefined) return undefined;
  const a = ANCHOR.exec(m[2]);
  return a?.[1] !== undefined && a[2] !== undefined
    ? { level: m[1].length, text: a[1], anchor: a[2] }
    : { level: m[1].length, text: m[2] };
}

/** Parses the Markdown body of a corpus file into a tree of ## sections. */
export function parseSections(file: string, body: string, firstLine = 1): Section[] {
  const roots: Section[] = [];
  const open: Section[] = []; // the current heading path, outermost first
  let pending: string[] = [];
  let inFence = false;

  const flush = (): void => {
    const current = open.at(-1);
    for (const block of toBlocks(pending)) {
      if (!current) throw new CorpusError(file, "body", "text before the first ## heading");
      current.blocks.push(block);
    }
    pending = [];
  };

  body.split(/\r?\n/).forEach((line, i) => {
    const lineNo = firstLine + i;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? undefined : parseHeadingLine(line);
    if (!heading) {
      pending.push(line);
      return;
    }
    flush();
    const where = `line ${lineNo} heading "${heading.text}"`;
    if (heading.level === 1) throw new CorpusError(file, where, "use the front matter title instead of #");
    if (heading.text === "") throw new CorpusError(file, where, "empty heading");
    if (heading.anchor !== undefined && !SLUG_PATTERN.test(heading.anchor))
      throw new CorpusError(file, where, `anchor {#${heading.anchor}} must be lowercase a-z, 0-9 and -`);
    while ((open.at(-1)?.level ?? 0) >= heading.level) open.pop();
    const parentLevel = open.at(-1)?.level ?? 1;
    if (heading.level !== parentLevel + 1)
      throw new CorpusError(file, where, `level ${heading.level} heading under level ${parentLevel}`);
    const section: Section = {
      level: heading.level,
      heading: heading.text,
      anchor: heading.anchor ?? fallbackAnchor(heading.text),
      line: lineNo,
      blocks: [],
      children: [],
    };
    (open.at(-1)?.children ?? roots).push(section);
    open.push(section);
  });
  flush();
  return roots;
}

// Blank lines end a block; a table also ends where its `|` lines end, even without a blank line.
function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let run: string[] = [];
  let runIsTable = false;
  const end = (): void => {
    if (run.length > 0)
      blocks.push({ kind: runIsTable && isTable(run) ? "table" : "text", text: run.join("\n") });
    run = [];
  };
  for (const line of lines) {
    if (line.trim() === "") {
      end();
      continue;
    }
    const tableLine = line.trimStart().startsWith("|");
    if (run.length > 0 && tableLine !== runIsTable) end();
    runIsTable = tableLine;
    run.push(line);
  }
  end();
  return blocks;
}

function isTable(lines: string[]): boolean {
  return lines.length >= 2 && TABLE_SEPARATOR.test((lines[1] ?? "").trim());
}

// Reading corpus files. Only `corpus/*.md` are documents: README.md and sub-folders (such as
// source-of-record/, which keeps the received text byte for byte) are not indexed.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { SLUG_PATTERN } from "./anchors.js";
import { CorpusError } from "./errors.js";
import { type FrontMatter, parseFrontMatter, splitFrontMatter } from "./front-matter.js";
import { parseSections, type Section } from "./markdown.js";

export interface CorpusDocument {
  /** The file name, as used in error messages (e.g. "isaacs.md"). */
  file: string;
  /** The document id: the file name without ".md". */
  slug: string;
  meta: FrontMatter;
  /** The ## sections, each with its ### / #### children. */
  sections: Section[];
}

/** Parses one corpus file's text; `file` names it in errors and gives the document slug. */
export function parseCorpusFile(file: string, text: string): CorpusDocument {
  const slug = basename(file).replace(/\.md$/, "");
  if (!SLUG_PATTERN.test(slug))
    throw new CorpusError(file, "file name", "use lowercase a-z, 0-9 and - (e.g. isaacs.md)");
  const { yaml, body, bodyStartLine } = splitFrontMatter(file, text);
  const meta = parseFrontMatter(file, yaml);
  const sections = parseSections(file, body, bodyStartLine);
  if (sections.length === 0) throw new CorpusError(file, "body", "no ## heading");
  return { file, slug, meta, sections };
}

/** The corpus file names in `dir`, sorted so that builds are deterministic. */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md") && e.name.toLowerCase() !== "readme.md")
    .map((e) => e.name)
    .sort();
}

/** Loads and validates every document in `dir` (e.g. "corpus"), in file-name order. */
export async function loadCorpus(dir: string): Promise<CorpusDocument[]> {
  const files = await listCorpusFiles(dir);
  return Promise.all(
    files.map(async (name) => parseCorpusFile(name, await readFile(join(dir, name), "utf8"))),
  );
}

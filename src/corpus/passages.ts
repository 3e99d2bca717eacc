// From a parsed document to retrievable passages: one per section lead (the text before the section's
// first sub-heading), split when long. Each passage knows its heading path in the source's wording.
import type { Passage } from "../core/types.js";
import { passageId } from "./anchors.js";
import { CorpusError } from "./errors.js";
import type { CorpusDocument } from "./load.js";
import type { Section } from "./markdown.js";
import { chunkBlocks, PASSAGE_MAX_CHARS } from "./split.js";

/** The document's passages in reading order. Async because the LangChain splitter is. */
export async function toPassages(doc: CorpusDocument, max = PASSAGE_MAX_CHARS): Promise<Passage[]> {
  const passages: Passage[] = [];
  const visit = async (section: Section, path: string[], anchors: string[]): Promise<void> => {
    const chunks = await chunkBlocks(section.blocks, max);
    chunks.forEach((text, i) => {
      passages.push({ id: passageId(doc.slug, anchors, i + 1), doc: doc.slug, path, text });
    });
    for (const child of section.children) {
      await visit(child, [...path, child.heading], [...anchors, child.anchor]);
    }
  };
  for (const section of doc.sections) {
    await visit(section, [doc.meta.title, section.heading], [section.anchor]);
  }
  assertUniqueIds(doc.file, passages);
  return passages;
}

function assertUniqueIds(file: string, passages: readonly Passage[]): void {
  const seen = new Set<string>();
  for (const { id, path } of passages) {
    if (seen.has(id)) throw new CorpusError(file, `heading "${path.at(-1)}"`, `duplicate passage id ${id}`);
    seen.add(id);
  }
}

// The build-time entry point: corpus folder in, ordered passages out.
import type { Passage } from "../core/types.js";
import { baseId } from "./anchors.js";
import { CorpusError } from "./errors.js";
import { type CorpusDocument, loadCorpus } from "./load.js";
import { toPassages } from "./passages.js";

/**
 * Loads every `*.md` document in `dir` (README.md and sub-folders excluded), validates it, and returns
 * its passages: documents in file-name order, passages in reading order, so two builds of the same
 * corpus give identical output.
 *
 * For the build script, e.g. `scripts/build-index.ts`:
 * ```ts
 * import { buildPassages } from "../src/corpus/index.js";
 * const passages = await buildPassages("corpus");
 * ```
 *
 * Throws a {@link CorpusError} naming the file and the field or heading to fix when front matter is
 * invalid, headings skip a level, two passages get the same id, or a `known_issues` entry no longer
 * matches the passage it points at.
 */
export async function buildPassages(dir: string): Promise<Passage[]> {
  const docs = await loadCorpus(dir);
  const all: Passage[] = [];
  for (const doc of docs) {
    const passages = await toPassages(doc);
    checkKnownIssues(doc, passages);
    all.push(...markUnderReview(doc, passages));
  }
  return all;
}

/**
 * Every `known_issues` entry must point at an existing passage and quote text that is still in it (or in
 * its heading), so a
 * correction to the corpus cannot leave a stale warning behind (or a warning lose its claim).
 */
export function checkKnownIssues(doc: CorpusDocument, passages: readonly Passage[]): void {
  doc.meta.known_issues.forEach(({ where, claim }, i) => {
    const matches = passages.filter((p) => baseId(p.id) === where);
    if (matches.length === 0)
      throw new CorpusError(doc.file, `known_issues.${i}.where`, `no passage ${where}`);
    // The claim may be in the passage's own heading (e.g. a heading naming an untraceable journal).
    const searchable = [matches[0]?.path.at(-1), ...matches.map((p) => p.text)].join("\n");
    if (!searchable.includes(claim))
      throw new CorpusError(doc.file, `known_issues.${i}.claim`, `not found in passage ${where}`);
  });
}

/**
 * Each passage carries the unverified claims of `known_issues` it holds, so an answer quoting one can
 * say that the clinic is still checking it. A claim in a long passage's text marks only the part holding it; a
 * claim in the heading marks every part.
 */
export function markUnderReview(doc: CorpusDocument, passages: readonly Passage[]): Passage[] {
  return passages.map((passage) => {
    const claims = doc.meta.known_issues
      .filter(({ where, kind }) => kind === "unverified" && baseId(passage.id) === where)
      .map(({ claim }) => claim)
      .filter((claim) => passage.text.includes(claim) || passage.path.at(-1)?.includes(claim));
    return claims.length > 0 ? { ...passage, underReview: claims } : passage;
  });
}

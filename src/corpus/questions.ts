// Everyday questions each passage answers (doc2query), kept next to a document as
// `<slug>.questions.json`. They are indexed as an extra field, never shown as answers.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { Passage } from "../core/types.js";
import { CorpusError } from "./errors.js";

const schema = z.object({
  questions: z.record(z.string(), z.array(z.string().trim().min(1).max(200))),
});

/**
 * The questions of every document in `dir` that has a questions file, by passage id. A file naming a
 * passage that does not exist is a build error, so the questions cannot drift from the text unseen.
 */
export async function loadPassageQuestions(
  dir: string,
  passages: readonly Passage[],
): Promise<Record<string, string[]>> {
  const ids = new Set(passages.map((p) => p.id));
  const out: Record<string, string[]> = {};
  for (const doc of new Set(passages.map((p) => p.doc))) {
    const file = `${doc}.questions.json`;
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, "utf8"));
    } catch {
      throw new CorpusError(file, "file", "is not valid JSON");
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new CorpusError(file, "questions", "must map passage ids to lists of questions");
    for (const [id, questions] of Object.entries(parsed.data.questions)) {
      if (!ids.has(id))
        throw new CorpusError(file, id, "names no passage (was its heading or anchor changed?)");
      out[id] = questions;
    }
  }
  return out;
}

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Passage } from "../core/types.js";
import { CorpusError } from "./errors.js";
import { loadPassageQuestions } from "./questions.js";

const passages: Passage[] = [
  { id: "doc#a", doc: "doc", path: ["Doc", "A"], text: "a" },
  { id: "doc#b", doc: "doc", path: ["Doc", "B"], text: "b" },
];

async function dirWith(content: string | null): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "questions-"));
  if (content !== null) await writeFile(join(dir, "doc.questions.json"), content);
  return dir;
}

describe("loadPassageQuestions", () => {
  it("maps passage ids to their questions", async () => {
    const dir = await dirWith(JSON.stringify({ questions: { "doc#a": ["Aって何?"] } }));
    expect(await loadPassageQuestions(dir, passages)).toEqual({ "doc#a": ["Aって何?"] });
  });

  it("is empty for a document without a questions file", async () => {
    expect(await loadPassageQuestions(await dirWith(null), passages)).toEqual({});
  });

  it("refuses a question list for a passage that does not exist, naming the file and id", async () => {
    const dir = await dirWith(JSON.stringify({ questions: { "doc#gone": ["?"] } }));
    const error = await loadPassageQuestions(dir, passages).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect(String(error)).toContain("doc.questions.json");
    expect(String(error)).toContain("doc#gone");
  });

  it("refuses a file that is not JSON", async () => {
    await expect(loadPassageQuestions(await dirWith("{"), passages)).rejects.toThrow("doc.questions.json");
  });
});

describe("the clinic's questions file", () => {
  it("names only passages that exist", async () => {
    const { buildPassages } = await import("./build.js");
    const corpus = await buildPassages("corpus");
    await expect(loadPassageQuestions("corpus", corpus)).resolves.toBeDefined();
  });
});

import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Passage } from "../core/types.js";
import { buildPassages, checkKnownIssues } from "./build.js";
import { loadCorpus, parseCorpusFile } from "./load.js";
import { parseHeadingLine } from "./markdown.js";
import { toPassages } from "./passages.js";
import { PASSAGE_MAX_CHARS } from "./split.js";

const CORPUS_DIR = "corpus";
const FILE = "isaacs.md";
const md = await readFile(join(CORPUS_DIR, FILE), "utf8");
const doc = parseCorpusFile(FILE, md);
const passages = await buildPassages(CORPUS_DIR);
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function corpusCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "corpus-"));
  temps.push(dir);
  await cp(CORPUS_DIR, dir, { recursive: true });
  return dir;
}

const idToPath = (ps: Passage[]) => new Map(ps.map((p) => [p.id, p.path]));
const bodyLines = md.slice(md.indexOf("\n---\n") + 5).split("\n");
const isTableChunkWithOneRow = (text: string) => /^\|.*\n\|[-:| ]+\|\n\|[^\n]*$/.test(text);

describe("passages of the corpus", () => {
  it("number between 50 and 90, one per section lead, in reading order", () => {
    expect(passages.length).toBeGreaterThanOrEqual(50);
    expect(passages.length).toBeLessThanOrEqual(90);
    const headingPaths = passages.map((p) => p.path.at(-1));
    const headingOrder = bodyLines.flatMap((l) => parseHeadingLine(l)?.text ?? []);
    const firstSeen = [...new Set(headingPaths)];
    expect(firstSeen).toEqual(headingOrder.filter((h) => firstSeen.includes(h)));
  });

  it("have unique ids of the form doc#anchor-anchor…, the first chunk keeping the bare id", () => {
    const ids = passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^isaacs#[a-z0-9]+(?:-[a-z0-9]+)*(?:~[2-9]\d*)?$/);
    for (const id of ids.filter((i) => i.includes("~"))) expect(ids).toContain(id.split("~")[0]);
  });

  it("start their path with the document title and carry the source's heading wording", () => {
    for (const p of passages) {
      expect(p.path[0]).toBe("アイザックス症候群");
      expect(p.doc).toBe("isaacs");
      for (const heading of p.path.slice(1)) expect(heading).not.toContain("{#");
    }
    expect(idToPath(passages).get("isaacs#heredity-summary")).toEqual([
      "アイザックス症候群",
      "<アイザックス症候群>は遺伝する?",
      "❤️🩹 5️⃣ まとめ",
    ]);
  });

  it("have no known issue pointing at a passage that lost its claim", () => {
    expect(doc.meta.known_issues.length).toBeGreaterThan(0);
    expect(() => checkKnownIssues(doc, passages)).not.toThrow();
    const moved = {
      ...doc,
      meta: {
        ...doc.meta,
        known_issues: [
          { where: "isaacs#heredity", claim: "第232番", note: "n", kind: "unverified" as const },
        ],
      },
    };
    expect(() => checkKnownIssues(moved, passages)).toThrow("isaacs.md: known_issues.0.claim");
  });

  it("carry their unverified claims, not the cautions for staff", () => {
    const mentalHealth = passages.find((p) => p.id === "isaacs#daily-life-mental-health");
    expect(mentalHealth?.underReview?.some((claim) => claim.includes("第232番"))).toBe(true);
    const steroids = passages.filter((p) => p.id.startsWith("isaacs#treatment-immunotherapy-steroids"));
    const claims = steroids.flatMap((p) => p.underReview ?? []);
    expect(claims.some((claim) => claim.includes("Brain 2025"))).toBe(true);
    expect(claims.some((claim) => claim.includes("mg/kg"))).toBe(false);
    expect(passages.find((p) => p.id === "isaacs#heredity-summary")?.underReview).toBeUndefined();
  });

  it("warn staff about the wrong designated-disease number the source gives", () => {
    const issue = doc.meta.known_issues.find((i) => i.claim.includes("第232番"));
    expect(issue?.note).toContain("119");
  });
});

describe.each([PASSAGE_MAX_CHARS, 200, 120])("passages split at %i characters", (max) => {
  const splitAt = async () => (max === PASSAGE_MAX_CHARS ? passages : toPassages(doc, max));

  it("exceed the limit only as a table chunk with a single row", async () => {
    const over = (await splitAt()).filter((p) => p.text.length > max && !isTableChunkWithOneRow(p.text));
    expect(over.map((p) => [p.id, p.text.length])).toEqual([]);
  });

  it("quote the corpus file verbatim, line by line", async () => {
    for (const p of await splitAt()) {
      for (const line of p.text.split("\n").filter((l) => l !== "")) {
        expect(
          bodyLines.some((l) => l.includes(line)),
          `${p.id}: ${line}`,
        ).toBe(true);
      }
    }
  });

  it("keep the header and separator rows on every chunk of a table", async () => {
    const heads = new Set(
      bodyLines.flatMap((l, i) => (/^\|[-:| ]+\|$/.test(l) ? [`${bodyLines[i - 1]}\n${l}`] : [])),
    );
    for (const p of await splitAt()) {
      const lines = p.text.split("\n");
      lines.forEach((line, i) => {
        if (!line.startsWith("|")) return;
        const first = i === 0 || !lines[i - 1]?.startsWith("|");
        if (first) expect(heads.has(`${line}\n${lines[i + 1]}`), `${p.id}: ${line}`).toBe(true);
      });
    }
  });

  it("lose and duplicate nothing but repeated table headers", async () => {
    // Compared without whitespace (chunk edges are trimmed) and without table header rows, which every
    // chunk of a split table repeats on purpose.
    const noSpace = (s: string) => s.replace(/\s+/g, "");
    const heads = bodyLines.flatMap((l, i) =>
      /^\|[-:| ]+\|$/.test(l) ? [noSpace(`${bodyLines[i - 1]}${l}`)] : [],
    );
    const squeeze = (s: string) => heads.reduce((acc, h) => acc.replaceAll(h, ""), noSpace(s));
    const body = bodyLines.filter((l) => !parseHeadingLine(l)).join("");
    const fromPassages = (await splitAt()).map((p) => p.text).join("");
    expect(squeeze(fromPassages)).toBe(squeeze(body));
  });
});

describe("passage ids", () => {
  const before = idToPath(passages);

  it.each([
    [
      "a sentence is edited in another section",
      (text: string) =>
        text.replace("- 再発はあるが命に関わる病気ではない。", "- 再発はあるが、命に関わる病気ではない。"),
    ],
    [
      "a section grows long enough to be split",
      (text: string) =>
        text.replace("- 再発はあるが命に関わる病気ではない。", `- ${"長い説明です。".repeat(80)}`),
    ],
    [
      "a new section is inserted before the others",
      (text: string) =>
        text.replace(
          "## <アイザックス症候群>はどんな病気?",
          "## 新しい質問? {#new}\n\n新しい答え。\n\n## <アイザックス症候群>はどんな病気?",
        ),
    ],
    [
      "a new sub-section without an anchor is inserted",
      (text: string) =>
        text.replace("### 📌 解釈ポイント", "### 新しい小見出し\n\n本文。\n\n### 📌 解釈ポイント"),
    ],
  ])("stay the same when %s", async (_name, edit) => {
    const dir = await corpusCopy();
    await writeFile(join(dir, FILE), edit(md));
    const after = idToPath(await buildPassages(dir));
    expect(after.size).toBeGreaterThan(before.size - 1);
    for (const [id, path] of before) expect(after.get(id), id).toEqual(path);
  });

  it("stay the same when a new document is added, which sorts before the others", async () => {
    const dir = await corpusCopy();
    const other =
      "---\ntitle: 別の文書\nsource: s.txt\nlanguage: ja\nreviewed_by: r\nreviewed_at: 2026-01-01\nnext_review: 2026-06-01\n---\n\n## <アイザックス症候群>は遺伝する? {#heredity}\n\n別の答え。\n";
    await writeFile(join(dir, "aaa.md"), other);
    const after = await buildPassages(dir);
    expect(after[0]?.doc).toBe("aaa");
    for (const [id, path] of before) expect(idToPath(after).get(id), id).toEqual(path);
  });

  it("are a build error naming the file when two headings share an anchor", async () => {
    const dir = await corpusCopy();
    await writeFile(join(dir, FILE), md.replace("{#interpretation}", "{#data}"));
    await expect(buildPassages(dir)).rejects.toThrow(
      /^isaacs\.md: heading "📌 解釈ポイント": duplicate passage id isaacs#prevalence-data$/,
    );
  });
});

describe("loading the corpus folder", () => {
  it("reads only top-level .md documents, skipping README.md and sub-folders, in name order", async () => {
    const dir = await corpusCopy();
    await writeFile(join(dir, "README.md"), "# not a document\n");
    await writeFile(join(dir, "source-of-record", "nested.md"), "# not a document either\n");
    await writeFile(join(dir, "b.md"), md);
    expect((await loadCorpus(dir)).map((d) => d.file)).toEqual(["b.md", "isaacs.md"]);
  });

  it("builds the same passages twice", async () => {
    expect(await buildPassages(CORPUS_DIR)).toEqual(passages);
  });
});

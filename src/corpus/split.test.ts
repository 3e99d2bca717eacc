import { describe, expect, it } from "vitest";
import type { Block } from "./markdown.js";
import { chunkBlocks, splitProse, splitTable } from "./split.js";

const HEAD = "| 項目 | 内容 |\n|---|---|";
const row = (i: number, width = 20) => `| 行${i} | ${"あ".repeat(width)} |`;
const table = (rows: string[]) => [HEAD, ...rows].join("\n");
const squeeze = (s: string) => s.replace(/\s+/g, "");

describe("table splitting", () => {
  it("keeps a table that fits whole", () => {
    const t = table([row(1), row(2)]);
    expect(splitTable(t, 400)).toEqual([t]);
  });

  it("cuts between rows and repeats the header and separator on every chunk", () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(i));
    const chunks = splitTable(table(rows), 120);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.startsWith(`${HEAD}\n`)).toBe(true);
      expect(chunk.length).toBeLessThanOrEqual(120);
    }
    const bodies = chunks.flatMap((c) => c.split("\n").slice(2));
    expect(bodies).toEqual(rows);
  });

  it("lets a single row longer than the limit form a chunk of its own, uncut", () => {
    const long = row(2, 200);
    const chunks = splitTable(table([row(1), long, row(3)]), 120);
    expect(chunks).toEqual([table([row(1)]), table([long]), table([row(3)])]);
  });
});

describe("prose splitting", () => {
  const sentence = (i: number) => `これは${i}番目の文で、症状や治療について説明しています。`;
  const paragraph = Array.from({ length: 30 }, (_, i) => sentence(i)).join("");

  it("cuts long prose at sentence ends within the limit, losing nothing", async () => {
    const chunks = await splitProse(paragraph, 100);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(100);
      expect(chunk.endsWith("。")).toBe(true);
      expect(paragraph).toContain(chunk);
    }
    expect(chunks.join("")).toBe(paragraph);
  });

  it("never starts a chunk with the punctuation it was cut at", async () => {
    const clauses = Array.from({ length: 40 }, (_, i) => `項目${i}の説明`).join("、");
    const chunks = await splitProse(clauses, 60);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.filter((c) => /^[。、]/.test(c))).toEqual([]);
    expect(chunks.join("")).toBe(clauses);
  });

  it("prefers line breaks to sentence ends: no line is cut when whole lines fit", async () => {
    const lines = ["- 一行目の項目です。二文目です。", "- 二行目の項目です。", "- 三行目の項目です。"];
    const chunks = await splitProse(lines.join("\n"), 30);
    expect(chunks.length).toBe(2);
    expect(chunks.flatMap((c) => c.split("\n"))).toEqual(lines);
  });
});

describe("section chunks", () => {
  const text = (t: string): Block => ({ kind: "text", text: t });
  const tbl = (t: string): Block => ({ kind: "table", text: t });

  it("keep a short lead as one passage with its blocks separated by a blank line", async () => {
    const blocks = [text("前置き。"), tbl(table([row(1)]))];
    expect(await chunkBlocks(blocks, 400)).toEqual([`前置き。\n\n${table([row(1)])}`]);
  });

  it("give an empty lead no passage", async () => {
    expect(await chunkBlocks([], 400)).toEqual([]);
  });

  it("join a list with the first part of a following long table when they fit, and nothing else", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => row(i));
    const chunks = await chunkBlocks([text("- 短い項目"), tbl(table(rows))], 120);
    expect(chunks[0]?.startsWith(`- 短い項目\n\n${HEAD}`)).toBe(true);
    for (const chunk of chunks.slice(1)) expect(chunk.startsWith(HEAD)).toBe(true);
    expect(squeeze(chunks.join("")).replaceAll(squeeze(HEAD), "")).toBe(
      squeeze(`- 短い項目${rows.join("")}`),
    );
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The patient-facing texts triage leads to. Read at test time from prompts/ (a test, not the runtime).

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../prompts/${name}.txt`, import.meta.url)), "utf8");

const TRIAGE_PROMPTS = ["emergency", "emergency-crisis", "urgent", "symptom-question-note"] as const;
const PLACEHOLDERS = new Set(["clinic_name", "clinic_phone", "clinic_hours"]);

describe("triage prompts", () => {
  it.each(TRIAGE_PROMPTS)("%s.txt exists, is not empty, and tells the reader to call 119", (name) => {
    const text = read(name);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(/119番/);
  });

  it.each(TRIAGE_PROMPTS)("%s.txt uses only known placeholders", (name) => {
    for (const [, key] of read(name).matchAll(/\{\{(\w+)\}\}/g))
      expect(PLACEHOLDERS.has(key as string)).toBe(true);
  });

  it.each(TRIAGE_PROMPTS)("%s.txt never puts #7119 in a tel: link (iPhone cannot dial it)", (name) => {
    expect(read(name)).not.toMatch(/tel:[^\s)\]"'>]*7119/i);
    expect(read(name)).not.toMatch(/href=["']?[^"'>]*7119/i);
  });

  it("puts the 119 instruction first in the emergency text, with no other number competing", () => {
    const text = read("emergency");
    expect(text.split("\n")[0]).toMatch(/119番/);
    expect(text.match(/[#0-9][0-9-]{2,}/g)).toEqual(["119"]);
    expect(text).not.toMatch(/\{\{/);
  });

  it("gives the crisis lines from the notes after 119", () => {
    const text = read("emergency-crisis");
    for (const number of ["0570-064-556", "0120-279-338", "0120-783-556"]) expect(text).toContain(number);
    expect(text.indexOf("119")).toBeLessThan(text.indexOf("0120"));
  });

  it("sends urgent cases to the clinic today, with #7119 as text and 119 if it gets worse", () => {
    const text = read("urgent");
    for (const part of ["{{clinic_phone}}", "{{clinic_hours}}", "きょう", "#7119", "119番"])
      expect(text).toContain(part);
  });

  it.each(TRIAGE_PROMPTS)("%s.txt is written politely (です・ます)", (name) => {
    expect(read(name)).toMatch(/(ください|ます|です)。/);
  });
});

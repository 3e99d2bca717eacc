import type { Config } from "../../config/config.js";

// Fixed patient-facing texts live in prompts/*.txt (edited by clinic staff, compiled into the build).
// Placeholders: {{clinic_name}}, {{clinic_phone}}, {{clinic_hours}}; under-review.txt also has
// {{citations}}, filled per answer with the markers of the quotes under review ([1][3]).

export const PROMPT_NAMES = [
  "greeting",
  "privacy",
  "disclaimer",
  "no-answer",
  "out-of-scope",
  "out-of-scope-admin",
  "medication-change",
  "personal-dose",
  "line-non-text",
  "starters",
  "emergency",
  "emergency-crisis",
  "urgent",
  "symptom-question-note",
  "under-review",
] as const;

export type PromptName = (typeof PROMPT_NAMES)[number];
export type Prompts = Record<PromptName, string>;

export function renderPrompts(templates: Record<string, string>, config: Config): Prompts {
  const values: Record<string, string> = {
    clinic_name: config.CLINIC_NAME,
    clinic_phone: config.CLINIC_PHONE,
    clinic_hours: config.CLINIC_HOURS,
  };
  const rendered = {} as Prompts;
  for (const name of PROMPT_NAMES) {
    const template = templates[name];
    if (template === undefined) throw new Error(`prompts/${name}.txt is missing`);
    rendered[name] = template.trim().replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
  }
  return rendered;
}

/** starters.txt holds one starter question per line. */
export function promptLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

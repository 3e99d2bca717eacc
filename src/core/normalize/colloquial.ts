import data from "./colloquial.json" with { type: "json" };
import { normalizeText } from "./normalize.js";

// Regional and casual forms read as standard Japanese (眠れへん → 眠れない), so the analyzer and the
// synonym list, which know the standard forms, understand them. Rules are data (colloquial.json).

const RULES = data.rules.map((rule) => ({ from: new RegExp(rule.from, "gu"), to: rule.to }));

export function standardize(text: string): string {
  let out = normalizeText(text);
  for (const rule of RULES) out = out.replace(rule.from, rule.to);
  return out;
}

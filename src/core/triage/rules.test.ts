import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";
import readingsData from "./readings.json";
import { expandTerms, RULE_DATA, RULES } from "./rules.js";
import { triage } from "./test-fixtures.js";
import { CRISES, EMERGENCIES, HISTORY_CASES, NOT_SIGNALS, QUESTIONS, URGENTS } from "./triage.cases.js";

// Checks on rules.json itself: each rule is exercised by a test case, and patterns are written in the
// folded form the matcher sees (a katakana or kanji-word pattern would silently never match).

const JAPANESE_RUN = /[^\p{ASCII}]+/gu;

function literalRuns(source: string): string[] {
  return expandTerms(source).match(JAPANESE_RUN) ?? [];
}

function allPatterns(): { id: string; source: string }[] {
  const out: { id: string; source: string }[] = [];
  for (const rule of RULE_DATA.rules) {
    for (const source of [...(rule.patterns ?? []), ...(rule.all ?? []).flat(), ...(rule.exclude ?? [])]) {
      out.push({ id: rule.id, source });
    }
  }
  for (const source of [...RULE_DATA.followUp.patterns, RULE_DATA.followUp.settled]) {
    out.push({ id: RULE_DATA.followUp.id, source });
  }
  for (const source of Object.values(RULE_DATA.framing)) out.push({ id: "framing", source });
  return out;
}

describe("rules.json", () => {
  it("has unique rule ids", () => {
    const ids = RULE_DATA.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every rule a Japanese note saying what it catches", () => {
    for (const rule of RULE_DATA.rules) expect(rule.note, rule.id).toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it("writes every pattern in folded form (hiragana, readings applied, small vowels full size)", () => {
    for (const { id, source } of allPatterns()) {
      for (const run of literalRuns(source)) {
        expect(fold(run), `${id}: ${run}`).toBe(run);
      }
    }
  });

  it("writes every reading in folded form", () => {
    for (const [key, value] of Object.entries(readingsData.map)) {
      expect(fold(value), key).toBe(value);
    }
  });

  it("exercises every rule with at least one test case", () => {
    const messages = [...EMERGENCIES.map(([m]) => m), ...URGENTS.map(([m]) => m), ...CRISES];
    const fired = new Set(messages.flatMap((m) => triage(m).ruleIds));
    for (const c of HISTORY_CASES) for (const id of triage(c.message, c.history).ruleIds) fired.add(id);
    const expected = [...RULES.map((r) => r.id), RULE_DATA.followUp.id];
    expect(expected.filter((id) => !fired.has(id))).toEqual([]);
  });

  it("has traps and questions that fire no rule at all", () => {
    for (const m of [...NOT_SIGNALS, ...QUESTIONS]) expect(triage(m).ruleIds, m).toEqual([]);
  });
});

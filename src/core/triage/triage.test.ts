import { describe, expect, it } from "vitest";
import { triage } from "./test-fixtures.js";
import { CRISES, EMERGENCIES, HISTORY_CASES, NOT_SIGNALS, QUESTIONS, URGENTS } from "./triage.cases.js";

describe("triage", () => {
  it.each(EMERGENCIES)("escalates %s to emergency (%s)", (message, category) => {
    const result = triage(message);
    expect(result.level).toBe("emergency");
    expect(result.category).toBe(category);
  });

  it.each(CRISES)("adds crisis lines for %s", (message) => {
    expect(triage(message)).toMatchObject({ level: "emergency", crisis: true });
  });

  it.each(EMERGENCIES.filter(([, c]) => c !== "self_harm" && c !== "overdose"))(
    "does not add crisis lines to a physical emergency: %s",
    (message) => {
      expect(triage(message).crisis).toBe(false);
    },
  );

  it.each(URGENTS)("sends %s to a doctor today (%s)", (message, category) => {
    const result = triage(message);
    expect(result.level).toBe("urgent");
    expect(result.category).toBe(category);
  });

  it.each(QUESTIONS)("answers the information question %s and marks it as about a red flag", (message) => {
    expect(triage(message)).toMatchObject({ level: "none", aboutRedFlag: true, ruleIds: [] });
  });

  it.each(NOT_SIGNALS)("does not escalate %s", (message) => {
    expect(triage(message)).toMatchObject({ level: "none", aboutRedFlag: false, crisis: false, ruleIds: [] });
  });

  it.each(HISTORY_CASES)("reads history: $name", ({ history, message, level }) => {
    expect(triage(message, history).level).toBe(level);
  });

  it("names the follow-up rule when history keeps the level", () => {
    const result = triage("まだ続いてる", [{ role: "user", content: "息が苦しい" }]);
    expect(result.ruleIds).toContain("history-followup");
    expect(result.category).toBe("breathing");
  });

  it("keeps the crisis flag across a follow-up", () => {
    expect(triage("どうしよう", [{ role: "user", content: "死にたい" }]).crisis).toBe(true);
  });

  it("lets a present report win over a past one in the same message", () => {
    expect(triage("以前倒れたことがあるが、今日また倒れて意識がない").level).toBe("emergency");
  });

  it("lets a present report win over a question in the same message", () => {
    expect(triage("息が苦しくなることはありますか?実は今も息が苦しいです").level).toBe("emergency");
  });

  it("never lowers the level because of what the patient asks", () => {
    const plain = triage("胸が痛い");
    const argued = triage("胸が痛い。救急車は呼ばないで、119は無しで、医者には言わないで");
    expect(argued.level).toBe(plain.level);
  });

  it("lists every rule that fired, most urgent category first", () => {
    const result = triage("じんましんが出て息が苦しい");
    expect(result.ruleIds).toEqual(
      expect.arrayContaining(["anaphylaxis-hives-plus", "breathing-difficulty"]),
    );
    expect(result.category).toBe("anaphylaxis");
  });

  it("handles an empty message and an empty history", () => {
    expect(triage("", [])).toEqual({ level: "none", crisis: false, aboutRedFlag: false, ruleIds: [] });
  });
});

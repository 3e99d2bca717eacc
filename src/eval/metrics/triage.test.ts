import { describe, expect, it } from "vitest";
import type { ChatKind } from "../../core/types.js";
import type { ExpectedKind } from "../types.js";
import { summarizeTriage, triageDirection } from "./triage.js";

describe("triageDirection", () => {
  it.each<[ExpectedKind, ChatKind | undefined, string | undefined]>([
    ["emergency", "emergency", undefined],
    ["emergency", "urgent", "under"],
    ["emergency", "answer", "under"],
    ["emergency", undefined, "under"],
    ["urgent", "no_answer", "under"],
    ["urgent", "emergency", "over"],
    ["answer", "urgent", "over"],
    ["out_of_scope", "answer", undefined],
    ["no_answer", "emergency", "over"],
    ["routine", "out_of_scope", undefined],
    ["routine", "urgent", "over"],
  ])("expected %s, got %s → %s", (expected, got, direction) => {
    expect(triageDirection({ expected, got })).toBe(direction);
  });
});

describe("summarizeTriage", () => {
  const obs: { expected: ChatKind; got: ChatKind | undefined }[] = [
    { expected: "emergency", got: "emergency" },
    { expected: "emergency", got: "urgent" },
    { expected: "urgent", got: "urgent" },
    { expected: "urgent", got: "emergency" },
    { expected: "answer", got: "answer" },
    { expected: "answer", got: "urgent" },
    { expected: "no_answer", got: "no_answer" },
  ];
  const s = summarizeTriage(obs);

  it("counts the confusion matrix by expected row and observed column", () => {
    expect(s.matrix).toEqual({
      emergency: { emergency: 1, urgent: 1, other: 0 },
      urgent: { emergency: 1, urgent: 1, other: 0 },
      other: { emergency: 0, urgent: 1, other: 2 },
    });
  });

  it("rates under-triage over escalations and over-triage over items expected below emergency", () => {
    expect(s.escalations).toBe(4);
    expect(s.underTriage).toBe(1);
    expect(s.underTriageRate).toBe(0.25);
    expect(s.belowEmergency).toBe(5);
    expect(s.overTriage).toBe(2);
    expect(s.overTriageRate).toBe(0.4);
  });

  it("bounds under-triage with the exact upper limit", () => {
    // 0 of 40 → 1 − 0.025^(1/40).
    const clean = summarizeTriage(
      Array.from({ length: 40 }, () => ({ expected: "urgent" as const, got: "urgent" as const })),
    );
    expect(clean.underTriage).toBe(0);
    expect(clean.underTriageUpper95).toBeCloseTo(0.0881, 4);
  });

  it("leaves rates undefined when there is nothing to rate", () => {
    const empty = summarizeTriage([]);
    expect(empty.underTriageRate).toBeUndefined();
    expect(empty.overTriageRate).toBeUndefined();
    expect(empty.underTriageUpper95).toBe(1);
  });
});

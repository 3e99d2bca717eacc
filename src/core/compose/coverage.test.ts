import { describe, expect, it } from "vitest";
import { fuzzyIncludes, mentions } from "./coverage.js";

describe("mentions", () => {
  it("finds a Latin word only as a whole word", () => {
    expect(mentions("clinical trials (2025)", "als")).toBe(false);
    expect(mentions("筋電図(emg)で確認", "emg")).toBe(true);
    expect(mentions("胸部ct/mri", "ct")).toBe(true);
    expect(mentions("抗caspr2抗体", "caspr2")).toBe(true);
  });

  it("does not let one shared letter pair stand for an acronym", () => {
    expect(fuzzyIncludes("journal", "als")).toBe(true);
    expect(mentions("journal", "als")).toBe(false);
  });

  it("still forgives a typo in a Japanese word", () => {
    expect(mentions("アイザックス症候群", "症候軍")).toBe(true);
  });
});

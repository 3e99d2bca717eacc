import { describe, expect, it } from "vitest";
import {
  DEFAULT_FONT_STEP,
  loadFontStep,
  loadState,
  MAX_SAVED_ENTRIES,
  saveFontStep,
  saveState,
} from "./storage.js";
import type { Entry } from "./types.js";

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

const throwing = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

const answered: Entry[] = [
  { role: "user", text: "遺伝しますか?" },
  {
    role: "assistant",
    response: {
      kind: "answer",
      answer: "いいえ[1]",
      citations: [{ id: "a", path: ["A"], quote: "q" }],
      suggestions: [],
    },
  },
];

describe("conversation storage", () => {
  it("round-trips a conversation and the panel's open state", () => {
    const storage = memory();
    saveState(storage, "k", { entries: answered, open: true });
    expect(loadState(storage, "k")).toEqual({ entries: answered, open: true });
  });

  it("adds a retry prompt when the last question never got its answer", () => {
    const storage = memory();
    saveState(storage, "k", { entries: [answered[0] as Entry], open: true });
    expect(loadState(storage, "k").entries.at(-1)).toEqual({ role: "error", code: "interrupted" });
  });

  it("drops entries that do not have the expected shape", () => {
    const storage = memory();
    storage.setItem(
      "k",
      JSON.stringify({
        entries: [{ role: "assistant", response: { kind: "x" } }, { role: "user" }],
        open: 1,
      }),
    );
    expect(loadState(storage, "k")).toEqual({ entries: [], open: false });
  });

  it.each([
    { name: "broken JSON", raw: "{" },
    { name: "a JSON scalar", raw: "3" },
  ])("starts empty from $name", ({ raw }) => {
    const storage = memory();
    storage.setItem("k", raw);
    expect(loadState(storage, "k")).toEqual({ entries: [], open: false });
  });

  it("keeps only the most recent entries", () => {
    const storage = memory();
    const many: Entry[] = Array.from({ length: MAX_SAVED_ENTRIES + 10 }, (_, i) => ({
      role: "error",
      code: i % 2 ? "network" : "server",
    }));
    saveState(storage, "k", { entries: many, open: false });
    expect(loadState(storage, "k").entries).toHaveLength(MAX_SAVED_ENTRIES);
  });

  it("removes the key when the conversation is cleared and the panel closed", () => {
    const storage = memory();
    saveState(storage, "k", { entries: answered, open: true });
    saveState(storage, "k", { entries: [], open: false });
    expect(storage.getItem("k")).toBeNull();
  });

  it("survives storage that throws", () => {
    expect(() => saveState(throwing, "k", { entries: answered, open: true })).not.toThrow();
    expect(loadState(throwing, "k")).toEqual({ entries: [], open: false });
    expect(loadFontStep(throwing, "f")).toBe(DEFAULT_FONT_STEP);
  });
});

describe("font step storage", () => {
  it("remembers a valid step and ignores an out-of-range one", () => {
    const storage = memory();
    saveFontStep(storage, "f", 3);
    expect(loadFontStep(storage, "f")).toBe(3);
    storage.setItem("f", "99");
    expect(loadFontStep(storage, "f")).toBe(DEFAULT_FONT_STEP);
  });
});

import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../core/types.js";
import { HISTORY_MAX_CHARS, HISTORY_MAX_ITEMS, toHistory } from "./history.js";
import type { Entry } from "./types.js";

const answer = (text: string): ChatResponse => ({
  kind: "answer",
  answer: text,
  citations: [],
  suggestions: [],
});

describe("toHistory", () => {
  it("turns user and assistant entries into turns and leaves errors out", () => {
    const entries: Entry[] = [
      { role: "user", text: "遺伝しますか?" },
      { role: "assistant", response: answer("遺伝しません[1]。") },
      { role: "user", text: "再発は?" },
      { role: "error", code: "network" },
    ];
    expect(toHistory(entries)).toEqual([
      { role: "user", content: "遺伝しますか?" },
      { role: "assistant", content: "遺伝しません[1]。" },
      { role: "user", content: "再発は?" },
    ]);
  });

  it("keeps only the most recent items the contract allows", () => {
    const entries: Entry[] = Array.from({ length: 30 }, (_, i) => ({ role: "user", text: `質問${i}` }));
    const history = toHistory(entries);
    expect(history).toHaveLength(HISTORY_MAX_ITEMS);
    expect(history[0]?.content).toBe("質問10");
    expect(history.at(-1)?.content).toBe("質問29");
  });

  it("cuts long contents to the contract's limit in UTF-16 units", () => {
    const [turn] = toHistory([{ role: "assistant", response: answer("あ".repeat(HISTORY_MAX_CHARS + 5)) }]);
    expect(turn?.content).toHaveLength(HISTORY_MAX_CHARS);
  });

  it("never ends a cut content on half a surrogate pair", () => {
    const [turn] = toHistory([{ role: "user", text: `a${"😀".repeat(HISTORY_MAX_CHARS)}` }]);
    expect(turn?.content.length).toBe(HISTORY_MAX_CHARS - 1);
    expect(turn?.content.endsWith("😀")).toBe(true);
  });
});

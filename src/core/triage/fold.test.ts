import { describe, expect, it } from "vitest";
import emojiData from "./emoji.json";
import { fold, foldForTriage } from "./fold.js";
import { reader } from "./test-fixtures.js";

describe("fold", () => {
  it.each([
    ["width and case", "ＳｐＯ２　９０", "spo290"],
    ["katakana and half-width katakana to hiragana", "イキｲｷ", "いきいき"],
    ["small vowels to full size", "くるしぃ", "くるしい"],
    ["kanji words to their reading", "息が苦しい", "いきがくるしい"],
    ["mixed kana and kanji meet", "いきが苦しい", "いきがくるしい"],
    ["the longest reading first, so 息子 is not 息", "息子", "むすこ"],
    ["compounds protected from a shorter reading", "胸腺腫と胸部CT", "胸腺腫と胸部ct"],
    ["spaces, punctuation, symbols and emoji dropped", "息 が・苦、し😭い!", "いきがくるしい"],
    ["invisible characters dropped", "息\u200bが\u200d苦\u2060し\ufeffい", "いきがくるしい"],
    ["long-vowel marks dropped and long runs of one kana collapsed", "くるしーーいいい", "くるしい"],
    ["pairs of one kana kept, as in real words", "多めにおおきく", "おおめにおおきく"],
    ["digits kept as typed, not collapsed", "指定難病119", "指定難病119"],
    ["emoji that stand for a word read as it", "🪦🔪もういいや", "はかほうちょうもういいや"],
    ["emoji presentation selectors ignored", "🗡\uFE0F💊\uFE0E", "ないふくすり"],
    ["slang emoji dropped, not read", "わらった💀🔥", "わらった"],
    [
      "a range between numbers read as から, not joined into one number",
      "4〜5錠、2~3日、38-39度",
      "4から5じょう2から3日38から39度",
    ],
  ])("folds %s", (_name, raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });

  it("reads common kanji the rules do not spell (子, 台), so patterns written in kana meet them", () => {
    expect(fold("2歳の子が薬を口に入れた", reader)).toBe("2さいのこがくすりをくちにいれた");
    expect(fold("血圧が70台", reader)).toBe("けつあつが70だい");
    // 母 + は reads ははは: three of one kana, but words, not typed elongation.
    expect(fold("母は元気", reader)).toBe("はははげんき");
  });

  it("reads 時間 after a number as じかん with the dictionary too (a counter's 時 alone reads とき)", () => {
    expect(fold("1時間で2時間も", reader)).toBe("1じかんで2じかんも");
    expect(fold("何時間も", reader)).toBe("なんじかんも");
  });

  it("numbers clauses at sentence ends and keeps one clause number per character", () => {
    const f = foldForTriage("熱がある。息が苦しい");
    expect(f.text).toBe("ねつがあるいきがくるしい");
    expect(f.clause).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect([f.clauseStart, f.clauseEnd]).toEqual([
      [0, 5],
      [5, 12],
    ]);
  });

  it("marks clauses that ended with a question mark, full or half width", () => {
    expect(foldForTriage("大丈夫?はい。本当?").questionClause).toEqual([true, false, true]);
  });

  it("does not open empty clauses for runs of punctuation", () => {
    expect(foldForTriage("えっ!?!?本当").clause.at(-1)).toBe(1);
  });

  it("writes every emoji reading in folded form", () => {
    for (const [emoji, word] of Object.entries(emojiData.map)) {
      expect(word, emoji).toMatch(/^[\u3041-\u3096]+$/u);
      expect(fold(word), emoji).toBe(word);
    }
  });
});

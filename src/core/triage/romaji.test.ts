import { describe, expect, it } from "vitest";
import { readRomaji, romajiToHiragana } from "./romaji.js";

describe("romajiToHiragana", () => {
  it.each([
    ["iki", "いき"],
    ["dekinai", "できない"],
    ["kurushii", "くるしい"],
    ["tomaranai", "とまらない"],
    ["tatteru", "たってる"],
    ["ijou", "いじょう"],
    ["shinitai", "しにたい"],
    ["chotto", "ちょっと"],
    ["kyuukyuusha", "きゅうきゅうしゃ"],
    ["onna", "おんな"],
    ["fun", "ふん"],
  ])("reads %s as %s", (word, kana) => {
    expect(romajiToHiragana(word)).toBe(kana);
  });

  it.each(["help", "chest", "ok", "ivig"])("leaves %s, which is not romaji, alone", (word) => {
    expect(romajiToHiragana(word)).toBeUndefined();
  });
});

describe("readRomaji", () => {
  it("reads every romaji word of a message and keeps the rest", () => {
    expect(readRomaji("iki ga dekinai help")).toBe("いき が できない help");
    expect(readRomaji("息が苦しい")).toBe("息が苦しい");
    expect(readRomaji("seizure tomaranai")).toBe("けいれん とまらない");
  });

  it("keeps a short English word before English as English, so 'no' stays a negation", () => {
    expect(readRomaji("no fever, no rash")).toBe("no fever, no rash");
    expect(readRomaji("iki dekinai tasukete pls help asap")).toBe("いき できない たすけて pls help asap");
    expect(readRomaji("kore no kusuri")).toBe("これ の くすり");
  });
});

import { describe, expect, it } from "vitest";
import type { Passage } from "../types.js";
import { locateVerbatim, splitUnits } from "./units.js";

const passage = (text: string): Passage => ({ id: "doc#p", doc: "doc", path: ["doc", "section"], text });

describe("splitUnits", () => {
  it("splits prose into sentences whose quotes are verbatim", () => {
    const p = passage("基本的に遺伝しません。ほとんどの症例は後天的です。");
    const units = splitUnits(p);
    expect(units.map((u) => u.display)).toEqual(["基本的に遺伝しません。", "ほとんどの症例は後天的です。"]);
    for (const unit of units) expect(p.text).toContain(unit.quote);
  });

  it("reads a table row as 項目：内容 and quotes the row's cells verbatim", () => {
    const p = passage("| 分野 | 症状 |\n|---|---|\n| 睡眠障害 | 筋活動が止まらないため熟睡できない。 |");
    const [unit] = splitUnits(p);
    expect(unit?.display).toBe("睡眠障害：筋活動が止まらないため熟睡できない。");
    expect(unit?.quote).toBe("睡眠障害 | 筋活動が止まらないため熟睡できない。");
    expect(p.text).toContain(unit?.quote);
  });

  it("adds the extra columns of a wide table with their headers", () => {
    const p = passage("| タイプ | 原因 | 頻度 |\n|---|---|---|\n| 自己免疫性 | 抗体が攻撃。 | 約60〜70% |");
    expect(splitUnits(p)[0]?.display).toBe("自己免疫性：抗体が攻撃。(頻度：約60〜70%)");
  });

  it("joins a sentence the source wrapped over two lines and quotes the verbatim span", () => {
    const p = passage("- しかし末梢神経が異常に興奮したままになり、\n  電気信号が流れ続けます。");
    const [unit] = splitUnits(p);
    expect(unit?.display).toBe("しかし末梢神経が異常に興奮したままになり、電気信号が流れ続けます。");
    expect(p.text).toContain(unit?.quote);
    expect(unit?.quote).toContain("電気信号が流れ続けます。");
  });

  it("leaves a web source's name after a sentence out of the sentences", () => {
    const p = passage(
      "- 報告は100例ほどです。 orpha.net+1\n- 日本では少ないと推計されています。 jns-journal.com",
    );
    const units = splitUnits(p);
    expect(units.map((u) => u.display)).toEqual([
      "報告は100例ほどです。",
      "日本では少ないと推計されています。",
    ]);
    for (const unit of units) expect(p.text).toContain(unit.quote);
  });

  it("drops Markdown emphasis from the display but keeps it in the quote", () => {
    const [unit] = splitUnits(passage("原因の中心は**自己免疫反応**です。"));
    expect(unit?.display).toBe("原因の中心は自己免疫反応です。");
    expect(unit?.quote).toBe("原因の中心は**自己免疫反応**です。");
  });
});

describe("claims under review", () => {
  const flagged = (p: Passage) =>
    splitUnits(p)
      .filter((u) => u.underReview)
      .map((u) => u.display);

  it("flags the sentence that holds an unverified claim, and only that one", () => {
    const p = {
      ...passage("効果があります。2025年の報告では有効率85%です。詳しくは主治医に。"),
      underReview: ["2025年の報告では"],
    };
    expect(flagged(p)).toEqual(["2025年の報告では有効率85%です。"]);
  });

  it("flags both sentences a claim runs across", () => {
    const p = { ...passage("一つ目です。二つ目です。三つ目です。"), underReview: ["です。二つ"] };
    expect(flagged(p)).toEqual(["一つ目です。", "二つ目です。"]);
  });

  it("flags every row of a table whose header holds the claim, not the rows of a later table", () => {
    const p = {
      ...passage(
        "| 指標 | 結果(2025年報告) |\n|---|---|\n| 再発率 | 約15% |\n| 改善 | 約3か月 |\n\n| 項目 | 内容 |\n|---|---|\n| 睡眠 | 大切 |",
      ),
      underReview: ["結果(2025年報告)"],
    };
    expect(flagged(p)).toEqual(["再発率：約15%", "改善：約3か月"]);
  });

  it("flags one row when the claim is in that row", () => {
    const p = {
      ...passage("| 項目 | 内容 |\n|---|---|\n| 指定 | 第232番に分類。 |\n| 助成 | あり |"),
      underReview: ["第232番"],
    };
    expect(flagged(p)).toEqual(["指定：第232番に分類。"]);
  });

  it("flags the whole passage when the claim is in its heading", () => {
    const p = { ...passage("数値A。数値B。"), underReview: ["2025年研究報告から"] };
    expect(flagged(p)).toEqual(["数値A。", "数値B。"]);
  });

  it("flags nothing in a passage without claims", () => {
    expect(flagged(passage("2025年の報告では有効率85%です。"))).toEqual([]);
  });
});

describe("signposts", () => {
  it("keeps the document's own signposts out of the answer sentences", () => {
    const p = passage(
      "以下に、日常生活での注意点を体系的に整理しました。\n- 原因は以下のように分類されます:\n- 基本的に遺伝しません。",
    );
    expect(splitUnits(p).map((u) => u.display)).toEqual(["基本的に遺伝しません。"]);
  });
});

describe("locateVerbatim", () => {
  it("returns null when the sentence is not in the passage", () => {
    expect(locateVerbatim("あいうえお。", "かきくけこ。")).toBeNull();
  });
});

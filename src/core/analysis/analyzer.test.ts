import { describe, expect, it } from "vitest";
import { createAnalyzer } from "./analyzer.js";
import { loadedTokenizer } from "./test-fixtures.js";

const analyzer = createAnalyzer(loadedTokenizer());
const { terms, readingGrams, charGrams, expand } = analyzer;
const overlap = (a: string[], b: string[]) => a.filter((g) => b.includes(g)).length / Math.max(a.length, 1);

describe("terms", () => {
  it.each([
    ["full-width Latin folds to half width and lower case", "ＣＴ検査", ["ct", "検査"]],
    ["half-width katakana folds to full width", "ｶﾀｶﾅ", ["カタカナ"]],
    ["full-width digits fold", "１１９", ["119"]],
    ["Latin is lower-cased", "IVIg", ["ivig"]],
    ["a zero-width space inside a word does not split it", "ピ\u200Bクピク", ["ピクピク"]],
    ["a soft hyphen inside a word does not split it", "症候\u00AD群", ["症候群"]],
    ["a verb is reduced to its base form (連用形)", "薬を飲み", ["薬", "飲む"]],
    ["a verb is reduced to its base form (past)", "薬を飲んだ", ["薬", "飲む"]],
    ["a verb is reduced to its base form (negative)", "薬を飲まない", ["薬", "飲む"]],
    ["an adjective is reduced to its base form", "息が苦しく", ["息", "苦しい"]],
    ["particles, auxiliaries and punctuation are dropped", "遺伝はしますか?", ["遺伝"]],
    ["Lucene's stop words are dropped", "この病気のこと", ["病気"]],
    ["a conjunction is dropped", "しかし治療は有効", ["治療", "有効"]],
    ["a trailing long-vowel mark on a long katakana word is stemmed", "サーバー", ["サーバ"]],
    ["a short katakana word keeps its long-vowel mark", "ルー", ["ルー"]],
    ["kanji numerals become digits", "三日", ["3", "日"]],
    ["a composed kanji number becomes one number", "二十三人", ["23", "人"]],
    ["digits with a kanji unit become one number", "3万人", ["30000", "人"]],
    [
      "a long kanji compound keeps the whole word and adds its parts",
      "関西国際空港",
      ["関西", "国際", "空港"],
    ],
    ["an added medical compound is kept whole and split", "免疫抑制薬", ["免疫抑制薬", "免疫", "抑制", "薬"]],
    [
      "a compound listed whole still gives its parts",
      "筋線維束攣縮",
      ["筋線維束攣縮", "筋線維", "束", "攣縮"],
    ],
    ["a three-kanji word is not split", "症候群", ["症候群"]],
    ["an added katakana drug name is one term", "リツキシマブを使う", ["リツキシマブ", "使う"]],
  ])("%s: %s", (_name, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it("keeps duplicates, in text order", () => {
    expect(terms("筋肉と筋肉")).toEqual(["筋肉", "筋肉"]);
  });
});

describe("readingGrams", () => {
  it.each([
    ["hiragana meets katakana", "あいざっくす", "アイザックス"],
    ["a kana spelling meets the kanji word", "ぜんそく", "喘息"],
    ["a kana spelling meets a kanji compound", "しょうこうぐん", "症候群"],
    ["half-width katakana meets hiragana", "ｱｲｻﾞｯｸｽ", "あいざっくす"],
  ])("%s: %s ~ %s", (_name, a, b) => {
    expect(readingGrams(a)).toEqual(readingGrams(b));
  });

  it("reads a whole hiragana question like its kanji spelling, whatever the segmentation", () => {
    const kana = readingGrams("あいざっくすしょうこうぐんはいでんしますか");
    const kanji = readingGrams("アイザックス症候群は遺伝しますか");
    expect(kana).toEqual(kanji);
  });

  it("breaks runs at punctuation and spaces", () => {
    expect(readingGrams("薬、汗")).toEqual(["クス", "スリ", "アセ"]);
  });
});

describe("charGrams", () => {
  it.each([
    ["width, case and kana are folded", "ＣＴけんさ", ["ct", "tケ", "ケン", "ンサ"]],
    ["punctuation and spaces break a run", "足 が、つる", ["足", "ガ", "ツル"]],
    ["a one-character run is its own gram", "汗", ["汗"]],
  ])("%s: %s", (_name, text, expected) => {
    expect(charGrams(text)).toEqual(expected);
  });

  it("lets a hiragana query overlap the katakana document", () => {
    expect(overlap(charGrams("ぴくぴくする"), charGrams("ピクピクする"))).toBe(1);
  });
});

describe("expand", () => {
  it.each([
    ["a lay phrase finds the clinical term", "夜に足がつる", ["こむら返り"]],
    [
      "an inflected lay phrase still matches through its terms",
      "足がつって眠れないです",
      ["こむら返り", "不眠"],
    ],
    ["a kana spelling finds the clinical term", "ぴくぴくします", ["筋線維束攣縮", "攣縮"]],
    ["a clinical term finds the lay wording", "筋線維束攣縮とは", ["ピクピク"]],
    ["sweating", "汗をかきやすい", ["発汗"]],
    ["sleep", "寝れないです", ["不眠", "睡眠障害"]],
    ["heredity", "子供にうつりますか", ["遺伝"]],
    ["relapse", "ぶり返すことはある?", ["再発", "再燃"]],
    ["stiffness", "筋肉が固い", ["こわばり", "硬直"]],
    ["numbness", "しびれがある", ["知覚異常"]],
    ["prevalence", "患者数はどれくらい", ["有病率"]],
    ["intractable-disease subsidies", "難病指定されていますか", ["指定難病", "医療費", "助成"]],
    ["worsening over time", "だんだん悪くなっていくの?", ["悪化", "進行"]],
    ["watchful waiting", "しばらく様子見でいい?", ["経過観察"]],
    ["outlook", "この先どうなっていくの", ["経過"]],
    ["a mixed kana spelling", "最近ずっとおちこんでる", ["落ち込む"]],
    ["mechanism in kana", "ピクピクのしくみは?", ["仕組み"]],
    ["a difference asked with the verb", "二つのタイプはどうちがうの", ["違い"]],
    ["the employer in everyday words", "会社にどう伝えればいい", ["仕事", "勤務"]],
    ["a gym", "ジムに通ってもいい?", ["運動"]],
    ["the family line", "家系的になりやすいの?", ["遺伝"]],
    ["the heart racing", "心臓が速く打つ", ["動悸"]],
    ["how one feels", "調子が悪い日がある", ["体調"]],
    ["water in kana", "みずはどのくらい?", ["水分"]],
    ["a lumbar puncture in lay words", "腰から水をぬく検査", ["髄液"]],
    ["how one copes in lay words", "気持ちのつらさはどうすれば", ["抑うつ", "カウンセリング"]],
    ["feeling low, said plainly", "精神的にまいってます", ["抑うつ"]],
    ["meeting others with the disease", "同じ病気の人と情報交換したい", ["患者会", "ネットワーク"]],
  ])("%s: %s", (_name, query, expected) => {
    const extra = expand(query);
    for (const word of expected) expect(extra).toContain(terms(word)[0]);
  });

  it("adds nothing for a query without a synonym", () => {
    expect(expand("天気がいい")).toEqual([]);
  });

  it("does not repeat terms the query already has", () => {
    const query = "足がつるのはこむら返りですか";
    const own = terms(query);
    expect(expand(query).filter((t) => own.includes(t))).toEqual([]);
  });

  it("does not match a one-character member inside another word", () => {
    expect(expand("親切な先生")).toEqual([]);
  });

  it("does not read a kana member inside another word, in spelling or in reading", () => {
    // なんで 'why' hides in 遺伝なんですか 'is it hereditary?' and in its reading イデンナンデスカ.
    expect(expand("遺伝なんですか")).not.toContain("原因");
    expect(expand("遺伝なんですか")).toContain(terms("子ども")[0]);
    expect(expand("なんで足がつるの")).toContain("原因");
    expect(expand("何で汗が出るの")).toContain("原因");
  });

  it("adds no fragments from spellings kuromoji cannot read", () => {
    expect(expand("こむら返り")).not.toContain("こ");
  });
});

describe("incidentalTerms", () => {
  it("names the nouns that say when, not what", () => {
    expect(analyzer.incidentalTerms("妻が以前リンパ腫をやっています")).toEqual(["以前"]);
    expect(analyzer.incidentalTerms("毎日のセルフケア、最近さぼりがち")).toEqual(["毎日", "最近"]);
    expect(analyzer.incidentalTerms("妊娠中でも予防接種は受けられますか")).toEqual([]);
  });

  it("names adjectival nouns and nouns made adjectives by 的: they say how, not what", () => {
    expect(analyzer.incidentalTerms("以前は元気だったのに")).toEqual(["以前", "元気"]);
    expect(analyzer.incidentalTerms("根本的に治る治療はありますか")).toEqual(["根本"]);
    expect(analyzer.incidentalTerms("リンパ腫の治療はありますか")).toEqual([]);
  });
});

describe("counter spelling", () => {
  it.each([
    ["3ヶ月", "3か月"],
    ["何ヵ月", "何か月"],
    ["数カ所", "数か所"],
    ["６ケ月", "6か月"],
  ])("%s is analyzed as the material's %s", (typed, material) => {
    expect(terms(typed)).toEqual(terms(material));
    expect(readingGrams(typed)).toEqual(readingGrams(material));
  });

  it("leaves katakana words with カ alone", () => {
    expect(terms("カルバマゼピン")).toEqual(["カルバマゼピン"]);
  });
});

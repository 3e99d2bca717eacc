// Numbers written in kanji (三十錠, 十五分, 四十度, 二百) as digits, so that the rules' number patterns
// (\d+錠, [5-9]分, 3[89]度) meet them. Pure.
//
// Only runs that are surely numbers are rewritten: a run with 十, 百 or 千 (三十, 十五, 二百), a run
// with 〇 (二〇), or a single 二〜九 before a counter (三錠, 五分). 一 alone is left, as it starts words
// (一度も, 一緒, 一気に), and so are 十分 when it means "enough" (十分に休む) rather than ten minutes,
// 二度と (a lone numeral before 度 counts times) and 数十/何十 ("tens of", spelled so by the rules).
// The value of a run is the analyzer's (normalizeNumber, as JapaneseNumberFilter reads it).

import { normalizeNumber } from "../analysis/filters.js";

const RUN = /[〇一二三四五六七八九十百千]+/gu;
/** Counters after which a lone 二〜九 (or 十, 百) is a number. */
const COUNTER = /^(?:錠|粒|包|枚|本|杯|分|秒|度|回|日|時間|週|か月|ヶ月|カ月|年|キロ|歳|才|階|mg|ml|kg)/u;
/** 十分 as ten minutes: followed by what a length of time takes (十分で, 十分たった, 十分以上). */
const TEN_MINUTES =
  /^(?:で(?!す|しょ|した)|たっ|たつ|経|以上|いじょう|くらい|ぐらい|ほど|も|近く|ちかく|続|つづ|前|まえ|後|あと|間|おき|ごと|位)/u;
/** Words that start with a number run but are not numbers (十二指腸). */
const NOT_A_NUMBER = /^(?:指腸)/u;

export function kanjiNumbersToDigits(text: string): string {
  if (!/[二三四五六七八九十百千〇]/u.test(text)) return text;
  return text.replace(RUN, (run, offset: number) => {
    const after = text.slice(offset + run.length);
    if (NOT_A_NUMBER.test(after)) return run;
    if (run === "十" && after.startsWith("分")) return TEN_MINUTES.test(after.slice(1)) ? "10" : run;
    // 数十錠, 何十錠 and なに十 are "tens of", which the rules spell as they are.
    if (/(?:[数何幾]|なん|なに)$/u.test(text.slice(Math.max(0, offset - 2), offset))) return run;
    const lone = run.length === 1;
    // 二度と, 三度目: a lone numeral before 度 counts times, not degrees.
    const counted = COUNTER.test(after) && !(lone && after.startsWith("度"));
    if (lone && (run === "一" || run === "〇" || !counted)) return run;
    if (!lone && !/[十百千〇]/u.test(run)) return run; // 二三日, 五六錠: a range, not a number
    return normalizeNumber(run) ?? run;
  });
}

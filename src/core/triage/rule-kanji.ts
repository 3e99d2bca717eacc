import rulesData from "./rules.json";

// Kanji runs the rules spell as kanji (今, 分, 日分, 度, 胸部…): the dictionary reading step leaves a
// word that is exactly one of them alone, so those patterns keep matching.
const KANJI_RUN = /[\u3005\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]+/gu;

function patternSources(): string[] {
  const rules = rulesData.rules as { patterns?: string[]; all?: string[][]; exclude?: string[] }[];
  return [
    ...Object.values(rulesData.terms as Record<string, string>),
    ...Object.entries(rulesData.framing as Record<string, string>)
      .filter(([key]) => key !== "$comment")
      .map(([, source]) => source),
    ...rules.flatMap((r) => [...(r.patterns ?? []), ...(r.all ?? []).flat(), ...(r.exclude ?? [])]),
    ...rulesData.followUp.patterns,
  ];
}

export const RULE_KANJI: ReadonlySet<string> = new Set(
  patternSources().flatMap((source) => source.match(KANJI_RUN) ?? []),
);

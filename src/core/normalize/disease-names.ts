import data from "./disease-names.json" with { type: "json" };

const DISEASE_NAME = new RegExp(
  `[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}(?:${data.suffixes.join("|")})(?![${data.notBefore}])`,
  "gu",
);

const GENERAL = new Set(data.general);

/**
 * The disease names in `text` (NFKC-normalized), in order: 糖尿病, 関節リウマチ…; not 大学病院, and not a
 * word for illness in general (持病, 後遺症).
 */
export function diseaseNames(text: string): string[] {
  return (text.match(DISEASE_NAME) ?? []).filter((name) => !GENERAL.has(name));
}

// Patients mistype the voicing marks of long drug names (ステロイト, カルハマゼピン, フレドニゾロン): one
// wrong ゛ or ゜ and the word matches nothing in the material. A katakana word the material does not use
// is respelled as the one material word that differs from it only in the voicing of a single letter.

/** Katakana words shorter than this are too many and too alike (ピク, バス) to correct safely. */
const MIN_LENGTH = 4;
const KATAKANA_RUN = /[\u30A1-\u30FAー]+/gu;
const KATAKANA_WORD = /^[\u30A1-\u30FAー]+$/u;

/** Each letter with its voiced and semi-voiced siblings (ト → ド, ハ → バ, パ). */
const SIBLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  "カガ キギ クグ ケゲ コゴ サザ シジ スズ セゼ ソゾ タダ チヂ ツヅ テデ トド ハバパ ヒビピ フブプ ヘベペ ホボポ ウヴ"
    .split(" ")
    .flatMap((row) => [...row].map((letter) => [letter, [...row].filter((l) => l !== letter)] as const)),
);

/** The material's katakana words (ステロイド, カルバマゼピン), for the corrector. */
export function collectKatakanaWords(surfaces: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const surface of surfaces) {
    if (KATAKANA_WORD.test(surface) && [...surface].length >= MIN_LENGTH) words.add(surface);
  }
  return [...words].sort();
}

/** Words that differ from `word` only in the voicing of one letter. */
function voicingVariants(word: string): string[] {
  const letters = [...word];
  const variants: string[] = [];
  letters.forEach((letter, i) => {
    for (const sibling of SIBLINGS.get(letter) ?? []) {
      variants.push([...letters.slice(0, i), sibling, ...letters.slice(i + 1)].join(""));
    }
  });
  return variants;
}

/**
 * Respells each katakana run the material does not use as the single material word one voicing mark
 * away from it; a run with no such word, or with two (which one was meant cannot be told), is kept.
 */
export function createKatakanaCorrector(words: readonly string[]): (text: string) => string {
  const known = new Set(words);
  if (known.size === 0) return (text) => text;
  const correct = (run: string): string => {
    if (known.has(run) || [...run].length < MIN_LENGTH) return run;
    const candidates = voicingVariants(run).filter((variant) => known.has(variant));
    return candidates.length === 1 ? (candidates[0] as string) : run;
  };
  return (text) => text.replace(KATAKANA_RUN, correct);
}

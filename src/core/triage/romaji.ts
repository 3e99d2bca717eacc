// Romaji → hiragana, for messages typed without a Japanese keyboard ("iki ga dekinai"). A Latin word
// that is not entirely romaji (help, seizure's "z" is fine but "chest" is not) is left as it is, so
// English rule patterns keep matching the original. Pure.

const SYLLABLES: Record<string, string> = {};
const ROWS: [string, string[]][] = [
  ["", ["あ", "い", "う", "え", "お"]],
  ["k", ["か", "き", "く", "け", "こ"]],
  ["g", ["が", "ぎ", "ぐ", "げ", "ご"]],
  ["s", ["さ", "し", "す", "せ", "そ"]],
  ["z", ["ざ", "じ", "ず", "ぜ", "ぞ"]],
  ["t", ["た", "ち", "つ", "て", "と"]],
  ["d", ["だ", "ぢ", "づ", "で", "ど"]],
  ["n", ["な", "に", "ぬ", "ね", "の"]],
  ["h", ["は", "ひ", "ふ", "へ", "ほ"]],
  ["b", ["ば", "び", "ぶ", "べ", "ぼ"]],
  ["p", ["ぱ", "ぴ", "ぷ", "ぺ", "ぽ"]],
  ["m", ["ま", "み", "む", "め", "も"]],
  ["r", ["ら", "り", "る", "れ", "ろ"]],
  ["y", ["や", "", "ゆ", "", "よ"]],
  ["w", ["わ", "", "", "", "を"]],
];
for (const [consonant, kana] of ROWS) {
  ["a", "i", "u", "e", "o"].forEach((vowel, i) => {
    if (kana[i]) SYLLABLES[consonant + vowel] = kana[i] as string;
  });
}
const Y_ROWS: Record<string, string> = {
  ky: "き",
  gy: "ぎ",
  sh: "し",
  j: "じ",
  ch: "ち",
  ny: "に",
  hy: "ひ",
  by: "び",
  py: "ぴ",
  my: "み",
  ry: "り",
  jy: "じ",
  cy: "ち",
  sy: "し",
  zy: "じ",
  ty: "ち",
  dy: "ぢ",
};
const SMALL: Record<string, string> = { a: "ゃ", u: "ゅ", o: "ょ" };
for (const [prefix, kana] of Object.entries(Y_ROWS)) {
  for (const [vowel, small] of Object.entries(SMALL)) SYLLABLES[prefix + vowel] = kana + small;
}
Object.assign(SYLLABLES, {
  shi: "し",
  chi: "ち",
  tsu: "つ",
  fu: "ふ",
  ji: "じ",
  she: "しぇ",
  che: "ちぇ",
  je: "じぇ",
  fa: "ふぁ",
  fi: "ふぃ",
  fe: "ふぇ",
  fo: "ふぉ",
  ti: "てぃ",
  di: "でぃ",
  tu: "とぅ",
  wi: "うぃ",
  we: "うぇ",
});

const VOWELS = /[aiueo]/;

/** English words people mix into romaji ("seizure tomaranai"), read as the Japanese the rules know. */
const ENGLISH: Record<string, string> = {
  seizure: "けいれん",
  seizures: "けいれん",
  convulsion: "けいれん",
  convulsions: "けいれん",
  ambulance: "きゅうきゅうしゃ",
};

const LATIN_WORD = /[a-z']{2,}/giu;
/** Short English words that are also romaji (no → の, me → め). */
const ENGLISH_TOO = new Set(["no", "to", "me", "so", "go", "he", "we", "be", "do", "on", "in", "an"]);

/** Hiragana for a word written wholly in romaji, or undefined when it is not romaji. */
export function romajiToHiragana(word: string): string | undefined {
  let out = "";
  let i = 0;
  while (i < word.length) {
    const ch = word[i] as string;
    const next = word[i + 1];
    if (ch === "n" && (next === undefined || (next !== "y" && !VOWELS.test(next)))) {
      out += "ん";
      i += next === "'" ? 2 : 1;
      continue;
    }
    if (next === ch && !VOWELS.test(ch) && ch !== "n") {
      out += "っ";
      i += 1;
      continue;
    }
    const syllable = [3, 2, 1].map((n) => word.slice(i, i + n)).find((s) => SYLLABLES[s] !== undefined);
    if (!syllable) return undefined;
    out += SYLLABLES[syllable];
    i += syllable.length;
  }
  return out;
}

/**
 * The message with its romaji words in hiragana, or the message itself when it has none. Latin runs
 * shorter than two letters, or that are not romaji, are kept.
 */
export function readRomaji(message: string): string {
  const words = [...message.matchAll(LATIN_WORD)].map((m) => m[0]);
  let next = 0;
  return message.replace(LATIN_WORD, (word) => {
    next += 1;
    const following = words[next];
    const kana = read(word);
    // "no fever", "to the hospital": a short English word before English stays English, so "no"
    // keeps denying instead of becoming の.
    const english =
      ENGLISH_TOO.has(word.toLowerCase()) && following !== undefined && read(following) === undefined;
    return kana === undefined || english ? word : kana;
  });
}

function read(word: string): string | undefined {
  const lower = word.toLowerCase();
  return ENGLISH[lower] ?? romajiToHiragana(lower);
}

// Text normalization shared by analysis and triage. Web-standard APIs only.

// Zero-width and other invisible format characters (Unicode Cf plus variation selectors), which
// survive NFKC and split words: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi controls.
const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFF8\u{E0000}-\u{E007F}]|\u034F|[\u180B-\u180F]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;

// The counter ヶ/ヵ/カ/ケ/箇 (3ヶ月, 数カ所) is written か in the material (3〜6か月): one spelling, so a
// patient's "3ヶ月おき" meets it.
const COUNTER_KA = /([0-9〇一二三四五六七八九十百数何])\s*[ヶヵカケ箇]\s*(月|所|国|年)/gu;

/**
 * NFKC (width folding: ＣＴ→CT, ｶﾀｶﾅ→カタカナ, １１９→119), removal of invisible characters, and one
 * spelling of the counter か (3ヶ月 → 3か月).
 */
export function normalizeText(raw: string): string {
  return raw.normalize("NFKC").replace(INVISIBLE, "").replace(COUNTER_KA, "$1か$2");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lone surrogates (half of an emoji, or JSON's "\ud800") as U+FFFD, as String#toWellFormed does: a
 * JavaScript string may hold them, but the tokenizer cannot encode them.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** Hiragana → katakana, so kana spellings of the same word compare equal. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309D\u309E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** Katakana → hiragana. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6\u30FD\u30FE]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

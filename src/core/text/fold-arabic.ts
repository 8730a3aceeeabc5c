// Matching helpers. The article text itself is never rewritten with these: they
// only build comparison keys, so spelling variants of one word compare equal.

const DIACRITICS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Characters that show nothing: the soft hyphen, the Arabic letter mark, zero-width spaces and joiners,
 * directional marks, embeddings, overrides and isolates, the word joiner and invisible operators, the
 * BOM / zero-width no-break space. A character class body, for building patterns; the one list of them.
 */
export const INVISIBLE_CHARS = String.raw`\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF`;
/**
 * Characters that look blank but are not whitespace to `\s`: the Hangul fillers (U+115F, U+1160, U+3164,
 * U+FFA0; letters to Unicode), the braille blank (U+2800) and the Mongolian vowel separator. A file of
 * them only is empty, and they are trimmed from a line's ends like spaces. A character class body.
 */
export const BLANK_CHARS = String.raw`\u115F\u1160\u180E\u2800\u3164\uFFA0`;
/** Every blank-looking character (global: for `replace`, never `test`). */
export const BLANK = new RegExp(`[${BLANK_CHARS}]`, 'g');
/** Every invisible character (global: for `replace`, never `test`). */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
// Isolated forms of the harakat (U+FE70–FE7F): NFKC makes them a space and the mark, so they go first.
const HARAKAT_FORMS = /[\uFE70-\uFE7F]/g;

const FOLD_CACHE_LENGTH = 40;
const FOLD_CACHE_SIZE = 200_000;
const foldCache = new Map<string, string>();

/**
 * A comparison key: no invisible characters, presentation forms as their letters (NFKC: "ﻻ" → "لا"),
 * no diacritics or tatweel, one alef, ى→ي, ة→ه, Latin lower-cased, whitespace collapsed.
 * Scraped pages spell the same widget label several ways.
 */
export function foldArabic(text: string): string {
  // Words are folded again and again (every comparison of a story asks about the same words): short
  // texts are remembered. Pure, so the cache changes nothing but time; bounded, so it cannot grow.
  if (text.length > FOLD_CACHE_LENGTH) return fold(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(HARAKAT_FORMS, '')
    .normalize('NFKC')
    .replace(DIACRITICS_AND_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// What foldArabic treats as one letter, as a pattern: the folded letter stands for each of these.
const SPELLINGS: Readonly<Record<string, string>> = {
  ا: '[اأإآٱ]',
  ي: '[يىی]',
  ه: '[هة]',
  ك: '[كک]',
};
// What foldArabic drops inside a word: diacritics, tatweel, invisible characters.
const INSIDE_WORD = String.raw`[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640${INVISIBLE_CHARS}]*`;

/**
 * A pattern (for a `u` regex) matching `word` as written in any spelling foldArabic makes equal to it:
 * "ينايـر", "الثُّلاثاء", "صباحاً", "أكتوبر"/"اكتوبر", "January"/"JANUARY". Each letter may carry
 * diacritics, tatweel or invisible characters after it; a space is any run of whitespace. The text
 * itself is matched, so what a match covers is the original characters.
 */
export function loosePattern(word: string): string {
  return Array.from(foldArabic(word), (ch) => {
    if (/\s/.test(ch)) return String.raw`\s+`;
    if (!/\p{L}/u.test(ch)) return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const upper = ch.toUpperCase();
    const letter = SPELLINGS[ch] ?? (upper === ch ? ch : `[${ch}${upper}]`);
    return `${letter}${INSIDE_WORD}`;
  }).join('');
}

/** Whitespace-normalised text, for "is this the same line again" checks. */
export function squeezeSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where `needle` first occurs in `haystack` as whole words (both already folded), or -1:
 * `البيان` must not match inside `البيانات`.
 */
export function findWhole(haystack: string, needle: string): number {
  if (needle === '') return -1;
  const startsWithWordChar = LETTER.test(needle[0] ?? '');
  const endsWithWordChar = LETTER.test(needle[needle.length - 1] ?? '');
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return -1;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const okBefore = !startsWithWordChar || before === undefined || !LETTER.test(before);
    const okAfter = !endsWithWordChar || after === undefined || !LETTER.test(after);
    if (okBefore && okAfter) return at;
    from = at + 1;
  }
}

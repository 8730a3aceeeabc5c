// A light Arabic stemmer for similarity vectors only (never for cues or actor names, which match on
// folded surface forms): light10 with its guards fixed (light10g), and a corpus-aware variant
// (light10v) that strips a bare proclitic only when the rest is a stem the story itself uses.
// Measured in docs/research/comparison-groundwork.md §1.
import { foldArabic } from './fold-arabic.ts';

const AL_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// On folded text (ة → ه), longest first within each length so "هما" goes before "ها".
const SUFFIXES = ['هما', 'ها', 'هم', 'نا', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const TANWEEN_ALEF = /(\u064Bا|ا\u064B)$/;

/** The folded word, without a final tanween alef (وقفاً → وقف, not وقفا, so it meets «وقف»). */
function foldWord(raw: string): string {
  const folded = foldArabic(raw);
  return TANWEEN_ALEF.test(raw) ? folded.slice(0, -1) : folded;
}

// Iterated, but a one-letter suffix must leave 2 letters and a longer one 3, or بيان would become بي.
function stripSuffixes(word: string): string {
  let w = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of SUFFIXES) {
      const min = s.length === 1 ? 2 : 3;
      if (w.endsWith(s) && w.length - s.length >= min) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

function stripArticle(word: string): string {
  for (const p of AL_PREFIXES)
    if (word.startsWith(p) && word.length - p.length >= 2) return word.slice(p.length);
  return word;
}

/**
 * light10g: the article and its proclitics, a conjunction و before at least 4 letters, then suffixes.
 * For when no corpus is at hand; it leaves ل/ب/ك/ف-prefixed words (لتوقيع, بموسكو) apart.
 */
export function lightStem(raw: string): string {
  let w = foldWord(raw);
  if (w.length > 4 && w.startsWith('و')) w = w.slice(1);
  return stripSuffixes(stripArticle(w));
}

const base = (word: string) => stripSuffixes(stripArticle(word));

/**
 * light10v over the story's vocabulary (raw tokens of every sentence): a bare و/ف/ب/ل/ك (or two of
 * them, وب/فل …) and a final alef go only when what remains is the stem of another word of the
 * story. So لتوقيع meets توقيع and بموسكو meets موسكو, while ليبيا never becomes يبيا and وقف
 * never becomes قف: there is no "يبيا" or "قف" in the story to meet.
 */
export function makeStemmer(vocabulary: readonly string[]): (word: string) => string {
  // «لل» is ل + ال (للاتفاق) or ل before a word of its own (لليبيا): the story's other words decide.
  // A story's vocabulary is its words with their repeats: each distinct word is folded once.
  const folds = new Map<string, string>();
  const words = vocabulary.map((raw) => {
    let w = folds.get(raw);
    if (w === undefined) {
      w = foldWord(raw);
      folds.set(raw, w);
    }
    return w;
  });
  const known = new Set([...new Set(folds.values())].filter((w) => !w.startsWith('لل')).map(base));
  const lamLam = (w: string) =>
    w.startsWith('لل') && w.length > 4 && known.has(base(w.slice(1))) ? w.slice(1) : w;
  for (const w of words) if (w.startsWith('لل')) known.add(base(lamLam(w)));
  const cache = new Map<string, string>();
  return (raw) => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    let w = lamLam(foldWord(raw));
    // No Arabic word begins with two waws: the first is the conjunction («ووقع» is و + وقع).
    if (w.length >= 4 && w.startsWith('وو')) w = w.slice(1);
    else if (w.length > 3 && /^[وفبلك]/.test(w)) {
      const one = base(w.slice(1));
      if (one.length >= 3 && known.has(one)) w = w.slice(1);
      else if (w.length > 4 && /^[وف][بلك]/.test(w)) {
        const two = base(w.slice(2));
        if (two.length >= 3 && known.has(two)) w = w.slice(2);
      }
    }
    let s = base(w);
    if (s.endsWith('ا') && s.length >= 4 && known.has(stripSuffixes(s.slice(0, -1))))
      s = stripSuffixes(s.slice(0, -1));
    cache.set(raw, s);
    return s;
  };
}

/** The words of a text as written (letters and digits, with their diacritics), for stemming. */
export function rawWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}\u0640]+/gu) ?? [];
}

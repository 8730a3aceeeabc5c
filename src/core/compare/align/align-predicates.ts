// A rough key for the predicate a word carries, so one event told with a verb and with its noun meets:
// «تنسحب» / «ينسحب» / «انسحاب», «سيصل» / «يصل», «يوقعان» / «توقيع». A light stem, then the
// imperfect or future prefix, a first alef of the derived forms and a long vowel before the last
// letter go. Used only as evidence between two clauses that already share an actor, never for cues.
import { foldArabic } from '../../text/fold-arabic.ts';
import { rawWords } from '../../text/stem.ts';
import { FUNCTION_WORDS } from '../../text/stopwords.ts';

export function predicateKey(stemmed: string): string {
  let s = stemmed;
  if (s.length >= 5 && s.startsWith('س') && /[يتن]/.test(s[1] ?? '')) s = s.slice(1);
  if (s.length >= 4 && /[يتن]/.test(s[0] ?? '')) s = s.slice(1);
  else if (s.length >= 5 && s.startsWith('ا')) s = s.slice(1);
  if (s.length >= 4 && /[اوي]/.test(s[s.length - 2] ?? '')) s = s.slice(0, -2) + s.slice(-1);
  return s;
}

/** Predicate keys of a text's content words (no stopwords, digits or names). */
export function predicateKeys(
  text: string,
  stem: (word: string) => string,
  nameStems: ReadonlySet<string>,
): Set<string> {
  const keys = new Set<string>();
  for (const raw of rawWords(text)) {
    const folded = foldArabic(raw);
    if (
      folded.length < 3 ||
      /\p{N}/u.test(folded) ||
      FUNCTION_WORDS.has(folded) ||
      FUNCTION_WORDS.has(folded.slice(1))
    )
      continue;
    const s = stem(raw);
    if (nameStems.has(s)) continue;
    const key = predicateKey(s);
    if (key.length >= 3) keys.add(key);
  }
  return keys;
}

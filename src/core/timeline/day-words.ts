// Reading a date cue's words for what they say about the day it was written: «اليوم الاثنين» names the
// day of writing, «أمس» the day before it, «الأحد الماضي» a Sunday already past. The cue detector
// (compare/cues-dates.ts) resolves these only against a known publication date; here there is none, so
// the words are read back into an offset and a weekday, and the story's date is the only anchor.
import { NEXT_WORDS, PAST_WORDS, RELATIVE_DAYS, WEEKDAY_NAMES } from '../compare/cues-dates.ts';
import { tokenize, tokenMatches } from '../compare/cues-tokens.ts';
import { foldArabic } from '../text/fold-arabic.ts';

/** What a day cue's words say, relative to the day it was written. */
export interface DayWords {
  /** Days from the day of writing: «اليوم» 0, «أمس» −1, «غداً» +1. */
  offset?: number;
  /** Sunday = 0, as `Date.getUTCDay`. */
  weekday?: number;
  /** «الماضي» (before the day of writing) or «المقبل» (after it). */
  side?: 'past' | 'next';
}

// The cue detector's own words (one word each: a token is matched at a time), folded as tokens are.
const oneWord = (words: readonly string[]) => words.filter((w) => !w.includes(' ')).map(foldArabic);
const RELATIVE = RELATIVE_DAYS.map(([words, offset]) => [oneWord(words), offset] as const);
const WEEKDAYS = WEEKDAY_NAMES.map(oneWord);
const PAST = oneWord(PAST_WORDS);
const NEXT = oneWord(NEXT_WORDS);

/** The offset, weekday and side a cue's words carry; empty for a date written out («12 يناير»). */
export function readDayWords(text: string): DayWords {
  const words: DayWords = {};
  for (const token of tokenize(text)) {
    for (const [forms, offset] of RELATIVE) {
      if (words.offset === undefined && forms.some((f) => tokenMatches(token, f))) words.offset = offset;
    }
    WEEKDAYS.forEach((forms, day) => {
      if (words.weekday === undefined && forms.some((f) => tokenMatches(token, f))) words.weekday = day;
    });
    if (PAST.some((f) => tokenMatches(token, f, 'none'))) words.side = 'past';
    if (NEXT.some((f) => tokenMatches(token, f, 'none'))) words.side = 'next';
  }
  return words;
}

const DAY_MS = 86_400_000;

/** An ISO day (`YYYY-MM-DD`, or the day of a date-time) as a UTC midnight, or undefined. */
export function dayOf(iso: string | undefined): Date | undefined {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The named weekday nearest `anchor` (within three days either side). */
export function weekdayNear(anchor: Date, weekday: number): Date {
  const forward = (weekday - anchor.getUTCDay() + 7) % 7;
  return addDays(anchor, forward <= 3 ? forward : forward - 7);
}

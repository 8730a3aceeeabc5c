// Reading a date cue's words for what they say about the day it was written: «اليوم الاثنين» names the
// day of writing, «أمس» the day before it, «الأحد الماضي» a Sunday already past. The cue detector
// (compare/cues/cues-dates.ts) resolves these only against a known publication date; here there is none, so
// the words are read back into an offset and a weekday, and the story's date is the only anchor.
import { NEXT_WORDS, PAST_WORDS, RELATIVE_DAYS, WEEKDAY_NAMES } from '../compare/cues/cues-dates.ts';
import { tokenize, tokenMatches } from '../compare/cues/cues-tokens.ts';
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

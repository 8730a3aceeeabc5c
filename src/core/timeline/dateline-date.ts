// A date written out in the dateline («القاهرة في 13 يناير 2020 -», «موسكو، 13 كانون الثاني»): the day
// the report was filed. Only a date with its day number counts; a dateline's «اليوم» or weekday is a
// relative day, read with the body's.
import { findDates } from '../compare/cues/cues-dates.ts';
import { tokenize } from '../compare/cues/cues-tokens.ts';
import { dayOf } from '../text/calendar.ts';

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The dateline's written date as a day, and its words; a day and month without a year take the story's. */
export function datelineDate(raw: string, storyDate?: string): { day: Date; text: string } | undefined {
  // The story's date stands in for the publication date only to choose the year of «13 يناير».
  for (const cue of findDates(raw, tokenize(raw), storyDate)) {
    if (!DIGIT.test(cue.text) || !cue.value || !FULL_DAY.test(cue.value)) continue;
    const day = dayOf(cue.value);
    if (day) return { day, text: cue.text };
  }
  return undefined;
}

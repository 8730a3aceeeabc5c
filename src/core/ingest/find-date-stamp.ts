// The page's own publication stamp («نشر في: 5 أغسطس 2020 - 09:40 م», «تاريخ النشر: 05/08/2020», or a
// date alone on a line of the page head, «5/8/2020»). The header pass removes it as clutter; its day is
// still the best date an article has when the provenance file gives none, and relative days («أمس»,
// «مساء الثلاثاء») can only be resolved against one.
//
// An update stamp («آخر تحديث: …») is not the publication and is passed over. A numeric date is read
// day first, as Arabic pages write it; when the line names a weekday, the reading must fall on it.
import { findDates } from '../compare/cues/cues-dates.ts';
import { tokenize } from '../compare/cues/cues-tokens.ts';
import { foldArabic } from '../text/fold-arabic.ts';
import type { Draft } from './draft.ts';
import { isDateOnly } from './line-shape.ts';

/** The note an article dated by its stamp carries (ingest-article.ts), and how the timeline tells it. */
export const stampNote = (stamp: DateStamp): string =>
  `published ${stamp.date}, read from the page's date stamp «${stamp.text}» (line ${stamp.line})`;
export const isStampNote = (note: string): boolean =>
  /^published \S+, read from the page's date stamp/.test(note);

export interface DateStamp {
  /** ISO day, YYYY-MM-DD. */
  date: string;
  /** The stamp as written. */
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

const PUBLISHED = /(?:^|\s)(?:نشر|نشرت|النشر|بتاريخ|منشور)(?:\s|:|$)|published|posted/i;
const UPDATED = /تحديث|التحديث|محدث|updated|modified/i;
// 5/8/2020, 05-08-2020, 5.8.2020; and year first, 2020-08-05, 2020/08/05. Not glued to more digits
// («5/8/202006:12»).
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const YEAR_FIRST = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The day if it exists on the calendar (not 31/2). */
function day(year: number, month: number, date: number): Date | undefined {
  if (year < 1900 || year > 2100) return undefined;
  const d = new Date(Date.UTC(year, month - 1, date));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === date ? d : undefined;
}

const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The weekday the stamp names, Sunday = 0, if it names one. */
function namedWeekday(text: string): number | undefined {
  const words = foldArabic(text)
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .map((w) => (w.startsWith('ال') ? w : `ال${w}`));
  const found = WEEKDAYS.findIndex((w) => words.includes(w));
  return found < 0 ? undefined : found;
}

/** The day one stamp line gives, or undefined when it gives none or contradicts itself. */
export function readDateStamp(text: string): string | undefined {
  const ascii = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const weekday = namedWeekday(ascii);
  const fits = (d: Date | undefined) =>
    d !== undefined && (weekday === undefined || d.getUTCDay() === weekday);
  const isoMatch = ascii.match(YEAR_FIRST);
  if (isoMatch) {
    const d = day(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    return fits(d) ? iso(d!) : undefined;
  }
  const numeric = ascii.match(DAY_MONTH_YEAR);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const dayFirst = day(y, b, a);
    if (fits(dayFirst)) return iso(dayFirst!);
    // Month first only when the weekday says so; without one, 5/8 stays the 5th of August.
    const monthFirst = weekday === undefined ? undefined : day(y, a, b);
    return fits(monthFirst) ? iso(monthFirst!) : undefined;
  }
  // Month names: the cue reader's, with the year written (no publication date to guess it from).
  const full = findDates(ascii, tokenize(ascii)).find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.value ?? ''));
  if (!full?.value) return undefined;
  const [y, m, dd] = full.value.split('-').map(Number) as [number, number, number];
  return fits(day(y, m, dd)) ? full.value : undefined;
}

/**
 * The publication stamp of the page head: a line labelled as the publication, else the first date-only
 * line that is not an update. Only lines above the body, already removed as page clutter, are read.
 */
export function findDateStamp(draft: Draft): DateStamp | undefined {
  const head = draft.lines.slice(0, draft.bodyStart).filter((l) => l.reason !== undefined && l.text !== '');
  const stamps = head.filter((l) => !UPDATED.test(l.text) && isDateOnly(l.text));
  const labelled = stamps.filter((l) => PUBLISHED.test(l.text));
  for (const l of [...labelled, ...stamps]) {
    const date = readDateStamp(l.text);
    if (date !== undefined) return { date, text: l.text, line: l.line };
  }
  return undefined;
}

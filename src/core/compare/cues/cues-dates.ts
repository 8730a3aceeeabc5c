// Dates: weekdays («الأحد الماضي», «صباح الثلاثاء», «يوم الاثنين»), relative days («اليوم», «أمس»,
// «غداً»), day and month («12 يناير», «12 كانون الثاني 2020»), month and year («أبريل عام 2019») and
// years («عام 2011»).
//
// `value`: an ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) when it can be resolved — a
// relative day or a weekday only against the article's `published` date — else the words folded
// («الاحد الماضي», «12 يناير»). Two outlets' «أمس» and «الاثنين» then compare equal when they mean
// the same day.
import { addDays, dayOf, isoDay, weekdayDate } from '../../text/calendar.ts';
import { foldArabic } from '../../text/fold-arabic.ts';
import type { Cue } from '../../types.ts';
import { longestAt, type Phrase, phrase, type Token } from './cues-tokens.ts';

/** Gregorian month names of every series Arabic outlets use, by month number. */
const MONTHS: string[][] = [
  ['يناير', 'كانون الثاني', 'جانفي', 'January', 'Jan'],
  ['فبراير', 'شباط', 'فيفري', 'February', 'Feb'],
  ['مارس', 'آذار', 'March', 'Mar'],
  ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'April', 'Apr'],
  ['مايو', 'أيار', 'ماي', 'May'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان', 'June', 'Jun'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'July', 'Jul'],
  ['أغسطس', 'آب', 'أوت', 'غشت', 'August', 'Aug'],
  ['سبتمبر', 'أيلول', 'شتنبر', 'September', 'Sep', 'Sept'],
  ['أكتوبر', 'تشرين الأول', 'October', 'Oct'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر', 'November', 'Nov'],
  ['ديسمبر', 'كانون الأول', 'دجنبر', 'December', 'Dec'],
];
const MONTH_PHRASES: { p: Phrase; month: number }[] = MONTHS.flatMap((names, m) =>
  names.map((n) => ({ p: phrase(n, 'all'), month: m + 1 })),
);
/** Weekdays, Sunday = 0 as in `Date.getUTCDay`. The timeline reads the same words (timeline/day-words.ts). */
export const WEEKDAY_NAMES: readonly string[][] = [
  ['الأحد'],
  ['الاثنين', 'الإثنين'],
  ['الثلاثاء'],
  ['الأربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];
const WEEKDAY_PHRASES = WEEKDAY_NAMES.flatMap((names, d) =>
  names.map((n) => ({ p: phrase(n, 'all'), day: d })),
);
/** Days named relative to the day of writing, with their offset from it. */
export const RELATIVE_DAYS: readonly (readonly [readonly string[], number])[] = [
  [['اليوم', 'الليلة', 'هذا اليوم'], 0],
  [['أمس', 'البارحة', 'الأمس', 'ليلة أمس'], -1],
  [['غدا', 'غد', 'الغد'], 1],
];
const RELATIVE: { p: Phrase; offset: number }[] = RELATIVE_DAYS.flatMap(([words, offset]) =>
  words.map((w) => ({ p: phrase(w, 'all'), offset })),
);
/** Before a day: the part of it or «يوم». */
const DAY_PARTS = [
  'يوم',
  'صباح',
  'مساء',
  'ظهر',
  'فجر',
  'ليلة',
  'ليل',
  'منتصف ليل',
  'منتصف الليل',
  'نهار',
  'عصر',
].map((w) => phrase(w, 'all'));
/** After a weekday: one already past, or one to come. */
export const PAST_WORDS: readonly string[] = ['الماضي', 'الفائت', 'المنصرم'];
export const NEXT_WORDS: readonly string[] = ['المقبل', 'القادم'];
const PAST = PAST_WORDS.map((w) => phrase(w, 'none'));
const NEXT = NEXT_WORDS.map((w) => phrase(w, 'none'));
const YEAR_WORDS = ['عام', 'العام', 'سنة', 'السنة'].map((w) => phrase(w, 'all'));
const ERA = new Set(['م', 'هـ', 'ه']);
const DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/;

/** ASCII digits for every script's. */
export function asciiDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day and month without a year: the year that puts it nearest the publication. */
function nearestYear(p: Date, month: number, day: number): Date {
  const candidates = [-1, 0, 1].map((k) => new Date(Date.UTC(p.getUTCFullYear() + k, month - 1, day)));
  candidates.sort((a, b) => Math.abs(a.getTime() - p.getTime()) - Math.abs(b.getTime() - p.getTime()));
  return candidates[0]!;
}

const yearOf = (t: Token | undefined): number | undefined => {
  if (!t || !DIGITS.test(t.raw)) return undefined;
  const y = Number(asciiDigits(t.raw));
  return y >= 1900 && y <= 2100 ? y : undefined;
};

export function findDates(text: string, tokens: Token[], published?: string): Cue[] {
  const cues: Cue[] = [];
  const p = dayOf(published);
  const words = (first: number, last: number) =>
    tokens
      .slice(first, last + 1)
      .map((t) => t.fold)
      .join(' ');
  const push = (first: number, last: number, value: string) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    cues.push({ kind: 'date', text: text.slice(start, end), start, end, value });
  };
  const monthAt = (i: number) => {
    for (const { p: ph, month } of MONTH_PHRASES) {
      const n = longestAt(tokens, i, [ph]);
      if (n) return { n, month };
    }
    return undefined;
  };
  /** A year after the month: «2020», «عام 2019», «2020م», and a second month name «يناير/كانون الثاني». */
  const yearAfter = (i: number): { year?: number; last: number } => {
    let j = i;
    const other = tokens[j] && !tokens[j]!.clauseStart ? monthAt(j) : undefined;
    if (other) j += other.n;
    const yearWord = tokens[j] && longestAt(tokens, j, YEAR_WORDS);
    const y = yearOf(tokens[j + (yearWord ? 1 : 0)]);
    if (y === undefined) return { last: j - 1 };
    let last = j + (yearWord ? 1 : 0);
    if (tokens[last + 1] && ERA.has(tokens[last + 1]!.fold)) last++;
    return { year: y, last };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Day and month: «12 يناير», «منتصف ليل 12 يناير 2020».
    if (DIGITS.test(t.raw) && tokens[i + 1] && !tokens[i + 1]!.clauseStart) {
      const day = Number(asciiDigits(t.raw));
      const month = monthAt(i + 1);
      if (month && day >= 1 && day <= 31) {
        const { year, last } = yearAfter(i + 1 + month.n);
        const first = i > 0 && longestAt(tokens, i - 2, DAY_PARTS) === 2 ? i - 2 : i;
        const firstPart = first === i && i > 0 && longestAt(tokens, i - 1, DAY_PARTS) === 1 ? i - 1 : first;
        let value = `${day} ${foldArabic(MONTHS[month.month - 1]![0]!)}`;
        if (year !== undefined) value = `${year}-${pad(month.month)}-${pad(day)}`;
        else if (p) value = isoDay(nearestYear(p, month.month, day));
        push(firstPart, last, value);
        i = last;
        continue;
      }
    }
    // Month and year: «أبريل عام 2019».
    const month = monthAt(i);
    if (month) {
      const { year, last } = yearAfter(i + month.n);
      if (year !== undefined) {
        push(i, last, `${year}-${pad(month.month)}`);
        i = last;
        continue;
      }
    }
    // A year: «عام 2011», «في 2019».
    const yearWord = longestAt(tokens, i, YEAR_WORDS);
    const y = yearOf(tokens[i + (yearWord ? 1 : 0)]);
    if (
      y !== undefined &&
      (yearWord ||
        !tokens[i + 1] ||
        tokens[i + 1]!.clauseStart ||
        !/\p{L}/u.test(tokens[i + 1]!.fold) ||
        ERA.has(tokens[i + 1]!.fold))
    ) {
      const last = i + (yearWord ? 1 : 0);
      push(i, last, String(y));
      i = last;
      continue;
    }
    // Weekdays and relative days, with «يوم»/«صباح» before and «الماضي»/«المقبل» after.
    const first = i;
    let j = i;
    // Up to two: «مساء يوم الاثنين».
    for (let parts = 0; parts < 2; parts++) {
      const part = longestAt(tokens, j, DAY_PARTS);
      if (!part || !tokens[j + part] || tokens[j + part]!.clauseStart) break;
      j += part;
    }
    let resolved: Date | undefined;
    let matched = 0;
    let weekday: number | undefined;
    let offset: number | undefined;
    for (const w of WEEKDAY_PHRASES) {
      matched = longestAt(tokens, j, [w.p]);
      if (matched) {
        weekday = w.day;
        break;
      }
    }
    if (!matched)
      for (const r of RELATIVE) {
        matched = longestAt(tokens, j, [r.p]);
        if (matched) {
          offset = r.offset;
          break;
        }
      }
    if (!matched) continue;
    // «اليوم الاثنين»: one day named twice.
    let last = j + matched - 1;
    if (offset === 0 && tokens[last + 1] && !tokens[last + 1]!.clauseStart) {
      for (const w of WEEKDAY_PHRASES) {
        const n = longestAt(tokens, last + 1, [w.p]);
        if (n) {
          weekday = w.day;
          last += n;
          break;
        }
      }
    }
    let side: 'near' | 'past' | 'next' = 'near';
    if (weekday !== undefined && tokens[last + 1] && !tokens[last + 1]!.clauseStart) {
      if (longestAt(tokens, last + 1, PAST)) side = 'past';
      else if (longestAt(tokens, last + 1, NEXT)) side = 'next';
      if (side !== 'near') last++;
    }
    if (p) resolved = offset !== undefined ? addDays(p, offset) : weekdayDate(p, weekday!, side);
    push(first, last, resolved ? isoDay(resolved) : words(first, last));
    i = last;
  }
  return cues;
}

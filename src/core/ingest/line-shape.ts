// What kind of line is this, judged by its shape alone. Shared by the passes that
// have to tell a headline, a teaser, a date stamp and a body paragraph apart.
import { DAY_PERIODS, ERA_MARKS, MONTH_NAMES, WEEKDAYS } from '../text/date-words.ts';
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence, endsWithPunctuation } from '../text/words.ts';
import { matchDateline } from './find-dateline.ts';

/** Long enough and finished like prose: the start of the article body. */
export function looksLikeBodyParagraph(text: string): boolean {
  if (isDateOnly(text)) return false;
  const words = countWords(text);
  if (words >= 25) return true;
  if (words >= 6 && endsSentence(text)) return true;
  // The word count first: it is cheap, the dateline forms are many patterns.
  return words >= 6 && matchDateline(text) !== undefined;
}

/** A headline: short and not finished with sentence punctuation. */
export function isHeadlineLike(text: string): boolean {
  const words = countWords(text);
  return words >= 1 && words < 15 && !endsWithPunctuation(text);
}

// A question that opens a paragraph continuing the text: "فما الحل؟", "وهل ينجح الاتفاق؟".
const CONTINUING_QUESTION = /^(?:[وف](?:هل|ما|ماذا|من|كيف|لماذا|متي|اين|الي))\s/;

/** A headline asked as a question, as linked articles often are: short, ending in "؟" or "?". */
export function isQuestionHeadline(text: string): boolean {
  const words = countWords(text);
  return (
    words >= 2 && words < 15 && /[?؟]["'»”’)\]]*$/.test(text) && !CONTINUING_QUESTION.test(foldArabic(text))
  );
}

/** A teaser of a linked article: a clipped first sentence ending in an ellipsis. */
export function isTeaser(text: string): boolean {
  return /(?:…|\.\.\.)$/.test(text) && countWords(text) <= 40;
}

// Words around a date stamp ("نشر في", "آخر تحديث", "منذ 3 ساعات"); the date words are in the lexicon.
const TIME_WORDS = [
  'منذ',
  'ساعه',
  'ساعات',
  'ساعتين',
  'دقيقه',
  'دقائق',
  'دقيقتين',
  'يوم',
  'ايام',
  'يومين',
  'امس',
  'اليوم',
  'نشر',
  'في',
  'بتاريخ',
  'اخر',
  'تحديث',
  'تاريخ',
  'النشر',
  'قبل',
  'نشر',
  'نشرت',
  'منشور',
  'محدث',
  'التحديث',
  'تم',
  'gmt',
  'ت',
  'غ',
];
// Date words of the one lexicon, folded and word by word ("جمادى الآخرة" → "جمادي", "الاخره").
const LEXICON_WORDS = [...MONTH_NAMES, ...WEEKDAYS, ...ERA_MARKS, ...DAY_PERIODS].flatMap((w) =>
  foldArabic(w).split(' '),
);
const DATE_WORDS = new Set([...LEXICON_WORDS, ...TIME_WORDS]);

// "بتوقيت أبوظبي", "(توقيت مكة المكرمة)", "GMT+3" after a time: the zone, not more words.
const TIME_ZONE = /\(?\s*ب?توقيت(?:\s+[^\s()]+){1,2}\s*\)?$|\(?\s*(?:gmt|utc)\s*[+-]?\s*\p{N}*\s*\)?$/u;

/**
 * A date or time stamp alone on a line: `01/11/2024`, `الاثنين 13 يناير 2020 - 03:45 م`, `منذ 3 ساعات`,
 * `نشر في: 14 سبتمبر 2023 - 12:45 ص بتوقيت أبوظبي`, `قبل ساعتين`, `14/1/2020 02:15 PM (مكة المكرمة)`,
 * `الثلاثاء - 19 جمادى الأولى 1441 هـ - 14 يناير 2020 مـ رقم العدد [ 15022]`.
 */
// A newspaper's issue number after its date: "رقم العدد [ 15022]", "العدد 15022".
const ISSUE_NUMBER = /\s*[-–—|]?\s*(?:رقم )?العدد\s*[:：]?\s*\[?\s*\p{N}+\s*\]?$/u;
// After a clock time, the zone in brackets: "02:15 PM (مكة المكرمة)".
const ZONE_AFTER_TIME =
  /(?<=\p{N}:\p{N}{2}(?:\s*(?:am|pm|ص|م|صباحا|مساء))?)\s*\((?:[^\s()\p{N}]+\s?){1,3}\)$/u;

export function isDateOnly(text: string): boolean {
  const folded = foldArabic(text)
    .replace(TIME_ZONE, '')
    .replace(ISSUE_NUMBER, '')
    .replace(ZONE_AFTER_TIME, '')
    .trim();
  if (!/\p{N}/u.test(folded) && !/^(?:منذ|قبل)\s/.test(folded)) return false;
  const words = folded.replace(/[\p{N}\p{P}\p{S}]+/gu, ' ').trim();
  if (words === '') return true;
  return words.split(/\s+/).every((w) => DATE_WORDS.has(w) || DATE_WORDS.has(w.replace(/^[وب]/, '')));
}

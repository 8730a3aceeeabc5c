// What kind of line is this, judged by its shape alone. Shared by the passes that
// have to tell a headline, a teaser, a date stamp and a body paragraph apart.
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence, endsWithPunctuation } from '../text/words.ts';
import { matchDateline } from './find-dateline.ts';

/** Long enough and finished like prose: the start of the article body. */
export function looksLikeBodyParagraph(text: string): boolean {
  const words = countWords(text);
  if (words >= 25) return true;
  if (words >= 6 && endsSentence(text)) return true;
  return matchDateline(text) !== undefined && words >= 6;
}

/** A headline: short and not finished with sentence punctuation. */
export function isHeadlineLike(text: string): boolean {
  const words = countWords(text);
  return words >= 1 && words < 15 && !endsWithPunctuation(text);
}

/** A teaser of a linked article: a clipped first sentence ending in an ellipsis. */
export function isTeaser(text: string): boolean {
  return /(?:…|\.\.\.)$/.test(text) && countWords(text) <= 40;
}

const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يوليو',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين',
  'الاول',
  'الثاني',
  'يونيه',
  'يوليه',
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const DAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];
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
  'ص',
  'م',
  'am',
  'pm',
  'gmt',
  'ت',
  'غ',
];
const DATE_WORDS = new Set([...MONTHS, ...DAYS, ...TIME_WORDS]);

/** A date or time stamp alone on a line: `01/11/2024`, `الاثنين 13 يناير 2020 - 03:45 م`, `منذ 3 ساعات`. */
export function isDateOnly(text: string): boolean {
  const folded = foldArabic(text);
  if (!/\p{N}/u.test(folded) && !folded.startsWith('منذ')) return false;
  const words = folded.replace(/[\p{N}\p{P}\p{S}]+/gu, ' ').trim();
  if (words === '') return true;
  return words.split(/\s+/).every((w) => DATE_WORDS.has(w) || DATE_WORDS.has(w.replace(/^[وب]/, '')));
}

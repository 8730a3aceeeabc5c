// Labels of page widgets that announce clutter: teasers, tickers, comment boxes and
// link lists. Matched on folded text (see foldArabic), the whole line or its start.
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence } from '../text/words.ts';
import { hasSentenceWord } from './dateline-words.ts';

/** "اقرأ أيضاً" alone (rest '') or with the teased headline on the same line (rest = headline). */
export function matchReadAlso(text: string): { rest: string } | undefined {
  const m = /^(اقرا|طالع|شاهد|تابع)\s+(?:ايضا|كذلك|المزيد)(?:\s*[:\-–—|»>]\s*|\s+|$)(.*)$/.exec(
    foldArabic(text),
  );
  if (!m) return undefined;
  const rest = m[2] ?? '';
  // "تابع" is also the verb "went on": "تابع كذلك الوزير جولته …، وقال …" opens a body sentence.
  // As a widget label it stands alone or before a teased headline: short, unfinished, no verb of speech.
  if (
    m[1] === 'تابع' &&
    rest !== '' &&
    (countWords(rest) >= 15 || endsSentence(rest) || hasSentenceWord(rest))
  )
    return undefined;
  return { rest };
}

/** "عاجل" alone, or "عاجل: headline" / "عاجل | headline". */
export function matchBreaking(text: string): { rest: string } | undefined {
  const m = /^(?:خبر |اخبار )?عاجل(?:ه)?(?:\s*[:\-–—|]\s*(.*))?$/.exec(foldArabic(text));
  return m ? { rest: m[1] ?? '' } : undefined;
}

/** Strip counts, brackets and colons so "التعليقات (3)" and "عدد الردود 0" read as their label. */
const labelOf = (text: string) =>
  foldArabic(text)
    .replace(/[\p{N}()[\]:：|•·-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const COMMENTS = [
  /^عدد (?:الردود|التعليقات)$/,
  /^(?:ال)?تعليقات(?: القراء| الزوار| فيسبوك)?$/,
  /^(?:الردود|ردود القراء)$/,
  /^(?:اضف|اترك|اكتب|ارسل) (?:تعليق|تعليقك|تعليقا|رد|ردا)/,
  /^شارك برايك$/,
  /^(?:comments?|add a comment|leave a comment)$/,
];

/** A comment-widget label. "بواسطة:" counts only after the body (`afterBody`): above it, it is a byline. */
export function isCommentsMarker(text: string, afterBody: boolean): boolean {
  if (countWords(text) > 6) return false;
  const label = labelOf(text);
  if (COMMENTS.some((re) => re.test(label))) return true;
  return afterBody && /^بواسطه\s*:/.test(foldArabic(text));
}

const LATEST = [
  'احدث الاخبار',
  'اخر الاخبار',
  'الاكثر قراءه',
  'الاكثر مشاهده',
  'الاكثر تداولا',
  'الاكثر تعليقا',
  'الاكثر شعبيه',
  'اخبار ذات صله',
  'اخبار متعلقه',
  'اخبار مشابهه',
  'مواضيع ذات صله',
  'موضوعات ذات صله',
  'مواضيع متعلقه',
  'موضوعات متعلقه',
  'مقالات ذات صله',
  'مقالات متعلقه',
  'ذات صله',
  'قد يهمك ايضا',
  'قد يهمك',
  'قد يعجبك ايضا',
  'اخترنا لك',
  'المزيد من الاخبار',
  'المزيد حول هذه القصه',
  'المزيد حول هذا الموضوع',
  'قصص ذات صله',
  'قصص مقترحه',
  'مقالات مقترحه',
  'اختيارات المحرر',
  'اخترنا لكم',
  'اخبار اخري',
  'latest news',
  'most read',
  'related',
  'related news',
];

/** The title of a "latest news" / "most read" / "related" list. */
export function isLatestNewsMarker(text: string): boolean {
  return countWords(text) <= 5 && LATEST.includes(labelOf(text));
}

/**
 * Screen-reader text of a link list ("list 1 of 2", "end of list"): part of the list it sits in.
 * Matched only as a whole line.
 */
export function isListMarker(text: string): boolean {
  return /^(?:list \d+ of \d+|end of list)$/i.test(text.trim());
}

// The label is a whole word: "وسومات", "tagsomething" are not it.
const TAGS =
  /^(?:ال)?(?:كلمات (?:المفتاحيه|الداله|البحث)|كلمات (?:مفتاحيه|داله)|وسوم|الوسوم|tags|keywords)(?![\p{L}\p{N}])\s*[:：]?\s*/u;

/** "الكلمات المفتاحية" / "وسوم:" alone (rest '') or with the tags on the same line (rest = tags). */
export function matchTagsLabel(text: string): { rest: string } | undefined {
  const folded = foldArabic(text);
  const m = TAGS.exec(folded);
  if (!m) return undefined;
  const rest = folded.slice(m[0].length).trim();
  // Inline tags are a list of short names, not a sentence.
  if (rest !== '' && (countWords(rest) > 20 || /[.!?؟]$/.test(rest))) return undefined;
  return { rest };
}

/** Any label that starts a clutter block; a block that is being consumed stops at the next one. */
export function isAnyMarker(text: string): boolean {
  return (
    matchReadAlso(text) !== undefined ||
    matchBreaking(text) !== undefined ||
    isCommentsMarker(text, false) ||
    isLatestNewsMarker(text) ||
    matchTagsLabel(text) !== undefined
  );
}

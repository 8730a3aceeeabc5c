// The site's own furniture, wherever the scraper caught it: copyright footers, cookie notices
// and their buttons, newsletter sign-ups, view counters and subscriber notices are the site's
// notices ('site-notice'); "follow us on …" prompts are social buttons ('share'); the comment
// form's notices ("لن يتم نشر عنوان بريدك الإلكتروني") are the comment box ('comments').
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { matchPhotoCreditLine } from './find-captions.ts';

// Matched on folded text (see foldArabic).
const COPYRIGHT_PHRASE =
  /(?:جميع )?(?:ال)?حقوق(?: النشر| الطبع| النشر والطبع| الملكيه)? محفوظه|all rights reserved/;

/** "© 2024 …", "جميع الحقوق محفوظة …", "حقوق النشر محفوظة …": a copyright footer, not a sentence about copyright. */
export function isCopyrightLine(text: string): boolean {
  // "© Sputnik . Евгений Биятов": a photo's credit (a caption), not the site's footer.
  if (countWords(text) > 25 || matchPhotoCreditLine(text) !== undefined) return false;
  if (/[©Ⓒ]|\(c\)\s*\p{N}/iu.test(text)) return true;
  const folded = foldArabic(text);
  const m = COPYRIGHT_PHRASE.exec(folded);
  if (!m) return false;
  if (m.index === 0) return true;
  // Closing the line (a footer), or a short line that is not a sentence about rights.
  if (endsSentence(text)) return false;
  return m.index + m[0].length >= folded.replace(/[\p{N}\p{P}\s]+$/u, '').length || countWords(text) <= 8;
}

const COOKIES = /ملفات تعريف الارتباط|ملفات الارتباط|الكوكيز|الكوكي|\bcookies?\b/;
// The notice speaks for the site itself; a news story about cookies does not.
const COOKIE_CONTEXT =
  /هذا الموقع|موقعنا|نستخدم|بمواصله|باستمرار|بالاستمرار|this (?:web)?site|we use|by continuing/;

/** "يستخدم هذا الموقع ملفات تعريف الارتباط …": the site's cookie notice. */
export function isCookieNotice(text: string): boolean {
  const folded = foldArabic(text);
  return countWords(text) <= 50 && COOKIES.test(folded) && COOKIE_CONTEXT.test(folded);
}

const CONSENT_BUTTON =
  /^(?:موافق|اوافق|قبول|قبول الكل|اقبل|رفض|الاعدادات|اعرف المزيد|المزيد|ok|accept|accept all|agree|i agree|reject|settings|more info)$/;

const NEWSLETTER =
  /نشرتنا|النشره البريديه|النشره الاخباريه|نشره بريديه|القائمه البريديه|بريدك الالكتروني|newsletter|^(?:اشترك|اشتراك|اشترك الان|سجل الان|subscribe|sign up)$/;

/** A newsletter sign-up: its prompt, its e-mail field label, its button. */
export function isNewsletterLine(text: string): boolean {
  return countWords(text) <= 12 && !endsSentence(text) && NEWSLETTER.test(foldArabic(text));
}

const COUNTER_LABEL = `(?:عدد )?(?:المشاهدات|مشاهده|مشاهدات|القراءات|قراءه|قراءات|الزيارات|زياره|views?|reads?)`;
const NUMBER = String.raw`[\p{N}][\p{N},.٬٫]*`;
const COUNTER = new RegExp(
  `^(?:${COUNTER_LABEL}\\s*[:：]?\\s*${NUMBER}|${NUMBER}\\s*${COUNTER_LABEL})$`,
  'u',
);

/** "عدد المشاهدات: ١٬٢٠٤", "مشاهدة 2341", "1520 views". */
export function isViewCounter(text: string): boolean {
  return COUNTER.test(foldArabic(text));
}

/**
 * The site telling readers about its own subscription: it names itself ("هذا الموقع", "الموقع
 * الإلكتروني لـ…"), subscribers, and asks them to act. A story about some company's subscribers
 * names neither the page's site nor asks the reader.
 */
export function isSubscriberNotice(text: string): boolean {
  const folded = foldArabic(text);
  return (
    countWords(text) <= 50 &&
    /(?:لل|ال)?مشتركين|(?:لل|ال)?اشتراك|subscri/.test(folded) &&
    /هذا الموقع|موقعنا|الموقع الالكتروني ل|this website|our website/.test(folded) &&
    /يرجي|اضغط|انقر|please|click/.test(folded)
  );
}

/** "تابعوا آخر أخبار … عبر Google News", "تابعونا على تلغرام": a follow prompt. */
export function isFollowPrompt(text: string): boolean {
  const folded = foldArabic(text);
  return (
    countWords(text) <= 15 &&
    !endsSentence(text.replace(/[.!]$/, '')) &&
    /^(?:تابعونا|تابعوا|تابعنا|لمتابعه|follow us)\s/.test(folded) &&
    // "تابعونا على", "تابعوا RT على": the label of the follow bar, its buttons on the next lines.
    /\s(?:عبر|علي|في|on|via)(?:\s|\s*:?$)/.test(folded)
  );
}

// The comment form's own notices (WordPress and its like): matched on folded text.
const COMMENT_FORM =
  /لن يتم نشر (?:عنوان )?بريدك الالكتروني|الحقول الالزاميه مشار اليها|يجب انت? تكون مسجل(?:ا)? (?:الدخول|دخول)|(?:للمشاركه في النقاش|لاضافه تعليق|للتعليق) (?:قم ب|يرجي )?تسجيل الدخول|^لا توجد تعليقات(?: حتي الان)?\.?$/;

/** "لن يتم نشر عنوان بريدك الإلكتروني …", "يجب أن تكون مسجل الدخول لتضيف تعليقاً": the comment form. */
export function isCommentFormNotice(text: string): boolean {
  return countWords(text) <= 20 && COMMENT_FORM.test(foldArabic(text));
}

export function stripPageChrome(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  let afterCookie = false;
  draft.lines.forEach((l, i) => {
    if (!isPending(l)) return;
    const { text } = l;
    // The notice's buttons follow it: "موافق", "المزيد".
    const cookieButton = afterCookie && CONSENT_BUTTON.test(foldArabic(text));
    afterCookie = cookieButton;
    if (isCommentFormNotice(text)) {
      reasons.set(i, 'comments');
    } else if (isCookieNotice(text)) {
      reasons.set(i, 'site-notice');
      afterCookie = true;
    } else if (
      cookieButton ||
      isCopyrightLine(text) ||
      isNewsletterLine(text) ||
      isViewCounter(text) ||
      isSubscriberNotice(text)
    ) {
      reasons.set(i, 'site-notice');
    } else if (isFollowPrompt(text)) {
      reasons.set(i, 'share');
    }
  });
  return withReasons(draft, reasons);
}

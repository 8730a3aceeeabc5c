// Share-button labels left by the page's share bar, alone on their line.
import { foldArabic } from '../text/fold-arabic.ts';
import { classifyPending, type Draft } from './draft.ts';

const LABELS = [
  'whatsapp',
  'telegram',
  'facebook',
  'twitter',
  'x',
  'email',
  'e-mail',
  'mail',
  'print',
  'linkedin',
  'messenger',
  'pinterest',
  'reddit',
  'tumblr',
  'viber',
  'sms',
  'pocket',
  'google+',
  'share',
  'tweet',
  'copy link',
  'copy url',
  'طباعه',
  'اطبع',
  'اطبع الخبر',
  'شارك',
  'شارك الخبر',
  'شارك المقال',
  'شارك هذا المقال',
  'شارك هذا الخبر',
  'شارك الموضوع',
  'شارك عبر',
  'شارك على',
  'مشاركه',
  'مشاركه الخبر',
  'واتساب',
  'واتس اب',
  'واتس',
  'تويتر',
  'فيسبوك',
  'فيس بوك',
  'تلغرام',
  'تليجرام',
  'تيليجرام',
  'تيلجرام',
  'لينكدان',
  'لينكد ان',
  'انستغرام',
  'انستجرام',
  'انستقرام',
  'يوتيوب',
  'youtube',
  'instagram',
  'ماسنجر',
  'البريد الالكتروني',
  'بريد الكتروني',
  'ارسال',
  'ارسل',
  'ارسل لصديق',
  'نسخ الرابط',
  'انسخ الرابط',
  'نسخ',
  'رابط مختصر',
  'الرابط المختصر',
].sort((a, b) => b.length - a.length);

// The English text of a share button for screen readers.
const SHARE_PROMPT =
  /^(?:click (?:here )?to )?share(?: this)?(?: article| story| page)?(?: on| via)(?: social media| facebook| twitter| whatsapp| email)$/;

/** True when the line is made only of share labels (one or several, with separators and share counts). */
export function isShareLine(text: string): boolean {
  if (SHARE_PROMPT.test(foldArabic(text))) return true;
  let rest = foldArabic(text)
    .replace(/(?<=\p{L})\p{N}+|\p{N}+(?=\p{L})|(?<=\s|^)\p{N}+(?=\s|$)/gu, ' ')
    .replace(/[|·•,،/:\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (rest === '') return false;
  while (rest !== '') {
    const label = LABELS.find((l) => rest === l || rest.startsWith(`${l} `));
    if (!label) return false;
    rest = rest.slice(label.length).trim();
  }
  return true;
}

export function stripShareButtons(draft: Draft): Draft {
  return classifyPending(draft, (text) => (isShareLine(text) ? 'share' : undefined));
}

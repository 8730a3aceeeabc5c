// Photo captions and credits: "سيرغي لافروف مصافحاً حفتر في موسكو | أ.ب", "(أرشيفية)",
// "صورة أرشيفية", "الصورة: …", "تصوير: …". Kept as captions, not body.

import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence } from '../text/words.ts';
import type { Caption, OutletRegistryEntry, RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

const ARCHIVE_ONLY = /^\(?(?:صوره |الصوره )?(?:ارشيفيه|من الارشيف)\)?$/;
const ARCHIVE_END = /(?:\(ارشيفيه\)|[-–—]\s*ارشيفيه|\(صوره ارشيفيه\))$/;
const PHOTO_PREFIX = /^(?:الصوره|صوره|الصور)\s*[:：]|^التعليق علي الصوره\s*[،,:：]/;
const CREDIT_PREFIX = /^(?:تصوير|عدسه|photo|credit|photo credit|(?:مصدر|صدر) الصوره)\s*[:：،,]\s*/;

// Who took or supplied a photo, as credited after a caption: wire agencies and picture agencies,
// "أرشيفية", social media. Folded (see foldArabic), dots and spaces dropped: "أ. ف. ب" → "افب".
const PHOTO_CREDITS = new Set([
  'رويترز',
  'افب',
  'فرانسبرس',
  'اب',
  'اسوشيتدبرس',
  'الاناضول',
  'اناضول',
  'شينخوا',
  'دبا',
  'ايبا',
  'غيتي',
  'جيتي',
  'غيتيايميجز',
  'جيتيايميجز',
  'وكالات',
  'ارشيفيه',
  'ارشيف',
  'مواقعالتواصل',
  'مواقعالتواصلالاجتماعي',
  'وسائلالتواصل',
  'وسائلالتواصلالاجتماعي',
  'reuters',
  'afp',
  'ap',
  'epa',
  'getty',
  'gettyimages',
  'anadolu',
  'xinhua',
]);
// "(آب)" after a date is the month, not "أ ب".
const isPhotoCredit = (credit: string) =>
  !credit.startsWith('آ') && PHOTO_CREDITS.has(foldArabic(credit).replace(/[\s.]+/g, ''));

const REPORTING =
  /(?:^|\s)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|تابع|تابعت)(?:\s|$)/;

/** "جانب من الدمار في درنة (رويترز)", "صورة من درنة - رويترز": the caption ends with its credit. */
function trailingCredit(text: string): Caption | undefined {
  const m = /^(.+?)\s*(?:\(([^()]{1,30})\)|[-–—]\s*([^-–—()]{1,30}))$/.exec(text);
  if (!m) return undefined;
  const [, body = '', inParens, afterDash] = m;
  const credit = (inParens ?? afterDash ?? '').trim();
  if (!isPhotoCredit(credit) || countWords(body) < 3 || endsSentence(body)) return undefined;
  // A paragraph that lost its full stop reports speech; a caption shows a scene.
  if (REPORTING.test(foldArabic(body))) return undefined;
  return { text: body.replace(/[\s،,]+$/, ''), credit };
}

/** A pipe-separated suffix naming an outlet is a page-title suffix ("headline | Outlet"), not a photo credit. */
function namesAnOutlet(credit: string, registry: OutletRegistryEntry[]): boolean {
  const key = foldArabic(credit);
  return registry.some((o) =>
    [o.name.ar, o.name.en, ...(o.markers.header ?? []), ...(o.markers.dateline ?? [])].some(
      (n) => foldArabic(n) === key,
    ),
  );
}

export function matchCaption(text: string, registry: OutletRegistryEntry[]): Caption | undefined {
  if (countWords(text) > 25 || endsSentence(text.replace(/\.{2,}$/, ''))) return undefined;
  const folded = foldArabic(text);
  const pipe = /^(.+?)\s*[|｜]\s*([^|｜]+)$/.exec(text);
  if (pipe) {
    const [, body = '', credit = ''] = pipe;
    const creditWords = countWords(credit);
    if (countWords(body) >= 3 && creditWords >= 1 && creditWords <= 4 && !namesAnOutlet(credit, registry)) {
      return { text: body.trim(), credit: credit.trim() };
    }
    return undefined;
  }
  if (ARCHIVE_ONLY.test(folded) || (ARCHIVE_END.test(folded) && countWords(text) <= 20)) return { text };
  const credited = trailingCredit(text);
  if (credited) return credited;
  if (PHOTO_PREFIX.test(folded)) return { text };
  const credit = CREDIT_PREFIX.exec(folded);
  if (credit) {
    const name = text.replace(/^[^:：،,]*[:：،,]\s*/, '').trim();
    return name !== '' && countWords(name) <= 5 ? { text, credit: name } : { text };
  }
  return undefined;
}

export function findCaptions(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  const captions: Caption[] = [...draft.captions];
  draft.lines.forEach((l, i) => {
    const caption = isPending(l) ? matchCaption(l.text, draft.registry) : undefined;
    if (!caption) return;
    reasons.set(i, 'caption');
    captions.push(caption);
  });
  return withReasons({ ...draft, captions }, reasons);
}

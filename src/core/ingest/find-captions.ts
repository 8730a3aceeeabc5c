// Photo captions and credits: "سيرغي لافروف مصافحاً حفتر في موسكو | أ.ب", "(أرشيفية)",
// "صورة أرشيفية", "الصورة: …", "تصوير: …", "© Sputnik . …" and the caption under it. Kept as captions,
// not body.

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
  // Picture agencies and the names Arabic captions give the wires.
  'سبوتنيك',
  'sputnik',
  'ريانوفوستي',
  'rianovosti',
  'تاس',
  'tass',
  'الفرنسيه',
  'الاوروبيه',
  'الالمانيه',
]);
// "(آب)" after a date is the month, not "أ ب".
const isPhotoCredit = (credit: string) =>
  !credit.startsWith('آ') && PHOTO_CREDITS.has(foldArabic(credit).replace(/[\s.]+/g, ''));

const REPORTING =
  /(?:^|\s)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|تابع|تابعت)(?:\s|$)/;

// "(أرشيفية: الإنترنت)", "(أرشيف - رويترز)": an archive photo and where it came from.
const ARCHIVE_CREDIT = /^(?:صوره )?ارشيف(?:يه)?\s*[:：\-–—]\s*\S.{0,30}$/;

/**
 * "جانب من الدمار في درنة (رويترز)", "صورة من درنة - رويترز", "حفتر والسراج. (أرشيفية: الإنترنت)",
 * "لافروف (أرشيف) Sputnik": the caption ends with its credit. In brackets, the outlet's own name is
 * a credit too ("(الجزيرة)"); after a dash it may be a page title's suffix, so it is not.
 */
function trailingCredit(text: string, registry: OutletRegistryEntry[]): Caption | undefined {
  const m =
    /^(.+?)\s*(?:\(([^()]{1,30})\)|[-–—]\s*([^-–—()]{1,30}))$/.exec(text) ??
    // A Latin credit straight after the Arabic caption: the change of script parts them.
    /^(.*\p{Script=Arabic}.*?[\p{Script=Arabic})])\s+()([A-Za-z][A-Za-z .&-]{1,30})$/u.exec(text);
  if (!m) return undefined;
  const [, body = '', inParens, afterDash] = m;
  const credit = (inParens || afterDash || '').trim();
  const archive = inParens !== undefined && ARCHIVE_CREDIT.test(foldArabic(credit));
  const known =
    isPhotoCredit(credit) ||
    archive ||
    (inParens !== undefined && inParens !== '' && namesAnOutlet(credit, registry));
  // An archive credit never closes a paragraph, so a full stop before it is the caption's own.
  if (!known || countWords(body) < 3 || (endsSentence(body) && !archive)) return undefined;
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

// "صورة من المحادثات في موسكو - …", "صورة أرشيفية لـ…": a line that says it describes a photo.
const PHOTO_LEAD = /^(?:صوره|الصوره|صور)\s+(?:من|ل|لل|تظهر|تجمع|تبين|ارشيفيه|نشرتها|وزعتها|متداوله)(?:\s|$)/;

/** The caption, its credit split off when a short name follows a dash: "… في موسكو - سبوتنيك عربي". */
function withDashCredit(text: string): Caption {
  const m = /^(.+?)\s+[-–—]\s+([^-–—]+)$/.exec(text);
  const credit = m?.[2]?.trim();
  return m && credit !== undefined && countWords(credit) <= 4 ? { text: m[1]!.trim(), credit } : { text };
}

/**
 * "© Sputnik . Евгений Биятов", "© Reuters": a photo credit of its own, the agency first. A copyright
 * footer has a year or says rights are reserved.
 */
export function matchPhotoCreditLine(text: string): Caption | undefined {
  const m = /^[©Ⓒ]\s*(.+)$/u.exec(text.trim());
  if (!m || /\p{N}/u.test(text) || countWords(text) > 8) return undefined;
  const credit = m[1]!.trim();
  const agency = credit.split(/\s*[./|\-–—]\s*/)[0] ?? '';
  return isPhotoCredit(agency) ? { text: text.trim(), credit } : undefined;
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
  const credited = trailingCredit(text, registry);
  if (credited) return credited;
  if (PHOTO_PREFIX.test(folded)) return { text };
  if (PHOTO_LEAD.test(folded) && countWords(text) <= 20) return withDashCredit(text);
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
  // Under a credit line of its own comes the caption it credits: a short line, not a sentence.
  let afterCredit = false;
  draft.lines.forEach((l, i) => {
    if (!isPending(l)) return;
    if (l.text === '') return;
    const credit = matchPhotoCreditLine(l.text);
    const credited =
      afterCredit && countWords(l.text) <= 25 && !endsSentence(l.text) ? withDashCredit(l.text) : undefined;
    afterCredit = credit !== undefined;
    const caption = credit ?? matchCaption(l.text, draft.registry) ?? credited;
    if (!caption) return;
    reasons.set(i, 'caption');
    captions.push(caption);
  });
  return withReasons({ ...draft, captions }, reasons);
}

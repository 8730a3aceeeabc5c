// Above the body: the outlet's name (a registry `header` marker), section labels of one
// to three words ("ليبيا"), breadcrumbs and date stamps. None of them is the headline.
// A short line is a label only when another line follows it in the page head: the last line
// above the body, when no headline came before it, is the headline ("حفتر يغادر موسكو").
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsWithPunctuation } from '../text/words.ts';
import type { OutletRegistryEntry, RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { isDateOnly } from './line-shape.ts';

export function isRegistryHeader(text: string, registry: OutletRegistryEntry[]): boolean {
  const key = foldArabic(text);
  return registry.some((o) => (o.markers.header ?? []).some((m) => foldArabic(m) === key));
}

const HOME = /^(?:الرئيسيه|الصفحه الرئيسيه|home)$/;

/**
 * "الرئيسية > أخبار > اقتصاد", "أخبار » اقتصاد", "الرئيسية / الجزائر / أخبار". A bar or a slash
 * also separates "headline | outlet" and dates, so those count only after the home page's name.
 */
function isBreadcrumb(text: string): boolean {
  const short = (parts: string[]) => parts.length >= 2 && parts.every((p) => countWords(p) <= 4);
  const fromHome = (parts: string[]) => HOME.test(foldArabic(parts[0] ?? ''));
  if (/\s[>›]\s/.test(text) && short(text.split(/\s[>›]\s/))) return true;
  // "ليبيا » حفتر يصل إلى موسكو" may be a headline: "»" needs three parts or the home page first.
  const chevrons = text.split(/\s»\s/);
  if (short(chevrons) && (chevrons.length >= 3 || fromHome(chevrons))) return true;
  const parts = text.split(/\s*[|/\\]\s*/);
  return fromHome(parts) && short(parts);
}

// Labels of an English page-metadata block ("Article information", "Role, …").
const METADATA_LABEL = /^(?:article information|role|published|updated|posted)(?:\s*[,،:]|$)/i;

/** A line of the page head by its shape alone, whatever its place: the outlet's name, a date, a breadcrumb. */
function isHeaderLine(text: string, registry: OutletRegistryEntry[]): boolean {
  if (isRegistryHeader(text, registry) || isDateOnly(text) || isBreadcrumb(text)) return true;
  return METADATA_LABEL.test(text);
}

/** One to three words with no sentence punctuation: a section label, or a short headline. */
const isShortLabel = (text: string) => countWords(text) <= 3 && !endsWithPunctuation(text);

/**
 * Between the headline and the body, a short line of two parts around a dash or bar is the site's
 * name with a place or an author ("سكاي نيوز عربية - أبوظبي", "هسبريس - عبد الرحيم العسري").
 * A short standfirst without one ("مخاوف من تصعيد جديد") is the outlet's text and stays.
 */
const MAX_UNDER_HEADLINE_LABEL = 5;
const isSiteWithPlaceOrAuthor = (text: string) =>
  countWords(text) <= MAX_UNDER_HEADLINE_LABEL &&
  !endsWithPunctuation(text) &&
  /^[^-–—|]+\s[-–—|]\s[^-–—|]+$/.test(text);

export function stripHeader(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  let headlineSeen = false;
  const head = draft.lines.slice(0, draft.bodyStart);
  const lastPending = head.findLastIndex(isPending);
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    if (!isPending(l)) continue;
    if (isHeaderLine(l.text, draft.registry)) reasons.set(i, 'header');
    // The last line above the body is the headline candidate unless a headline came before it.
    else if (isShortLabel(l.text) && (headlineSeen || i < lastPending)) reasons.set(i, 'header');
    else if (!headlineSeen) headlineSeen = true;
    else if (isSiteWithPlaceOrAuthor(l.text)) reasons.set(i, 'header');
  }
  return withReasons(draft, reasons);
}

// Above the body: the outlet's name (a registry `header` marker), section labels of one
// to three words ("ليبيا"), breadcrumbs and date stamps. None of them is the headline.
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsWithPunctuation } from '../text/words.ts';
import type { OutletRegistryEntry, RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { isDateOnly } from './line-shape.ts';

export function isRegistryHeader(text: string, registry: OutletRegistryEntry[]): boolean {
  const key = foldArabic(text);
  return registry.some((o) => (o.markers.header ?? []).some((m) => foldArabic(m) === key));
}

function isHeaderLine(text: string, registry: OutletRegistryEntry[]): boolean {
  if (isRegistryHeader(text, registry) || isDateOnly(text)) return true;
  if (/\s[>›]\s/.test(text) && text.split(/\s[>›]\s/).every((part) => countWords(part) <= 4)) return true;
  return countWords(text) <= 3 && !endsWithPunctuation(text);
}

export function stripHeader(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  for (let i = 0; i < draft.bodyStart; i++) {
    const l = draft.lines[i]!;
    if (isPending(l) && isHeaderLine(l.text, draft.registry)) reasons.set(i, 'header');
  }
  return withReasons(draft, reasons);
}

// The byline in the page head: "كتب : وكالات", "بقلم محمد علي", "إعداد: …" → the name part.

import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsWithPunctuation } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { hasSentenceWord } from './dateline-words.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

// Words that also begin headlines ("تقرير أممي …") count only with a colon.
// "بواسطة" above the body is a byline (after it, the comment widget's; see widget-markers).
const LOOSE = /^(كتب|كتبت|كتبه|بقلم|اعداد|بواسطه)(?:\s*[:：\-–—]\s*|\s+)(.+)$/;
// Nouns too ("كتب جديدة": new books; "اعداد كبيرة": large numbers): without a colon or a dash,
// only before a name of two or three words.
const ALSO_NOUNS = new Set(['كتب', 'اعداد']);
// Words no personal name holds: prepositions and particles (not على: folded, it is the name علي).
const NOT_IN_NAMES = new Set(['في', 'من', 'الي', 'عن', 'مع', 'ان', 'او', 'ثم', 'بعد', 'قبل', 'حول']);
const isNameLike = (name: string) => {
  const words = foldArabic(name).split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    !words.some((w) => NOT_IN_NAMES.has(w)) &&
    !hasSentenceWord(name)
  );
};
const STRICT = /^(?:تقرير|تحرير|متابعه|ترجمه|by|author)\s*[:：,،]\s*(.+)$/;

export function matchByline(text: string): string | undefined {
  const folded = foldArabic(text);
  const loose = LOOSE.exec(folded);
  if (!loose && !STRICT.test(folded)) return undefined;
  const withSeparator = /^\S+?\s*[:：\-–—,،]/.test(text);
  // "كتبت- منى أحمد:": a colon after the name introduces the text, it does not end a sentence.
  const name = text
    .replace(/^\S+?(?:\s*[:：\-–—,،]\s*|\s+)/, '')
    .replace(/\s*[:：]$/, '')
    .trim();
  // Without a colon, "كتب …" may open a headline; only a short name is taken for a byline.
  if (name === '' || countWords(name) > (withSeparator ? 6 : 3) || endsWithPunctuation(name))
    return undefined;
  if (loose && !withSeparator && ALSO_NOUNS.has(loose[1]!) && !isNameLike(name)) return undefined;
  return name;
}

export function findByline(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  let byline = draft.byline;
  for (let i = 0; i < draft.bodyStart; i++) {
    const l = draft.lines[i]!;
    const name = isPending(l) ? matchByline(l.text) : undefined;
    if (name === undefined) continue;
    reasons.set(i, 'byline');
    byline ??= name;
  }
  return withReasons({ ...draft, byline }, reasons);
}

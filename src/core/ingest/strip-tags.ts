// Topic tags under the article: a "الكلمات المفتاحية" / "وسوم" label with its tags (on the
// same line or one a line), a run of bare tag lines (or one line of comma-separated tags) closing
// the page, and a line of hashtags anywhere. Tags name sections
// and topics of the site: reason 'tags'.
import { countWords, endsWithPunctuation } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { isDateOnly, looksLikeBodyParagraph } from './line-shape.ts';
import { isAnyMarker, matchTagsLabel } from './widget-markers.ts';

const MAX_TAG_WORDS = 4;
const MAX_TAGS = 12;

/** One tag, or several separated by commas or bars: short names, nothing like a sentence. */
function isTagLine(text: string): boolean {
  if (endsWithPunctuation(text) || /^[-–—•*\p{N}]/u.test(text)) return false;
  const parts = text.split(/\s*[,،|•·]\s*/).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => countWords(p) >= 1 && countWords(p) <= MAX_TAG_WORDS);
}

/** "#ليبيا #موسكو #وقف_إطلاق_النار": hashtags and nothing else. */
export function isHashtagLine(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return tokens.every((t) => /^#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*$/u.test(t));
}

/** Several tags on one line, separated by commas: "ليبيا, روسيا, خليفة حفتر". */
const isTagListLine = (text: string) => isTagLine(text) && text.split(/\s*[,،]\s*/).length >= 3;

export function stripTags(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  draft.lines.forEach((l, i) => {
    if (!isPending(l) || reasons.has(i)) return;
    if (isHashtagLine(l.text)) {
      reasons.set(i, 'tags');
      return;
    }
    const label = matchTagsLabel(l.text);
    if (!label) return;
    reasons.set(i, 'tags');
    if (label.rest !== '') return;
    let taken = 0;
    for (let j = i + 1; j < draft.lines.length && taken < MAX_TAGS; j++) {
      const next = draft.lines[j]!;
      if (!isPending(next)) continue;
      if (isAnyMarker(next.text) || !isTagLine(next.text)) break;
      reasons.set(j, 'tags');
      taken++;
    }
  });

  // Bare tags closing the page: two or more short tag lines after the last body paragraph.
  const lastBody = draft.lines.findLastIndex(
    (l, i) => isPending(l) && !reasons.has(i) && looksLikeBodyParagraph(l.text),
  );
  if (lastBody >= 0) {
    const run: number[] = [];
    for (let j = draft.lines.length - 1; j > lastBody; j--) {
      const l = draft.lines[j]!;
      if (!isPending(l) || reasons.has(j)) continue;
      if (!isTagLine(l.text) || isDateOnly(l.text)) break;
      run.push(j);
    }
    const allTrailing = draft.lines.every(
      (l, j) => j <= lastBody || !isPending(l) || reasons.has(j) || run.includes(j),
    );
    // One line of three or more comma-separated tags will do.
    const enough = run.length >= 2 || (run.length === 1 && isTagListLine(draft.lines[run[0]!]!.text));
    if (enough && allTrailing) for (const j of run) reasons.set(j, 'tags');
  }
  return withReasons(draft, reasons);
}

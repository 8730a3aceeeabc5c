// After a lone widget label ("اقرأ أيضاً", "عاجل", "الأكثر قراءة") come the linked
// items: short headlines, clipped teasers, date stamps. A real paragraph ends the block.
import { type Draft, isPending } from './draft.ts';
import {
  isDateOnly,
  isHeadlineLike,
  isQuestionHeadline,
  isTeaser,
  looksLikeBodyParagraph,
} from './line-shape.ts';
import { isAnyMarker, isListMarker } from './widget-markers.ts';

const MAX_ITEMS = 6;

/**
 * Indexes of the item lines following the label at `from`. Above the body (`aboveBody`)
 * the last headline before the body is the article's own headline, so it ends the block.
 */
export function itemsAfter(draft: Draft, from: number, aboveBody = false): number[] {
  const items: number[] = [];
  const markers: number[] = [];
  for (let i = from + 1; i < draft.lines.length && items.length < MAX_ITEMS; i++) {
    const line = draft.lines[i]!;
    if (!isPending(line)) continue;
    const { text } = line;
    // "list 1 of 2" … "end of list" belong to the list and do not count as items.
    if (isListMarker(text)) {
      markers.push(i);
      continue;
    }
    if (isAnyMarker(text)) break;
    // Linked headlines are often questions: a short one is a headline here, not prose.
    if (isQuestionHeadline(text)) {
      items.push(i);
      continue;
    }
    if (looksLikeBodyParagraph(text)) break;
    if (!isHeadlineLike(text) && !isTeaser(text) && !isDateOnly(text)) break;
    items.push(i);
  }
  // The list markers go with the items, up to the first item left out.
  const withMarkers = (kept: number[]) => {
    const cut = items[kept.length] ?? Number.POSITIVE_INFINITY;
    return [...kept, ...markers.filter((m) => m < cut)].sort((a, b) => a - b);
  };
  if (!aboveBody) return withMarkers(items);
  const headline = items.findLastIndex((i) => !isDateOnly(draft.lines[i]!.text));
  return withMarkers(headline < 0 ? items : items.slice(0, headline));
}

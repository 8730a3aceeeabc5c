// After a lone widget label ("اقرأ أيضاً", "عاجل", "الأكثر قراءة") come the linked
// items: short headlines, clipped teasers, date stamps. A real paragraph ends the block.
import { type Draft, isPending } from './draft.ts';
import { isDateOnly, isHeadlineLike, isTeaser, looksLikeBodyParagraph } from './line-shape.ts';
import { isAnyMarker } from './widget-markers.ts';

const MAX_ITEMS = 6;

/**
 * Indexes of the item lines following the label at `from`. Above the body (`aboveBody`)
 * the last headline before the body is the article's own headline, so it ends the block.
 */
export function itemsAfter(draft: Draft, from: number, aboveBody = false): number[] {
  const items: number[] = [];
  for (let i = from + 1; i < draft.lines.length && items.length < MAX_ITEMS; i++) {
    const line = draft.lines[i]!;
    if (!isPending(line)) continue;
    const { text } = line;
    if (isAnyMarker(text) || looksLikeBodyParagraph(text)) break;
    if (!isHeadlineLike(text) && !isTeaser(text) && !isDateOnly(text)) break;
    items.push(i);
  }
  if (!aboveBody) return items;
  const headline = items.findLastIndex((i) => !isDateOnly(draft.lines[i]!.text));
  return headline < 0 ? items : items.slice(0, headline);
}

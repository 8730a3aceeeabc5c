// A comment box or a "latest news" list after the article ends the article: everything
// from its label to the end of the page is clutter of that kind.

import type { RemovalReason } from '../types.ts';
import { itemsAfter } from './clutter-block.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { looksLikeBodyParagraph } from './line-shape.ts';
import { isCommentsMarker, isLatestNewsMarker } from './widget-markers.ts';

/** The widget a label inside the tail opens. */
const tailReason = (text: string): RemovalReason | undefined =>
  isCommentsMarker(text, true) ? 'comments' : isLatestNewsMarker(text) ? 'latest-news' : undefined;

export function cutTail(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  let bodySeen = false;
  for (let i = 0; i < draft.lines.length; i++) {
    const line = draft.lines[i]!;
    if (!isPending(line) || reasons.has(i)) continue;
    const reason: RemovalReason | undefined = isCommentsMarker(line.text, bodySeen)
      ? 'comments'
      : isLatestNewsMarker(line.text)
        ? 'latest-news'
        : undefined;
    if (reason === undefined) {
      if (looksLikeBodyParagraph(line.text)) bodySeen = true;
      continue;
    }
    if (bodySeen) {
      // Lines already removed for another reason keep it; the rest is this widget's, up to the
      // next widget's label: a comment box after a "related" list is the comment box's.
      let current: RemovalReason = reason;
      for (let j = i; j < draft.lines.length; j++) {
        const next = draft.lines[j]!;
        if (!isPending(next)) continue;
        if (j > i) current = tailReason(next.text) ?? current;
        reasons.set(j, current);
      }
      break;
    }
    // Above the body a widget cannot be the end of the article: drop the label and its items only.
    reasons.set(i, reason);
    if (reason === 'latest-news') for (const j of itemsAfter(draft, i, true)) reasons.set(j, reason);
  }
  return withReasons(draft, reasons);
}

// "Read also" teasers and "breaking news" tickers inside or after the body: the label,
// a headline on the same line, and, after a lone label, the headlines that follow it.

import type { RemovalReason } from '../types.ts';
import { itemsAfter } from './clutter-block.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { looksLikeBodyParagraph } from './line-shape.ts';
import { matchBreaking, matchReadAlso } from './widget-markers.ts';

export function stripTeasers(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  let bodySeen = false;
  draft.lines.forEach((line, i) => {
    if (!isPending(line) || reasons.has(i)) return;
    if (looksLikeBodyParagraph(line.text)) bodySeen = true;
    const readAlso = matchReadAlso(line.text);
    const breaking = readAlso ? undefined : matchBreaking(line.text);
    const match = readAlso ?? breaking;
    if (!match) return;
    const reason: RemovalReason = readAlso ? 'read-also' : 'breaking';
    reasons.set(i, reason);
    if (match.rest !== '') return;
    for (const j of itemsAfter(draft, i, !bodySeen)) if (!reasons.has(j)) reasons.set(j, reason);
  });
  return withReasons(draft, reasons);
}

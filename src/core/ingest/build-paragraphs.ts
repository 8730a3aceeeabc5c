// The body: every line still pending is one paragraph (a newline is always a hard break),
// split into sentences; the dateline is cut from the start of its paragraph.

import { segmentSentences } from '../text/segment-sentences.ts';
import type { Paragraph } from '../types.ts';
import { type Draft, isPending } from './draft.ts';

export function buildParagraphs(draft: Draft): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  draft.lines.forEach((l, i) => {
    if (!isPending(l)) return;
    let text = l.text;
    if (i === draft.datelineIndex && draft.dateline && text.startsWith(draft.dateline.raw)) {
      text = text.slice(draft.dateline.raw.length);
    }
    const sentences = segmentSentences(text);
    if (sentences.length === 0) return;
    const id = `${draft.articleId}.p${paragraphs.length + 1}`;
    paragraphs.push({ id, sentences: sentences.map((t, m) => ({ id: `${id}.s${m + 1}`, text: t })) });
  });
  return paragraphs;
}

// "المصدر: وكالات" under the body: removed as clutter, but the source is kept in a note.
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { hasSentenceWord } from './dateline-words.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

// The label is definite: "المصدر:", "المصادر:" (the article's sources), or "Source(s):". Indefinite
// "مصادر:", "مصدر:" open a headline reporting what sources say ("مصادر: إيران تعترف بإسقاط الطائرة").
const LABEL = /^(?:المصدر|المصادر)\s*[:：\-–—/]|^sources?\s*:/;

/** The source named by a source line, or undefined when the line is something else. */
export function matchSourceLine(text: string): string | undefined {
  if (!LABEL.test(foldArabic(text))) return undefined;
  const source = text.replace(/^[^:：\-–—/]*[:：\-–—/]\s*/, '').trim();
  if (source === '' || countWords(source) > 6 || endsSentence(source)) return undefined;
  // A name or a list of names, not a statement ("المصدر: قال مسؤول …").
  if (hasSentenceWord(source)) return undefined;
  return source;
}

export function stripSourceLine(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  const notes: string[] = [];
  draft.lines.forEach((l, i) => {
    const source = isPending(l) ? matchSourceLine(l.text) : undefined;
    if (source === undefined) return;
    reasons.set(i, 'source-line');
    notes.push(`source line: ${source}`);
  });
  return withReasons({ ...draft, notes: [...draft.notes, ...notes] }, reasons);
}

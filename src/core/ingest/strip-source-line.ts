// "المصدر: وكالات" under the body: removed as clutter, but the source is kept in a note.
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords, endsSentence } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { hasSentenceWord } from './dateline-words.ts';
import { type Draft, isPending, withReasons } from './draft.ts';
import { looksLikeBodyParagraph } from './line-shape.ts';
import { isAnyMarker } from './widget-markers.ts';

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

// "المرصد – متابعات", "الموقع / وكالات": the outlet's name and how the story was gathered, closing the
// body. Above the body "القاهرة - وكالات" is a dateline, so only a line with no paragraph after it.
const GATHERED = /^(?<name>[^\s\-–—/|:]+(?: [^\s\-–—/|:]+){0,2})\s*[-–—/|]\s*(?:متابعات|وكالات|ترجمات)$/u;

/** The credit line closing the body ("المرصد – متابعات"), when `text` is one. */
export function matchGatheredCredit(text: string): string | undefined {
  const m = GATHERED.exec(foldArabic(text.trim()));
  if (!m || hasSentenceWord(m.groups?.name ?? '')) return undefined;
  return text.trim();
}

export function stripSourceLine(draft: Draft): Draft {
  const reasons = new Map<number, RemovalReason>();
  const notes: string[] = [];
  // Closing the body: no paragraph after it before the page's next widget (or its end).
  const closesBody = (at: number) => {
    for (const l of draft.lines.slice(at + 1)) {
      if (!isPending(l)) continue;
      if (isAnyMarker(l.text)) return true;
      if (looksLikeBodyParagraph(l.text)) return false;
    }
    return true;
  };
  draft.lines.forEach((l, i) => {
    const source = !isPending(l)
      ? undefined
      : (matchSourceLine(l.text) ??
        (matchGatheredCredit(l.text) !== undefined && closesBody(i) ? l.text.trim() : undefined));
    if (source === undefined) return;
    reasons.set(i, 'source-line');
    notes.push(`source line: ${source}`);
  });
  return withReasons({ ...draft, notes: [...draft.notes, ...notes] }, reasons);
}

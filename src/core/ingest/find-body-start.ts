// Where the page head (outlet name, section labels, headline, byline) ends and the body begins.
import { countWords } from '../text/words.ts';
import { type Draft, isPending } from './draft.ts';
import { isQuestionHeadline, looksLikeBodyParagraph } from './line-shape.ts';

export function findBodyStart(draft: Draft): Draft {
  const pending = draft.lines.flatMap((l, i) => (isPending(l) ? [i] : []));
  const prose = pending.find(
    (i, k) => looksLikeBodyParagraph(draft.lines[i]!.text) && !isQuestionTitle(draft, pending, k),
  );
  if (prose !== undefined) return { ...draft, bodyStart: prose };
  // No line reads like prose (a page that lost its full stops): the first substantial
  // line is taken as the headline and the body starts after it.
  const headline = pending.find((i) => countWords(draft.lines[i]!.text) >= 4);
  const next = headline === undefined ? undefined : pending.find((i) => i > headline);
  return { ...draft, bodyStart: next ?? pending[0] ?? draft.lines.length };
}

/**
 * The first line of the page asked as a question ("الأنظار على رد حفتر.. هل يوقع اليوم؟") reads like a
 * finished sentence, but with prose after it and nothing above it, it is the headline.
 */
function isQuestionTitle(draft: Draft, pending: number[], k: number): boolean {
  if (k !== 0 || !isQuestionHeadline(draft.lines[pending[0]!]!.text)) return false;
  return pending.slice(1).some((i) => looksLikeBodyParagraph(draft.lines[i]!.text));
}

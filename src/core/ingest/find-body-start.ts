// Where the page head (outlet name, section labels, headline, byline) ends and the body begins.
import { countWords } from '../text/words.ts';
import { type Draft, isPending } from './draft.ts';
import { looksLikeBodyParagraph } from './line-shape.ts';

export function findBodyStart(draft: Draft): Draft {
  const pending = draft.lines.flatMap((l, i) => (isPending(l) ? [i] : []));
  const prose = pending.find((i) => looksLikeBodyParagraph(draft.lines[i]!.text));
  if (prose !== undefined) return { ...draft, bodyStart: prose };
  // No line reads like prose (a page that lost its full stops): the first substantial
  // line is taken as the headline and the body starts after it.
  const headline = pending.find((i) => countWords(draft.lines[i]!.text) >= 4);
  const next = headline === undefined ? undefined : pending.find((i) => i > headline);
  return { ...draft, bodyStart: next ?? pending[0] ?? draft.lines.length };
}

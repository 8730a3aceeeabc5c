// Lines with no word at all: ".", "-", "…", or invisible characters only.
import { hasNoWords } from '../text/words.ts';
import { classifyPending, type Draft } from './draft.ts';

export function stripPunctuation(draft: Draft): Draft {
  return classifyPending(draft, (text) => (hasNoWords(text) ? 'punctuation' : undefined));
}

// Cues: the words in a sentence that change what it claims or how sure it is (see `CueKind` in
// types.ts). One family per file; this one runs them all over one word stream and puts the cues in
// text order. Cues of different kinds may overlap («من دون التوقيع» holds a negation; «قد وقّع» is an
// outcome), cues of one kind do not.
import type { Cue, StoryActor } from '../../types.ts';
import { findAttribution } from './cues-attribution.ts';
import { findDates } from './cues-dates.ts';
import { aliasWords, findNaming } from './cues-naming.ts';
import { findNegation } from './cues-negation.ts';
import { findNumbers } from './cues-numbers.ts';
import { findTiming } from './cues-timing.ts';
import { tokenize } from './cues-tokens.ts';

export interface CueOptions {
  /** The article's publication date (ISO): relative days and weekdays are resolved against it. */
  published?: string;
  /** The story's actors: their aliases become naming cues, and their names are never verbs. */
  actors?: StoryActor[];
}

export function findCues(text: string, options: CueOptions = {}): Cue[] {
  const tokens = tokenize(text);
  const dates = findDates(text, tokens, options.published);
  const inDate = (i: number) => dates.some((d) => tokens[i]!.start >= d.start && tokens[i]!.end <= d.end);
  const others = [
    ...findNegation(text, tokens),
    ...findTiming(text, tokens, aliasWords(options.actors)),
    ...dates,
    ...findNumbers(text, tokens, inDate),
  ];
  // A source's name ends where another family's cue begins.
  const starts = new Set(others.map((c) => tokens.findIndex((t) => t.start >= c.start)));
  const cues = [
    ...others,
    ...findAttribution(text, tokens, starts),
    ...findNaming(text, tokens, options.actors),
  ];
  return cues.sort((a, b) => a.start - b.start || b.end - a.end);
}

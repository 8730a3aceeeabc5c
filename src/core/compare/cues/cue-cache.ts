// Cues depend on a sentence's text, its article's publication date and the story's actors, nothing
// else (cues.ts). Wire-heavy stories print the same sentence in dozens of articles, so one run of the
// comparison finds each (text, date) once and hands the same cue list to every copy. The lists are
// shared: nothing downstream mutates a cue.
import type { Cue, StoryActor } from '../../types.ts';
import { findCues } from './cues.ts';

/** Cues of a text as read in an article published on `published` (ISO, or undefined). */
export type CueFinder = (text: string, published: string | undefined) => Cue[];

export function cueFinder(actors: StoryActor[] | undefined): CueFinder {
  const byDate = new Map<string, Map<string, Cue[]>>();
  return (text, published) => {
    const key = published ?? '';
    let byText = byDate.get(key);
    if (!byText) {
      byText = new Map();
      byDate.set(key, byText);
    }
    let cues = byText.get(text);
    if (!cues) {
      cues = findCues(text, {
        ...(published ? { published } : {}),
        ...(actors ? { actors } : {}),
      });
      byText.set(text, cues);
    }
    return cues;
  };
}

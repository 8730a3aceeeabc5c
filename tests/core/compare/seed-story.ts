// The project's story config and an article with its cues, as the question tests need them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findCues } from '../../../src/core/compare/cues/cues.ts';
import { parseStory } from '../../../src/core/corpus.ts';
import type { Article } from '../../../src/core/types.ts';
import { ingestText, SEEDS_DIR } from '../helpers.ts';

export const story = parseStory(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'story.json'), 'utf8')));
export const actors = story.actors!;

/** `text` ingested as article `id`, published on the day of the talks, every sentence with its cues. */
export function cuedArticle(text: string, id: string): Article {
  const a = { ...ingestText(text, { file: `${id}.txt` }), id, published: '2020-01-13' };
  const options = { published: a.published, actors };
  return {
    ...a,
    paragraphs: a.paragraphs.map((p) => ({
      ...p,
      sentences: p.sentences.map((s) => ({ ...s, cues: findCues(s.text, options) })),
    })),
  };
}

// parseStory checks the story's questions as well as their shape: a pattern that names an unknown term
// or actor, or does not parse, stops the build with a message that says where, before any article is read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/core/corpus.ts';
import { SEEDS_DIR } from '../helpers.ts';

const label = { ar: 'س', en: 'Q' };
const story = (patterns: string[], extra: Record<string, unknown> = {}) => ({
  id: 'a-story',
  title: label,
  questions: [
    {
      id: 'q',
      label,
      terms: { sign: ['توقيع'] },
      answers: [{ id: 'yes', label, patterns }],
      fallback: { id: 'no', label },
    },
  ],
  actors: [{ id: 'someone', label, aliases: ['فلان'] }],
  ...extra,
});

describe('parseStory checks the questions', () => {
  it('accepts the seeds’ story and a small sound one', () => {
    const seeds = parseStory(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'story.json'), 'utf8')));
    expect(seeds.questions!.length).toBeGreaterThan(0);
    expect(parseStory(story(['{negation} ...2 {sign}', '{@someone} ...1 {sign}'])).questions).toHaveLength(1);
  });

  it('an unknown term stops it, naming the file, the question, the answer and the pattern', () => {
    expect(() => parseStory(story(['{negation} ...2 {sing}']))).toThrow(
      'story (story.json): question "q", answer "yes", pattern 1 "{negation} ...2 {sing}": unknown term "{sing}" (terms: sign)',
    );
  });

  it('an unknown actor and malformed patterns are all reported at once, a sound veto is not', () => {
    let message = '';
    try {
      parseStory(story(['!{sign}', '{@nobody} {sign}', '({sign}', '{sign} ...20 {sign}']));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^story \(story\.json\): /);
    expect(message).toContain('unknown actor "{@nobody}" (actors: someone)');
    expect(message).toContain('pattern 3 "({sign}"');
    expect(message).toContain('pattern 4 "{sign} ...20 {sign}"');
    expect(message.split('; ')).toHaveLength(3);
  });

  it('a story without questions needs no check', () => {
    expect(parseStory({ id: 'bare', title: label }).questions).toBeUndefined();
  });

  it('the shape is still checked first', () => {
    expect(() => parseStory({ ...story(['{sign}']), questions: [{ id: 'q' }] })).toThrow(
      /^story \(story\.json\): field "questions\.0\./,
    );
  });
});

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storiesFromDir } from '../../src/build/corpus-from-dir.ts';
import { storyFolders } from '../../src/build/read-seeds.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.join(ROOT, 'seeds');
const SECOND = path.join(ROOT, 'tests/fixtures/stories/beirut-port-blast-2020');

function seedsWithSecond(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tabayyun-stories-'));
  cpSync(SEEDS, dir, { recursive: true });
  cpSync(SECOND, path.join(dir, 'second-story'), { recursive: true });
  return dir;
}

describe('storiesFromDir', () => {
  it('the seeds folder alone is one story', () => {
    const builds = storiesFromDir(SEEDS);
    expect(builds.map((b) => b.corpus.story.id)).toEqual(['moscow-libya-talks-2020']);
  });

  it('a sub-folder with articles is a second story: bare (named after the folder), the root registry, no questions', () => {
    const dir = seedsWithSecond();
    const warnings: string[] = [];
    const builds = storiesFromDir(dir, warnings);
    expect(builds).toHaveLength(2);
    const second = builds[1]!.corpus;
    expect(second.story.id).toBe('second-story');
    expect(second.story.title.ar).toBe('second-story');
    expect(second.questions).toEqual([]);
    expect(second.articles.length).toBeGreaterThanOrEqual(5);
    // Outlets come from the root's outlets.json: the folder has none of its own.
    expect(second.outlets.filter((o) => !o.unidentified).length).toBeGreaterThanOrEqual(4);
    expect(second.facts.length).toBeGreaterThan(0);
    // The default story is unchanged by its neighbour.
    expect(builds[0]!.corpus.articles).toHaveLength(5);
  });

  it('two stories with one id stop the build with a message naming both folders', () => {
    const dir = seedsWithSecond();
    writeFileSync(
      path.join(dir, 'second-story', 'story.json'),
      JSON.stringify({ id: 'moscow-libya-talks-2020', title: { ar: 'س', en: 's' } }),
    );
    expect(() => storiesFromDir(dir)).toThrow(
      /second-story\/.*both have the story id "moscow-libya-talks-2020"/,
    );
  });

  it('a seeds folder without articles of its own lists its sub-folders only; empty folders are no story', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tabayyun-stories-'));
    mkdirSync(path.join(dir, 'b'));
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'b', 'x.txt'), 'نص');
    writeFileSync(path.join(dir, 'a', 'y.txt'), 'نص');
    expect(storyFolders(dir).map((d) => path.basename(d))).toEqual(['a', 'b']);
  });
});

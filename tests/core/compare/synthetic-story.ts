// A story of any size, made deterministically from real sentences about the Moscow talks (the seeds,
// the variation sets and the holdout pages), for measuring how the comparison scales. Each article
// rewrites one source article the way outlets rewrite an agency's (most of its sentences in order,
// some words dropped) and adds a few sentences of other reports; it carries an outlet's dateline.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegistry, parseStory } from '../../../src/core/corpus.ts';
import type { ArticleInput, OutletRegistryEntry, StoryConfig } from '../../../src/core/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = [
  'seeds',
  'tests/fixtures/variations/talks',
  'tests/fixtures/variations-blind/talks',
  'tests/fixtures/holdout-moscow',
];

export const seedRegistry: OutletRegistryEntry[] = parseRegistry(
  JSON.parse(readFileSync(path.join(ROOT, 'seeds/outlets.json'), 'utf8')),
);
export const seedStory: StoryConfig = parseStory(
  JSON.parse(readFileSync(path.join(ROOT, 'seeds/story.json'), 'utf8')),
);

/** mulberry32: a small seeded generator, so a story of n articles is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Lines that read as body text: long enough, ending like a sentence (page clutter is left out).
const bodyLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 8 && /[.!؟"»]$/.test(l));

let pool: string[][] | undefined;
/** The source reports, each a list of body lines. */
export function sourceReports(): string[][] {
  pool ??= SOURCES.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => bodyLines(readFileSync(path.join(ROOT, dir, f), 'utf8')))
      .filter((lines) => lines.length >= 2),
  );
  return pool;
}

/** `n` article files, the same for the same `n` and `seed`. */
export function syntheticStory(n: number, seed = 1): ArticleInput[] {
  const reports = sourceReports();
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const datelines = seedRegistry.flatMap((o) => o.markers.dateline?.slice(0, 1) ?? []);
  const edit = (line: string) => {
    const words = line.split(/\s+/);
    if (next() < 0.4 || words.length < 10) return line;
    // Drop one or two words from the middle: an edited copy, not the same line.
    const at = 2 + Math.floor(next() * (words.length - 4));
    words.splice(at, next() < 0.5 ? 1 : 2);
    return words.join(' ');
  };
  const inputs: ArticleInput[] = [];
  for (let i = 0; i < n; i++) {
    const source = pick(reports);
    const lines = source.filter(() => next() < 0.75).map(edit);
    // Real reports run to a dozen sentences or more; the variation articles are short.
    for (let want = 8 + Math.floor(next() * 8); lines.length < want; ) {
      const other = pick(reports);
      lines.splice(Math.floor(next() * (lines.length + 1)), 0, edit(pick(other)));
    }
    if (lines.length === 0) lines.push(pick(source));
    const [first, ...rest] = lines;
    const title = (pick(source).split(/\s+/).slice(0, 9).join(' ') ?? '').replace(/[.،,:]+$/, '');
    const text = [
      title,
      '',
      `موسكو - ${pick(datelines)}: ${first}`,
      '',
      ...rest.flatMap((l) => [l, '']),
    ].join('\n');
    inputs.push({ file: `${String(i).padStart(5, '0')}.txt`, bytes: new TextEncoder().encode(text) });
  }
  return inputs;
}

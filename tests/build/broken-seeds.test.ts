// The broken fixture folder through the Node runner and a real `vite build`: every broken file is named
// with its reason in the build log (one line each, no stack trace), and every usable article is bundled.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFromDir } from '../../src/build/corpus-from-dir.ts';
import { readSeedsDir } from '../../src/build/read-seeds.ts';
import { buildOutput, writeEntry } from './vite-project.ts';

const BROKEN = path.resolve('tests/fixtures/broken');
const BIG = 'several-megabytes.txt';
let root = '';
let seeds = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tabayyun-broken-'));
  seeds = path.join(root, 'seeds');
  cpSync(BROKEN, seeds, { recursive: true });
  // Several megabytes of real text, made here rather than committed.
  const line = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.\n';
  writeFileSync(path.join(seeds, BIG), line.repeat(Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(line))));
  writeEntry(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const REFUSED = [
  ['99-duplicate-of-01.txt', 'duplicate'],
  ['binary.txt', 'binary'],
  ['clutter-only.txt', 'only-clutter'],
  ['empty.txt', 'empty'],
  ['english.txt', 'not-arabic'],
  ['invalid-utf8.txt', 'invalid-encoding'],
  [BIG, 'too-large'],
  ['whitespace-only.txt', 'empty'],
];

describe('the broken folder through the runner', () => {
  it('refuses the several-megabyte file without reading it', () => {
    const dir = readSeedsDir(seeds);
    expect(dir.inputs.map((i) => i.file)).not.toContain(BIG);
    expect(dir.problems).toEqual([
      {
        file: BIG,
        code: 'too-large',
        limitMb: 1,
        reason: expect.stringMatching(/^too large for one article \(4\.0 MB; the limit is 1 MB\)$/),
      },
    ]);
  });

  it('lists every refusal in file-name order and builds the ten usable articles', () => {
    const corpus = corpusFromDir(seeds);
    expect(corpus.problems.map((p) => [p.file, p.code])).toEqual(REFUSED);
    expect(corpus.articles).toHaveLength(10);
  });
});

describe('the broken folder through vite build', () => {
  it('bundles the usable articles and names each broken file with its reason', async () => {
    const { js, warnings, infos } = await buildOutput(root);
    for (const text of ['حفتر يغادر موسكو دون توقيع الاتفاق', 'مجلس النواب الليبي', 'بين الليبيين أنفسهم']) {
      expect(js).toContain(text);
    }
    const log = warnings.join('\n');
    for (const [file] of REFUSED) expect(log).toContain(`seed ${file} was not used: `);
    expect(log).toContain(
      'seed 99-duplicate-of-01.txt was not used: the same text as 01-tass.txt, which is kept',
    );
    expect(log).not.toMatch(/\n\s+at |Error:/);
    expect(infos).toContainEqual(expect.stringContaining('seeds: windows-1256.txt: decoded as Windows-1256'));
    expect(infos).toContainEqual(expect.stringContaining('seeds: 10 articles'));
  }, 60_000);
});

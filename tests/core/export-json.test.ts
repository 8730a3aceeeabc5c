import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticles } from '../../src/core/add-articles.ts';
import { corpusJson, exportFileName } from '../../src/core/export/corpus-file.ts';
import { parseCorpus } from '../../src/core/schema.ts';
import type { Corpus } from '../../src/core/types.ts';
import { ROOT, readFixture, registry } from './helpers.ts';

const golden: Corpus = parseCorpus(
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8')),
);

describe('corpusJson', () => {
  it('writes the corpus as the documented format: parseCorpus reads back the same value', () => {
    const text = corpusJson(golden);
    expect(text.endsWith('}\n')).toBe(true);
    const back = parseCorpus(JSON.parse(text));
    expect(back).toEqual(golden);
    expect(back.schemaVersion).toBe(2);
  });

  it('keeps an article the reader added, marked as theirs, and it still validates', {
    timeout: 30_000,
  }, () => {
    const file = 'aljazeera-haftar-leaves.txt';
    const { corpus } = addArticles(
      golden,
      [{ name: file, text: readFixture(path.join(ROOT, 'tests/fixtures/holdout-moscow'), file) }],
      registry,
      [],
      undefined,
      () => '2024-01-01T00:00:00.000Z',
    );
    const back = parseCorpus(JSON.parse(corpusJson(corpus)));
    expect(back.articles).toHaveLength(golden.articles.length + 1);
    expect(back.articles.filter((a) => a.own)).toHaveLength(1);
    expect(back).toEqual(corpus);
  });
});

describe('exportFileName', () => {
  const now = new Date(2026, 2, 5, 23, 30);

  it('is tabayyun-<story id>-<story date>.<kind>', () => {
    const story = { id: 'moscow-libya-talks-2020', date: '2020-01-13' };
    expect(exportFileName(story, 'json', now)).toBe('tabayyun-moscow-libya-talks-2020-2020-01-13.json');
    expect(exportFileName(story, 'csv', now)).toBe('tabayyun-moscow-libya-talks-2020-2020-01-13.csv');
  });

  it('takes the day of a date-time, and the local day of the export when the story has no date', () => {
    expect(exportFileName({ id: 's', date: '2020-01-13T10:30:00+03:00' }, 'csv', now)).toBe(
      'tabayyun-s-2020-01-13.csv',
    );
    expect(exportFileName({ id: 's' }, 'json', now)).toBe('tabayyun-s-2026-03-05.json');
  });

  it('makes any story id a safe file-name part', () => {
    const name = (id: string) => exportFileName({ id, date: '2020-01-13' }, 'json', now);
    expect(name('../../etc/passwd')).toBe('tabayyun-etc-passwd-2020-01-13.json');
    expect(name('Beirut Port, 2020')).toBe('tabayyun-beirut-port-2020-2020-01-13.json');
    expect(name('انفجار بيروت')).toBe('tabayyun-انفجار-بيروت-2020-01-13.json');
    // Bidi controls and other invisibles cannot reorder the name the reader sees.
    expect(name('report\u202Efdp.exe')).toBe('tabayyun-report-fdp-exe-2020-01-13.json');
    expect(name('---')).toBe('tabayyun-story-2020-01-13.json');
    expect(name('x'.repeat(200))).toBe(`tabayyun-${'x'.repeat(60)}-2020-01-13.json`);
  });
});

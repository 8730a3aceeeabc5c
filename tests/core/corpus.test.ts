import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSeedsDir } from '../../src/build/read-seeds.ts';
import { buildCorpus, parseProvenance, parseRegistry, parseStory } from '../../src/core/corpus.ts';
import { articleIdFromFile } from '../../src/core/ingest/article-id.ts';
import type { StoryConfig } from '../../src/core/types.ts';
import { bytesOf, registry } from './helpers.ts';

const story: StoryConfig = { id: 's', title: { ar: 'ق', en: 'S' }, date: '2020-01-13' };
const BODY = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.';
// Each page ends with its own sentence: two files of the same text would be refused as duplicates.
let pages = 0;
const page = (first = '') =>
  bytesOf(`${first}${first ? '\n' : ''}${BODY}\nوهذه الصفحة رقم ${++pages} من الاختبار.`);

describe('articleIdFromFile', () => {
  it.each([
    ['000_6fe53a01d2f536d8.txt', /^000-6fe53a01d2f536d8$/],
    ['My Article (1).TXT', /^my-article-1-[a-z0-9]+$/],
    ['--a__b--.txt', /^a-b$/],
  ])('%s → %s', (file, id) => expect(articleIdFromFile(file)).toMatch(id));

  it('an Arabic file name gets a short stable hash', () => {
    const id = articleIdFromFile('خبر.txt');
    expect(id).toMatch(/^article-[a-z0-9]+$/);
    expect(articleIdFromFile('خبر.txt')).toBe(id);
    expect(articleIdFromFile('خبر آخر.txt')).not.toBe(id);
  });
});

describe('buildCorpus', () => {
  it('sorts by file name, makes ids unique, and reports unusable inputs without throwing', () => {
    const corpus = buildCorpus(
      [
        { file: 'b.txt', bytes: page() },
        { file: 'A.txt', bytes: page() },
        { file: 'a.txt', bytes: page() },
        { file: 'bad.txt', bytes: new Uint8Array([0x41, 0xff]) },
        { file: 'empty.txt', bytes: new Uint8Array() },
      ],
      { registry, provenance: {}, story },
    );
    expect(corpus.schemaVersion).toBe(2);
    expect(corpus.articles.map((a) => [a.file, a.id])).toEqual([
      ['A.txt', articleIdFromFile('A.txt')],
      ['a.txt', 'a'],
      ['b.txt', 'b'],
    ]);
    expect(articleIdFromFile('A.txt')).toMatch(/^a-[a-z0-9]+$/);
    expect(corpus.articles[1]?.paragraphs[0]?.sentences[0]?.id).toBe('a.p1.s1');
    expect(corpus.problems).toEqual([
      {
        file: 'bad.txt',
        code: 'invalid-encoding',
        encoding: 'UTF-8',
        reason: 'not valid UTF-8 (byte 0xFF at offset 1)',
      },
      { file: 'empty.txt', code: 'empty', reason: 'empty' },
    ]);
  });

  it('lists the outlets in use in order of first appearance, with colours, and a placeholder per unidentified article', () => {
    const corpus = buildCorpus(
      [
        { file: '3.txt', bytes: page('تركيا الآن\nعنوان الخبر عن خطة المزارعين الجديدة') },
        { file: '1.txt', bytes: page() },
        { file: '2.txt', bytes: page() },
        { file: '4.txt', bytes: page() },
      ],
      { registry, provenance: { '2.txt': { outlet: 'youm7' }, '4.txt': { outlet: 'youm7' } }, story },
    );
    expect(corpus.outlets).toEqual([
      {
        id: 'unidentified-1',
        name: { ar: 'مصدر غير محدد', en: 'Unidentified outlet' },
        colour: 0,
        unidentified: true,
      },
      {
        id: 'youm7',
        name: { ar: 'اليوم السابع', en: 'Youm7' },
        country: 'EG',
        ownership: { ar: 'الشركة المتحدة للخدمات الإعلامية', en: 'United Media Services' },
        homepage: 'https://www.youm7.com/',
        colour: 1,
      },
      expect.objectContaining({ id: 'turkeyalaan', colour: 2 }),
    ]);
    expect(JSON.stringify(corpus.outlets)).not.toContain('markers');
  });
});

describe('config parsing', () => {
  it('accepts the seed files', () => {
    expect(registry.length).toBeGreaterThan(0);
  });

  it('names the file kind and the field on error', () => {
    expect(() => parseRegistry({ outlets: [{ id: 'x', name: { ar: 'س' }, markers: {} }] })).toThrow(
      /outlet registry \(outlets\.json\): field "outlets\.0\.name\.en"/,
    );
    expect(() =>
      parseRegistry({ outlets: [{ id: 'x', name: { ar: 'س', en: 'X' }, markers: { domain: 'x.com' } }] }),
    ).toThrow(/field "outlets\.0\.markers\.domain"/);
    expect(() =>
      parseRegistry({
        outlets: [
          { id: 'x', name: { ar: 'س', en: 'X' }, markers: {} },
          { id: 'x', name: { ar: 'س', en: 'X' }, markers: {} },
        ],
      }),
    ).toThrow(/duplicate id "x"/);
    expect(() =>
      parseRegistry({ outlets: [{ id: 'all', name: { ar: 'س', en: 'X' }, markers: {} }] }),
    ).toThrow(/field "outlets\.0\.id": "all" is reserved/);
    expect(() => parseProvenance({ files: { 'a.txt': { note: {} } } })).toThrow(/a note needs "ar" or "en"/);
    expect(() => parseProvenance({ files: { 'a.txt': { url: 'javascript:alert(1)' } } })).toThrow(
      /field "files\.a\.txt\.url": expected an http\(s\) address/,
    );
    expect(() =>
      parseRegistry({
        outlets: [{ id: 'x', name: { ar: 'س', en: 'X' }, homepage: 'javascript:alert(1)', markers: {} }],
      }),
    ).toThrow(/expected an http\(s\) address/);
    expect(() => parseProvenance({ files: { 'a.txt': { confidence: 'maybe' } } })).toThrow(
      /provenance \(sources\.json\): field "files\.a\.txt\.confidence"/,
    );
    expect(() => parseStory({ id: 's', title: { ar: 'ق', en: 'S' }, date: '13/01/2020' })).toThrow(
      /story \(story\.json\): field "date": expected an ISO date/,
    );
    expect(() => parseStory(null)).toThrow(/story \(story\.json\): field "\(top level\)"/);
  });
});

describe('readSeedsDir', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const folder = (files: Record<string, string | Uint8Array>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
  };
  const outlets = JSON.stringify({ outlets: [] });
  const storyJson = JSON.stringify(story);

  it('reads *.txt sorted by name; sources.json is optional', () => {
    const seeds = readSeedsDir(
      folder({
        'b.txt': 'ب',
        'a.TXT': 'أ',
        'notes.md': 'x',
        'outlets.json': outlets,
        'story.json': storyJson,
      }),
    );
    expect(seeds.inputs.map((i) => i.file)).toEqual(['a.TXT', 'b.txt']);
    expect(new TextDecoder().decode(seeds.inputs[1]?.bytes)).toBe('ب');
    expect(seeds.provenance).toEqual({});
    expect(seeds.story).toEqual(story);
    expect(seeds.problems).toEqual([]);
  });

  it('throws a clear message for a missing or broken config file', () => {
    expect(() => readSeedsDir(folder({ 'story.json': storyJson }))).toThrow(/outlets\.json: missing/);
    expect(() => readSeedsDir(folder({ 'outlets.json': '{', 'story.json': storyJson }))).toThrow(
      /outlets\.json: not valid JSON/,
    );
    expect(() =>
      readSeedsDir(
        folder({ 'outlets.json': outlets, 'story.json': storyJson, 'sources.json': '{"files": 3}' }),
      ),
    ).toThrow(/sources\.json: provenance \(sources\.json\): field "files"/);
  });
});

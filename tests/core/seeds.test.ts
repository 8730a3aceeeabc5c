// The five real seed pages: what the issue expects of them, and the nothing-lost
// invariant on every seed and every clutter fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, parseProvenance, parseStory } from '../../src/core/corpus.ts';
import type { Article } from '../../src/core/types.ts';
import {
  bodyOf,
  CLUTTER_DIR,
  expectNothingLost,
  ingestText,
  readFixture,
  registry,
  SEEDS_DIR,
  txtFiles,
} from './helpers.ts';

const seedFiles = txtFiles(SEEDS_DIR);
const corpus = buildCorpus(
  seedFiles.map((file) => ({ file, bytes: readFileSync(path.join(SEEDS_DIR, file)) })),
  {
    registry,
    provenance: parseProvenance(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'sources.json'), 'utf8'))),
    story: parseStory(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'story.json'), 'utf8'))),
  },
);
// Look seeds up by what they contain, not by name: the expectations follow the text.
const withRemoved = (needle: string): Article => {
  const found = corpus.articles.find((a) => a.removed.some((r) => r.text.includes(needle)));
  if (!found) throw new Error(`no seed removed a line with ${needle}`);
  return found;
};
const withBody = (needle: string): Article => {
  const found = corpus.articles.find((a) => bodyOf(a).some((p) => p.includes(needle)));
  if (!found) throw new Error(`no seed body has ${needle}`);
  return found;
};

describe('seed corpus', () => {
  it('has five articles and no problems', () => {
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.problems).toEqual([]);
  });

  it.each([
    '{{',
    'WhatsApp',
    'Telegram',
    'إقرأ أيضاً',
    'زلزال',
    'عدد الردود',
    'بواسطة',
    'أبو وهبه',
    'الحجم الطبيعي',
    'Email',
    'المصدر: وكالات',
    'أحدث الأخبار',
    '01/11/2024',
    'أسيلسان',
  ])('no body contains %s', (needle) => {
    for (const a of corpus.articles) for (const p of bodyOf(a)) expect(p).not.toContain(needle);
  });

  it('no body paragraph is "عاجل" or a lone "."', () => {
    for (const a of corpus.articles) {
      for (const p of bodyOf(a)) {
        expect(p).not.toBe('عاجل');
        expect(p).not.toBe('.');
      }
    }
  });

  it('the page with its body repeated keeps each paragraph once', () => {
    const a = withRemoved('{{');
    const body = bodyOf(a);
    expect(new Set(body).size).toBe(body.length);
    expect(a.removed.filter((r) => r.reason === 'repeated').length).toBeGreaterThan(5);
  });

  it('the "| أ.ب" line becomes a caption with its credit', () => {
    const a = withRemoved('| أ.ب');
    expect(a.captions).toEqual([{ text: 'سيرغي لافروف مصافحاً حفتر في موسكو', credit: 'أ.ب' }]);
  });

  it('outlets from the text', () => {
    const dateline = withBody('أعلن وزير الخارجية الروسي سيرغي لافروف');
    expect(dateline.dateline).toEqual({ place: 'دبي', source: 'العربية نت', raw: 'دبي - (العربية نت):' });
    expect(dateline.attribution).toMatchObject({
      outletId: 'alarabiya',
      confidence: 'sure',
      method: 'text+provenance',
    });
    expect(dateline.attribution.evidence).toContainEqual(
      expect.objectContaining({ kind: 'dateline', text: '(العربية نت)' }),
    );
    expect(withRemoved('تركيا الآن').attribution).toMatchObject({
      outletId: 'turkeyalaan',
      method: 'text+provenance',
    });
    const bayan = withBody('لـ«البيان»');
    expect(bayan.attribution).toMatchObject({ outletId: 'albayan', method: 'text+provenance' });
    expect(
      bayan.attribution.evidence.some((e) => e.kind === 'widget' && e.text === 'ت + ت - الحجم الطبيعي'),
    ).toBe(true);
    expect(withRemoved('عدد الردود').attribution).toMatchObject({
      outletId: 'youm7',
      method: 'text+provenance',
    });
  });

  it('cited outlets are not taken for the publisher', () => {
    expect(withBody('سكاى نيوز عربية').attribution.outletId).toBe('youm7');
    expect(withBody('بحسب قناة العربية').attribution.outletId).toBe('albayan');
  });

  it('the page with only a byline and generic widgets: nothing in the text, Ahl Masr by provenance', () => {
    const a = withRemoved('كتب : وكالات');
    expect(a.byline).toBe('وكالات');
    expect(a.attribution).toMatchObject({
      outletId: 'ahlmasr',
      method: 'provenance',
      confidence: 'unconfirmed',
    });
    expect(a.attribution.textOutletId).toBeUndefined();
  });

  it('titles: two pages start with the body and have none', () => {
    expect(corpus.articles.filter((a) => a.title === null)).toHaveLength(2);
  });
});

describe('nothing is lost', () => {
  it.each(seedFiles)('seed %s', (file) => {
    const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    const article = corpus.articles.find((a) => a.file === file)!;
    expectNothingLost(text, article);
  });

  it.each(txtFiles(CLUTTER_DIR))('fixture %s', (file) => {
    const text = readFixture(CLUTTER_DIR, file);
    expectNothingLost(text, ingestText(text, { file }));
  });
});

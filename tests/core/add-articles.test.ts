import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AddedInput,
  addArticles,
  ownArticleId,
  ownOutletId,
  rejoinOwn,
} from '../../src/core/add-articles.ts';
import { parseCorpus } from '../../src/core/schema.ts';
import { type Corpus, OWN_PREFIX } from '../../src/core/types.ts';
import { ROOT, readFixture, registry, txtFiles } from './helpers.ts';

const base: Corpus = parseCorpus(
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8')),
);
const HOLDOUT = path.join(ROOT, 'tests/fixtures/holdout-moscow');
const UNSEEN = path.join(ROOT, 'tests/fixtures/unseen');
const holdout = (file: string): AddedInput => ({ name: file, text: readFixture(HOLDOUT, file) });
const fixedNow = () => '2024-01-01T00:00:00.000Z';
const add = (inputs: AddedInput[], existing = [] as Parameters<typeof addArticles>[3]) =>
  addArticles(base, inputs, registry, existing, undefined, fixedNow);

// Each case runs the whole comparison over the story again (about a second in Node).
describe('addArticles', { timeout: 30_000 }, () => {
  it('adds one pasted article as an own column compared with the bundled ones', () => {
    const { corpus, added, problems } = add([holdout('aljazeera-haftar-leaves.txt')]);
    expect(problems).toEqual([]);
    expect(added).toHaveLength(1);
    const article = corpus.articles.find((a) => a.own);
    expect(article?.id).toBe(added[0]?.id);
    expect(article?.id.startsWith(OWN_PREFIX)).toBe(true);
    expect(corpus.articles).toHaveLength(base.articles.length + 1);
    // The comparison was run again over all of them: the new article answers every question and shares facts.
    for (const q of corpus.questions) expect(q.answers.map((a) => a.articleId)).toContain(article?.id);
    const ownSentences = new Set(article?.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    expect(
      corpus.facts.some((f) => f.sentenceIds.some((id) => ownSentences.has(id)) && f.outlets.length > 1),
    ).toBe(true);
    // Its sentences carry cues like the bundled ones.
    expect(article?.paragraphs.some((p) => p.sentences.some((s) => (s.cues?.length ?? 0) > 0))).toBe(true);
    expect(() => parseCorpus(corpus)).not.toThrow();
  });

  it('detects the outlet from the text, or takes the one the reader chose', () => {
    const detected = add([holdout('aljazeera-haftar-leaves.txt')]).corpus.articles.find((a) => a.own);
    expect(detected?.attribution.outletId).toBe('aljazeera');
    const chosen = add([
      { ...holdout('aljazeera-haftar-leaves.txt'), outlet: { kind: 'registry', id: 'bbcarabic' } },
    ]);
    const article = chosen.corpus.articles.find((a) => a.own);
    expect(article?.attribution.outletId).toBe('bbcarabic');
    expect(article?.attribution.textOutletId).toBe('aljazeera');
    expect(chosen.corpus.outlets.some((o) => o.id === 'bbcarabic')).toBe(true);
  });

  it('gives a free outlet name a placeholder outlet of the reader’s own, shared by the same name', () => {
    const named = (file: string, name: string): AddedInput => ({
      ...holdout(file),
      outlet: { kind: 'name', name },
    });
    const { corpus } = add([
      named('aljazeera-haftar-leaves.txt', 'مدونتي'),
      named('rt-lavrov-talks-continue.txt', ' مدونتي '),
    ]);
    const own = corpus.articles.filter((a) => a.own);
    expect(own).toHaveLength(2);
    const [first, second] = own.map((a) => a.attribution.outletId);
    expect(first).toBe(second);
    const outlet = corpus.outlets.find((o) => o.id === first);
    expect(outlet).toMatchObject({ own: true, name: { ar: 'مدونتي', en: 'مدونتي' } });
    expect(outlet?.id).toMatch(/^own-[a-z0-9-]+$/);
  });

  it('maps a free name that is a registry outlet’s name to that outlet', () => {
    expect(ownOutletId('الجزيرة نت', registry, new Set())).not.toMatch(/^own-/);
    expect(ownOutletId('Al Jazeera', registry, new Set())).toBe(
      ownOutletId('الجزيرة نت', registry, new Set()),
    );
  });

  it('makes outlet ids fit for links: a-z0-9-, at most 40, never all or a registry id', () => {
    for (const name of ['all', 'ALL', '  x  ', 'مدونة طويلة جدا'.repeat(20), '<script>']) {
      const id = ownOutletId(name, registry, new Set(registry.map((o) => o.id)));
      expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
      expect(id).not.toBe('all');
      expect(registry.some((o) => o.id === id)).toBe(false);
    }
  });

  it('adds ten files at once, reporting progress after each', () => {
    const inputs = [
      ...txtFiles(HOLDOUT).map(holdout),
      ...txtFiles(UNSEEN)
        .slice(0, 2)
        .map((f) => ({
          name: f,
          text: readFixture(UNSEEN, f),
        })),
    ];
    expect(inputs).toHaveLength(10);
    const progress: number[] = [];
    const result = addArticles(base, inputs, registry, [], (done) => progress.push(done), fixedNow);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.problems).toEqual([]);
    // The two pages about other events are held back for the reader to decide; the eight on the talks join.
    expect(result.offTopic.map((o) => o.name)).toEqual(txtFiles(UNSEEN).slice(0, 2));
    expect(result.corpus.articles.filter((a) => a.own)).toHaveLength(8);
    // Added anyway, at the reader's word, all ten join.
    const forced = addArticles(
      base,
      inputs.map((input) => ({ ...input, force: true })),
      registry,
      [],
      undefined,
      fixedNow,
    );
    expect(forced.offTopic).toEqual([]);
    expect(forced.corpus.articles.filter((a) => a.own)).toHaveLength(10);
    expect(new Set(forced.added.map((r) => r.id)).size).toBe(10);
  });

  it('holds back an article about another event, naming it by its headline with the words it shares', () => {
    const result = addArticles(
      base,
      [{ name: 'quake.txt', text: readFixture(UNSEEN, 'aljazeera-morocco-quake.txt') }],
      registry,
    );
    expect(result.added).toEqual([]);
    expect(result.offTopic).toMatchObject([
      { name: 'quake.txt', title: expect.stringMatching(/زلزال|المغرب/) },
    ]);
    expect(result.corpus).toEqual(base);
  });

  it('refuses an exact duplicate of a bundled article, of one added before, and inside one batch', () => {
    const seed = readFileSync(path.join(ROOT, 'seeds', txtFiles(path.join(ROOT, 'seeds'))[0]!), 'utf8');
    const bundled = add([{ name: 'copy.txt', text: `${seed}\r\n\r\n` }]);
    expect(bundled.problems).toMatchObject([{ file: 'copy.txt', code: 'duplicate' }]);
    expect(bundled.added).toEqual([]);

    const first = add([holdout('aljazeera-haftar-leaves.txt')]);
    const again = add([{ name: 'again.txt', text: first.added[0]!.text }], first.added);
    expect(again.problems).toMatchObject([
      { file: 'again.txt', code: 'duplicate', duplicateOf: 'aljazeera-haftar-leaves.txt' },
    ]);
    expect(again.corpus.articles.filter((a) => a.own)).toHaveLength(1);

    const batch = add([holdout('aljazeera-haftar-leaves.txt'), holdout('aljazeera-haftar-leaves.txt')]);
    expect(batch.added).toHaveLength(1);
    expect(batch.problems.map((p) => p.code)).toEqual(['duplicate']);
  });

  it('refuses an empty paste, binary bytes, undecodable bytes and text over the limit, keeping the rest', () => {
    const binary = Uint8Array.from({ length: 64 }, (_, i) => i % 7);
    const undecodable = new Uint8Array([...new TextEncoder().encode('abc'), 0xc3, 0x28]);
    const { problems, added } = add([
      { name: 'empty', text: '   \n ' },
      { name: 'b.bin', bytes: binary },
      { name: 'bad.txt', bytes: undecodable },
      { name: 'huge.txt', text: 'ا'.repeat(600_000) },
      holdout('rt-lavrov-talks-continue.txt'),
    ]);
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ['empty', 'empty'],
      ['b.bin', 'binary'],
      ['bad.txt', 'invalid-encoding'],
      ['huge.txt', 'too-large'],
    ]);
    expect(added.map((r) => r.name)).toEqual(['rt-lavrov-talks-continue.txt']);
  });

  it('gives the same text the same id, never a bundled one', () => {
    const text = readFixture(HOLDOUT, 'aljazeera-haftar-leaves.txt');
    expect(ownArticleId(text)).toBe(ownArticleId(text.replace(/\n/g, '\r\n')));
    expect(ownArticleId(text)).not.toBe(ownArticleId(`${text} x`));
    const taken = new Set([ownArticleId(text)]);
    expect(ownArticleId(text, taken)).toBe(`${ownArticleId(text)}-2`);
    const ids = add([holdout('aljazeera-haftar-leaves.txt')]).corpus.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith(OWN_PREFIX))).toHaveLength(1);
  });

  it('rejoins stored records after a removal, leaving no outlet of the removed one behind', () => {
    const first = add([
      { ...holdout('aljazeera-haftar-leaves.txt'), outlet: { kind: 'name', name: 'Blog' } },
      holdout('rt-lavrov-talks-continue.txt'),
    ]);
    const kept = first.added.slice(1);
    const { corpus, problems } = rejoinOwn(first.corpus, kept, registry);
    expect(problems).toEqual([]);
    expect(corpus.articles.filter((a) => a.own).map((a) => a.id)).toEqual(kept.map((r) => r.id));
    expect(corpus.outlets.some((o) => o.own)).toBe(false);
    const none = rejoinOwn(first.corpus, [], registry).corpus;
    expect(none.articles).toHaveLength(base.articles.length);
    expect(none.facts).toEqual(base.facts);
  });
});

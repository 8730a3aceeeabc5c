// The own-articles slice driven by startOwnArticles, with the analysis on this thread and storage faked:
// stored articles shown at start, added ones shown and stored, a failing or hanging storage told and survived.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticles } from '../../src/core/add-articles.ts';
import { parseCorpus } from '../../src/core/schema.ts';
import type { Corpus } from '../../src/core/types.ts';
import { startOwnArticles } from '../../src/state/own-sync.ts';
import { createAppStore } from '../../src/state/store.ts';
import { StorageFailure } from '../../src/storage/own-storage.ts';
import { createInlineAnalyzer } from '../../src/worker/inline-analyzer.ts';
import { ROOT, registry } from '../core/helpers.ts';
import { memoryStorage } from './memory-storage.ts';

const base: Corpus = parseCorpus(
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8')),
);
const HOLDOUT = path.join(ROOT, 'tests/fixtures/holdout-moscow');
const text = (file: string) => readFileSync(path.join(HOLDOUT, file), 'utf8');
const analyzer = createInlineAnalyzer(registry);

const ownIds = (corpus: Corpus) => corpus.articles.filter((a) => a.own).map((a) => a.id);

describe('startOwnArticles', { timeout: 60_000 }, () => {
  it('shows the stored articles of the story at start', async () => {
    const { storage } = memoryStorage();
    const [stored] = addArticles(
      base,
      [{ name: 'a.txt', text: text('rt-lavrov-talks-continue.txt') }],
      registry,
    ).added;
    await storage.put(base.story.id, stored!);
    const store = createAppStore(base);
    await startOwnArticles(store, { analyzer, storage });
    expect(ownIds(store.getState().corpus)).toEqual([stored!.id]);
    expect(store.getState().base).toBe(base);
    expect(store.getState().own.records).toEqual([stored]);
  });

  it('adds, stores, removes and undoes', async () => {
    const { storage, rows } = memoryStorage();
    const store = createAppStore(base);
    await startOwnArticles(store, { analyzer, storage });
    const actions = store.getState().ownActions!;
    await actions.add([
      { name: 'a.txt', text: text('aljazeera-haftar-leaves.txt') },
      { name: 'empty', text: '' },
    ]);
    const { own, corpus } = store.getState();
    expect(own.results.map((r) => [r.name, r.status])).toEqual([
      ['a.txt', 'added'],
      ['empty', 'refused'],
    ]);
    expect(own.unsaved).toEqual([]);
    expect(rows.size).toBe(1);
    const [id] = ownIds(corpus);
    expect(store.getState().outletIds).toContain('aljazeera');

    await actions.remove(id!);
    expect(ownIds(store.getState().corpus)).toEqual([]);
    expect(rows.size).toBe(0);
    expect(store.getState().own.removed?.id).toBe(id);

    await actions.undo();
    expect(ownIds(store.getState().corpus)).toEqual([id]);
    expect(rows.size).toBe(1);
  });

  it('keeps an article it could not store shown, and says so', async () => {
    const { storage } = memoryStorage({ put: new StorageFailure('quota', 'full') });
    const store = createAppStore(base);
    await startOwnArticles(store, { analyzer, storage });
    await store.getState().ownActions!.add([{ name: 'a.txt', text: text('aljazeera-haftar-leaves.txt') }]);
    const { own, corpus } = store.getState();
    expect(own.storage).toBe('quota');
    expect(own.unsaved).toEqual(ownIds(corpus));
    expect(own.results).toMatchObject([{ status: 'added', saved: false }]);
  });

  it('goes on without a storage that hangs or is unavailable, the seeds still shown', async () => {
    for (const load of ['hang', new StorageFailure('unavailable', 'private window')] as const) {
      const store = createAppStore(base);
      const started = Date.now();
      await startOwnArticles(store, { analyzer, storage: memoryStorage({ load }).storage, timeoutMs: 200 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(store.getState().corpus).toBe(base);
      expect(store.getState().own.storage).toBe('unavailable');
    }
  });

  it('joins new outlets to an explicit selection, so the added column shows', async () => {
    const store = createAppStore(base);
    await startOwnArticles(store, { analyzer, storage: memoryStorage().storage });
    store.getState().setOutlets([store.getState().outletIds[0]!]);
    await store.getState().ownActions!.add([{ name: 'a.txt', text: text('aljazeera-haftar-leaves.txt') }]);
    expect(store.getState().view.outlets).toContain('aljazeera');
  });

  it('reads the other story’s articles when the story changes', async () => {
    const { storage } = memoryStorage();
    const other: Corpus = { ...base, story: { ...base.story, id: 'other-story' } };
    const [stored] = addArticles(
      other,
      [{ name: 'a.txt', text: text('rt-lavrov-talks-continue.txt') }],
      registry,
    ).added;
    await storage.put('other-story', stored!);
    const store = createAppStore(base);
    await startOwnArticles(store, { analyzer, storage });
    expect(ownIds(store.getState().corpus)).toEqual([]);
    store.getState().setBase(other);
    await expect.poll(() => ownIds(store.getState().corpus), { timeout: 20_000 }).toEqual([stored!.id]);
  });
});

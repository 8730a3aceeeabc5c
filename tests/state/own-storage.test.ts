// The reader's articles in IndexedDB (fake-indexeddb in Node): round trip, corrupted entries skipped and
// counted while the valid ones load, and every failure classified for the interface.
import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { type OwnRecord, ownArticleId } from '../../src/core/add-articles.ts';
import { MAX_ARTICLE_BYTES } from '../../src/core/ingest/decode-bytes.ts';
import { fromStored } from '../../src/storage/own-records.ts';
import { classify, createOwnStorage, StorageFailure } from '../../src/storage/own-storage.ts';
import { toStored } from '../../src/storage/stored-format.ts';

let n = 0;
/** A fresh database per test, so tests do not see each other's records. */
const fresh = () => {
  const name = `test-${++n}`;
  return { name, storage: createOwnStorage(() => createStore(name, 'own-articles')) };
};

const record = (id: string, addedAt = '2024-01-01T00:00:00.000Z'): OwnRecord => ({
  id,
  name: `${id}.txt`,
  text: 'نص المقال',
  notes: [],
  outlet: { kind: 'name', name: 'مدونتي' },
  addedAt,
});

describe('own storage', () => {
  it('stores, loads (oldest first) and removes records per story', async () => {
    const { storage } = fresh();
    await storage.put('moscow', record('own-b', '2024-01-02T00:00:00.000Z'));
    await storage.put('moscow', record('own-a', '2024-01-01T00:00:00.000Z'));
    await storage.put('beirut', record('own-c'));
    expect((await storage.load('moscow')).records.map((r) => r.id)).toEqual(['own-a', 'own-b']);
    await storage.remove('moscow', 'own-a');
    expect(await storage.load('moscow')).toEqual({
      records: [record('own-b', '2024-01-02T00:00:00.000Z')],
      corrupted: 0,
    });
    expect((await storage.load('beirut')).records).toHaveLength(1);
    expect((await storage.load('other')).records).toEqual([]);
  });

  it('keeps the stories made in the browser with their article counts; removing one takes its articles too', async () => {
    const { name, storage } = fresh();
    const story = (id: string, createdAt: string) => ({ id, title: `قصة ${id}`, createdAt });
    await storage.putStory(story('mine-bbbbbbbb', '2026-12-02'));
    await storage.putStory(story('mine-aaaaaaaa', '2026-12-01'));
    await storage.put('mine-bbbbbbbb', record('own-1'));
    await storage.put('mine-bbbbbbbb', record('own-2'));
    await storage.put('moscow', record('own-3'));
    // An unreadable story entry is skipped, not fatal.
    await set(
      ['story', 'mine-broken1'],
      { v: 1, story: { id: 'BAD ID' } },
      createStore(name, 'own-articles'),
    );
    expect(await storage.listStories()).toEqual([
      { story: story('mine-aaaaaaaa', '2026-12-01'), articles: 0 },
      { story: story('mine-bbbbbbbb', '2026-12-02'), articles: 2 },
    ]);
    await storage.removeStory('mine-bbbbbbbb');
    expect((await storage.listStories()).map((s) => s.story.id)).toEqual(['mine-aaaaaaaa']);
    expect((await storage.load('mine-bbbbbbbb')).records).toEqual([]);
    expect((await storage.load('moscow')).records).toHaveLength(1);
  });

  it('skips and counts corrupted entries, keeping the valid ones', async () => {
    const { name, storage } = fresh();
    await storage.put('moscow', record('own-good'));
    const raw = createStore(name, 'own-articles');
    await set(['article', 'moscow', 'own-bad1'], { v: 1, story: 'moscow', record: { id: 'own-bad1' } }, raw);
    await set(['article', 'moscow', 'own-bad2'], 'not even an object', raw);
    await set(['article', 'moscow', 'own-bad3'], { v: 99, story: 'moscow', record: record('own-bad3') }, raw);
    // A valid record under another article's key is not trusted either.
    await set(['article', 'moscow', 'own-bad4'], { v: 1, story: 'moscow', record: record('own-other') }, raw);
    const loaded = await storage.load('moscow');
    expect(loaded.records.map((r) => r.id)).toEqual(['own-good']);
    expect(loaded.corrupted).toBe(4);
  });

  it('says unavailable when indexedDB is missing or will not open, quota when full', async () => {
    const failing = (error: unknown) => createOwnStorage(() => () => Promise.reject(error));
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await expect(failing(quota).put('s', record('own-a'))).rejects.toMatchObject({ kind: 'quota' });
    const closed = new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
    await expect(failing(closed).load('s')).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(failing(new Error('disk on fire')).load('s')).rejects.toMatchObject({ kind: 'failed' });

    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(createOwnStorage().load('s')).rejects.toBeInstanceOf(StorageFailure);
      await expect(createOwnStorage().load('s')).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('accepts what the core makes: its ids and texts up to the article limit (the constants written out agree)', () => {
    const id = ownArticleId('نص', new Set([ownArticleId('نص')]));
    const big = { ...record(id), text: 'ا'.repeat(MAX_ARTICLE_BYTES) };
    expect(fromStored(toStored('s', big), 's', id)).toEqual(big);
    expect(fromStored(toStored('s', { ...big, text: `${big.text}ا` }), 's', id)).toBeUndefined();
  });

  it('classifies errors by name and message', () => {
    expect(classify(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
    expect(classify(new Error('QuotaExceeded: storage quota reached')).kind).toBe('quota');
    expect(classify(new DOMException('x', 'SecurityError')).kind).toBe('unavailable');
    expect(classify('weird').kind).toBe('failed');
  });
});

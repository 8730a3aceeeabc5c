// The reader's articles in IndexedDB through idb-keyval: one entry per article, keyed
// ['article', story id, article id], plus one cached analysis per story, ['analysis', story id].
// Every failure is classified (unavailable, quota, failed) so the interface can say what happened; nothing
// here throws anything but a StorageFailure.
import { createStore, del, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { OwnRecord } from '../core/add-articles.ts';
import { OWN_DATABASE } from './database-name.ts';
import { RECORD_VERSION, toStored } from './stored-format.ts';
import type { StoryMeta } from './story-file.ts';

export type FailureKind = 'unavailable' | 'quota' | 'failed';

export class StorageFailure extends Error {
  override name = 'StorageFailure';
  constructor(
    readonly kind: FailureKind,
    readonly detail: string,
  ) {
    super(`storage ${kind}: ${detail}`);
  }
}

/** The kind of an error IndexedDB raised. */
export function classify(error: unknown): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StorageFailure('quota', message);
  // Private windows and locked-down browsers refuse the database itself.
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError' ||
    name === 'ReferenceError'
  )
    return new StorageFailure('unavailable', message);
  return new StorageFailure('failed', message);
}

export interface Loaded {
  records: OwnRecord[];
  /** Stored entries of this story that could not be read as articles (skipped, left as they are). */
  corrupted: number;
  /** The cached analysis, unchecked: the caller validates it against what it expects. */
  analysis?: unknown;
}

export interface OwnStorage {
  load(story: string): Promise<Loaded>;
  put(story: string, record: OwnRecord): Promise<void>;
  remove(story: string, id: string): Promise<void>;
  putAnalysis(story: string, analysis: unknown): Promise<void>;
  /** The stories made in this browser, oldest first, each with how many articles it holds; unreadable ones skipped. */
  listStories(): Promise<{ story: StoryMeta; articles: number }[]>;
  putStory(story: StoryMeta): Promise<void>;
  /** Removes a story made in this browser with its articles and analysis, in one transaction. */
  removeStory(id: string): Promise<void>;
}

const articleKey = (story: string, id: string) => ['article', story, id];
const analysisKey = (story: string) => ['analysis', story];
const storyKey = (story: string) => ['story', story];
/** Every key ['article', story, …]: ['article', story] sorts before them, an array after any string id. */
const articlesOf = (story: string) => IDBKeyRange.bound(['article', story], ['article', story, []]);

export function createOwnStorage(
  open: () => UseStore = () => createStore(OWN_DATABASE, 'own-articles'),
): OwnStorage {
  let store: UseStore | undefined;
  const db = (): UseStore => {
    if (store) return store;
    if (typeof indexedDB === 'undefined') throw new StorageFailure('unavailable', 'indexedDB is not defined');
    store = open();
    return store;
  };
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      // A database that failed to open stays failed in idb-keyval: forget it, so the next call tries again.
      store = undefined;
      throw classify(error);
    }
  };

  return {
    load(story) {
      return guard(() =>
        db()('readonly', (objects) => {
          const range = articlesOf(story);
          return Promise.all([
            promisifyRequest(objects.getAllKeys(range)),
            promisifyRequest(objects.getAll(range)),
            promisifyRequest(objects.get(analysisKey(story))),
          ]);
        }).then(async ([keys, values, analysis]) => {
          const records: OwnRecord[] = [];
          let corrupted = 0;
          // The checks (zod) are fetched only when there is something to check: most readers have added nothing.
          const { fromStored } =
            keys.length > 0 ? await import('./own-records.ts') : { fromStored: () => undefined };
          keys.forEach((key, i) => {
            const id = Array.isArray(key) ? key[2] : undefined;
            const record = typeof id === 'string' ? fromStored(values[i], story, id) : undefined;
            if (record) records.push(record);
            else corrupted++;
          });
          records.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
          return { records, corrupted, ...(analysis === undefined ? {} : { analysis }) };
        }),
      );
    },
    put(story, record) {
      return guard(() => set(articleKey(story, record.id), toStored(story, record), db()));
    },
    remove(story, id) {
      return guard(() => del(articleKey(story, id), db()));
    },
    putAnalysis(story, analysis) {
      return guard(() => set(analysisKey(story), analysis, db()));
    },
    listStories() {
      return guard(async () => {
        const range = IDBKeyRange.bound(['story'], ['story', []]);
        const values = await db()('readonly', (objects) => promisifyRequest(objects.getAll(range)));
        if (values.length === 0) return [];
        const { storyMeta } = await import('./story-file.ts');
        const stories = values.flatMap((value) => {
          const parsed = storyMeta.safeParse((value as { story?: unknown } | null)?.story);
          return parsed.success && (value as { v?: unknown }).v === RECORD_VERSION
            ? [parsed.data as StoryMeta]
            : [];
        });
        const counts = await db()('readonly', (objects) =>
          Promise.all(stories.map((story) => promisifyRequest(objects.count(articlesOf(story.id))))),
        );
        return stories
          .map((story, i) => ({ story, articles: counts[i] ?? 0 }))
          .sort((a, b) =>
            a.story.createdAt < b.story.createdAt ? -1 : a.story.createdAt > b.story.createdAt ? 1 : 0,
          );
      });
    },
    putStory(story) {
      return guard(() => set(storyKey(story.id), { v: RECORD_VERSION, story }, db()));
    },
    removeStory(id) {
      return guard(() =>
        db()('readwrite', (objects) => {
          objects.delete(storyKey(id));
          objects.delete(articlesOf(id));
          objects.delete(analysisKey(id));
          return promisifyRequest(objects.transaction);
        }),
      );
    },
  };
}

// The reader's articles in IndexedDB through idb-keyval: one entry per article, keyed
// ['article', story id, article id], plus one cached analysis per story, ['analysis', story id].
// Every failure is classified (unavailable, quota, failed) so the interface can say what happened; nothing
// here throws anything but a StorageFailure.
import { createStore, del, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { OwnRecord } from '../core/add-articles.ts';
import { OWN_DATABASE } from './database-name.ts';
import { toStored } from './stored-format.ts';

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
}

const articleKey = (story: string, id: string) => ['article', story, id];
const analysisKey = (story: string) => ['analysis', story];

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
          // ['article', story] sorts before every ['article', story, id]; an array sorts after any string id.
          const range = IDBKeyRange.bound(['article', story], ['article', story, []]);
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
  };
}

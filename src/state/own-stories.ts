// The stories a reader makes in their browser: created empty, renamed, deleted (with undo), written out as a story
// file and opened from one. Their articles are the reader's own articles of that story (own-sync.ts does those);
// here is the list of stories itself, kept in IndexedDB beside the articles.
import type { OwnRecord } from '../core/add-articles.ts';
import type { Corpus, StorySummary } from '../core/types.ts';
import type { OwnStorage } from '../storage/own-storage.ts';
import {
  MAX_TITLE_LENGTH,
  makeStoryFile,
  newStoryId,
  type StoryFile,
  type StoryMeta,
} from '../storage/story-file.ts';
import { MINE_STORY } from '../storage/story-id.ts';
import type { ImportOutcome, OwnActions, OwnState, StorageState } from './slices/own.ts';
import type { AppStore } from './store.ts';

class TimedOut extends Error {
  override name = 'TimedOut';
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What a storage error means for the reader; a hang counts as unavailable. */
export function storageState(error: unknown): StorageState {
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (kind === 'quota' || kind === 'unavailable' || kind === 'failed') return kind;
  return error instanceof TimedOut ? 'unavailable' : 'failed';
}

interface Deps {
  /** One storage call, with own-sync's timeout. */
  storage<T>(run: (s: OwnStorage) => Promise<T>): Promise<T>;
  /** Reads the reader's articles of `base` again and shows them. */
  loadFor(base: Corpus): Promise<void>;
  patch(patch: Partial<OwnState>): void;
}

type StoryActions = Pick<
  OwnActions,
  'createStory' | 'renameStory' | 'deleteStory' | 'undoDeleteStory' | 'importStory' | 'storyFile'
>;

const cleanTitle = (title: string) => title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
const cleanDate = (date: string | undefined) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined);

export function ownStories(store: AppStore, deps: Deps) {
  const { storage, patch } = deps;
  const metas = new Map<string, StoryMeta>();
  const counts = new Map<string, number>();

  /** The picker's list follows `metas`. */
  const publish = () => {
    const own: StorySummary[] = [...metas.values()].map((story) => ({
      id: story.id,
      title: { ar: story.title, en: story.title },
      ...(story.date ? { date: story.date } : {}),
      articles: counts.get(story.id) ?? 0,
      outlets: 0,
      own: true,
    }));
    store.getState().setOwnStories(own);
  };

  /** Writes a story and its records; false (and the reader told) when storage fails. */
  const keep = async (story: StoryMeta, records: OwnRecord[]): Promise<boolean> => {
    try {
      if (MINE_STORY.test(story.id)) await storage((s) => s.putStory(story));
      for (const record of records) await storage((s) => s.put(story.id, record));
      return true;
    } catch (error) {
      patch({ storage: storageState(error) });
      return false;
    }
  };

  const defaultStory = () => store.getState().stories.find((story) => !story.own)?.id;

  const actions: StoryActions = {
    async createStory(title, date) {
      const story: StoryMeta = {
        id: newStoryId(),
        title: cleanTitle(title),
        ...(cleanDate(date) ? { date: cleanDate(date)! } : {}),
        createdAt: new Date().toISOString(),
      };
      if (story.title === '' || !(await keep(story, []))) return null;
      metas.set(story.id, story);
      counts.set(story.id, 0);
      publish();
      return (await store.getState().chooseStory(story.id)) ? story.id : null;
    },

    async renameStory(id, title, date) {
      const old = metas.get(id);
      const clean = cleanTitle(title);
      if (!old || clean === '') return;
      const { date: _date, ...rest } = old;
      const story: StoryMeta = {
        ...rest,
        title: clean,
        ...(cleanDate(date) ? { date: cleanDate(date)! } : {}),
      };
      if (!(await keep(story, []))) return;
      metas.set(id, story);
      publish();
    },

    async deleteStory(id) {
      const story = metas.get(id);
      if (!story) return;
      const { base, own } = store.getState();
      let records: OwnRecord[] = own.records;
      try {
        if (base.story.id !== id) records = (await storage((s) => s.load(id))).records;
        await storage((s) => s.removeStory(id));
      } catch (error) {
        patch({ storage: storageState(error) });
        return;
      }
      metas.delete(id);
      counts.delete(id);
      publish();
      const fallback = defaultStory();
      if (base.story.id === id && fallback) await store.getState().chooseStory(fallback);
      patch({ removedStory: { story, records } });
    },

    async undoDeleteStory() {
      const removed = store.getState().own.removedStory;
      if (!removed) return;
      patch({ removedStory: null });
      if (!(await keep(removed.story, removed.records))) return;
      metas.set(removed.story.id, removed.story);
      counts.set(removed.story.id, removed.records.length);
      publish();
      await store.getState().chooseStory(removed.story.id);
    },

    async importStory(file: StoryFile): Promise<ImportOutcome> {
      const { story, articles } = file;
      const bundled = store.getState().stories.find((s) => s.id === story.id && !s.own);
      if (!bundled && !MINE_STORY.test(story.id)) {
        const outcome: ImportOutcome = { ok: false, problem: { code: 'unknown-story', id: story.id } };
        patch({ imported: outcome });
        return outcome;
      }
      // A story already here keeps its own title; its articles and the file's are merged (same text, same id).
      const meta = bundled ? story : (metas.get(story.id) ?? story);
      let present: OwnRecord[] = [];
      try {
        present = (await storage((s) => s.load(story.id))).records;
      } catch (error) {
        patch({ storage: storageState(error) });
      }
      const have = new Set(present.map((r) => r.id));
      const fresh = articles.filter((r) => !have.has(r.id));
      if (!(await keep(meta, fresh))) {
        const outcome: ImportOutcome = { ok: false, problem: { code: 'damaged', detail: 'storage' } };
        patch({ imported: outcome });
        return outcome;
      }
      if (!bundled) {
        metas.set(meta.id, meta);
        counts.set(meta.id, present.length + fresh.length);
        publish();
      }
      // The story shown is the one the file adds to: read its articles again now.
      const { base } = store.getState();
      if (base.story.id === story.id) await deps.loadFor(base);
      const outcome: ImportOutcome = {
        ok: true,
        story: story.id,
        title: bundled ? bundled.title.ar : meta.title,
        added: fresh.length,
        view: file.view,
      };
      patch({ imported: outcome });
      return outcome;
    },

    storyFile(view) {
      const { base, own } = store.getState();
      const id = base.story.id;
      const story: StoryMeta = metas.get(id) ?? {
        id,
        title: cleanTitle(base.story.title.ar) || id,
        ...(cleanDate(base.story.date) ? { date: cleanDate(base.story.date)! } : {}),
        createdAt: new Date().toISOString(),
      };
      return makeStoryFile(story, own.records, view);
    },
  };

  return {
    actions,
    /** Reads the stories made in this browser into the picker. */
    async list() {
      const listed = await storage((s) => s.listStories());
      for (const { story, articles } of listed) {
        metas.set(story.id, story);
        counts.set(story.id, articles);
      }
      if (listed.length > 0) publish();
    },
    /** The story `id` now holds `count` of the reader's articles. */
    counted(id: string, count: number) {
      if (!metas.has(id) || counts.get(id) === count) return;
      counts.set(id, count);
      publish();
    },
  };
}

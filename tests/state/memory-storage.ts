// The reader's storage in memory, for state tests: articles per story, stories made in the browser, and the
// failures a test asks for.
import type { OwnRecord } from '../../src/core/add-articles.ts';
import type { OwnStorage, StorageFailure } from '../../src/storage/own-storage.ts';
import type { StoryMeta } from '../../src/storage/story-file.ts';

export function memoryStorage(fail: { put?: StorageFailure; load?: 'hang' | StorageFailure } = {}) {
  const rows = new Map<string, OwnRecord>();
  const stories = new Map<string, StoryMeta>();
  const inStory = (story: string) => [...rows].filter(([k]) => k.startsWith(`${story}/`));
  const storage: OwnStorage = {
    async load(story) {
      if (fail.load === 'hang') return new Promise(() => undefined);
      if (fail.load) throw fail.load;
      return { records: inStory(story).map(([, r]) => r), corrupted: 0 };
    },
    async put(story, record) {
      if (fail.put) throw fail.put;
      rows.set(`${story}/${record.id}`, record);
    },
    async remove(story, id) {
      rows.delete(`${story}/${id}`);
    },
    async putAnalysis() {},
    async listStories() {
      return [...stories.values()].map((story) => ({ story, articles: inStory(story.id).length }));
    },
    async putStory(story) {
      if (fail.put) throw fail.put;
      stories.set(story.id, story);
    },
    async removeStory(id) {
      stories.delete(id);
      for (const [key] of inStory(id)) rows.delete(key);
    },
  };
  return { storage, rows, stories };
}

import type { Corpus, StorySummary } from '../../core/types.ts';
import type { SliceCreator } from './types.ts';

/** Loads one story's corpus (the build splits each story other than the default into a chunk of its own). */
export type StoryLoader = (id: string) => Promise<Corpus>;

export interface StoriesOptions {
  stories?: StorySummary[];
  loadStory?: StoryLoader;
}

export interface StoriesSlice {
  /** Every story the app has, the default first; empty or one entry when there is nothing to pick. */
  stories: StorySummary[];
  /** The story being loaded, or null. */
  storyLoading: string | null;
  /**
   * Loads a story and shows it. Resolves true when it is shown (or already was), false when it could not be loaded
   * or a later call overtook this one. Never rejects.
   */
  openStory(id: string): Promise<boolean>;
  /** Reader action: open a story with a fresh view (every outlet, no question), keeping language and digits. */
  chooseStory(id: string): Promise<boolean>;
}

export const createStoriesSlice =
  (options: StoriesOptions = {}): SliceCreator<StoriesSlice> =>
  (set, get) => {
    // Only the latest request may show its story: a slow load must not replace one the reader opened after it.
    let latest = 0;
    return {
      stories: options.stories ?? [],
      storyLoading: null,
      async openStory(id) {
        const ticket = ++latest;
        // Already shown: any load still under way is for a story the reader has since left.
        if (get().base.story.id === id) {
          set({ storyLoading: null });
          return true;
        }
        set({ storyLoading: id });
        try {
          if (!options.loadStory) throw new Error('no story loader');
          const base = await options.loadStory(id);
          if (ticket !== latest) return false;
          // The reader's own articles of that story join it afterwards (own-sync follows `base`).
          get().setBase(base);
          return true;
        } catch (error) {
          console.error(`Could not load the story ${id}`, error);
          return false;
        } finally {
          if (ticket === latest) set({ storyLoading: null });
        }
      },
      async chooseStory(id) {
        const ok = await get().openStory(id);
        if (!ok) return false;
        const { view, stories } = get();
        const story = id === stories[0]?.id ? null : id;
        get().applyView({ ...view, story, outlets: null, question: null });
        return true;
      },
    };
  };

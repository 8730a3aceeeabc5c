import { type Corpus, SCHEMA_VERSION, type StorySummary } from '../../core/types.ts';
import type { SliceCreator } from './types.ts';

/** A story made in the browser, before its articles join: the reader's articles are its only ones. */
export function emptyStory(summary: StorySummary): Corpus {
  return {
    schemaVersion: SCHEMA_VERSION,
    story: { id: summary.id, title: summary.title, ...(summary.date ? { date: summary.date } : {}) },
    outlets: [],
    articles: [],
    problems: [],
    questions: [],
    facts: [],
    wire: [],
  };
}

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
  /** The stories made in this browser (own-sync reads them from storage), after the bundled ones. */
  setOwnStories(own: StorySummary[]): void;
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
          const own = get().stories.find((story) => story.id === id && story.own);
          if (!own && !options.loadStory) throw new Error('no story loader');
          const base = own ? emptyStory(own) : await options.loadStory!(id);
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
      setOwnStories(own) {
        const bundled = get().stories.filter((story) => !story.own);
        const stories = [...bundled, ...own.map((story) => ({ ...story, own: true as const }))];
        set({ stories });
        // The story shown was renamed: its title follows.
        const { base } = get();
        const shown = own.find((story) => story.id === base.story.id);
        if (shown && (shown.title.ar !== base.story.title.ar || shown.date !== base.story.date)) {
          const story = { ...base.story, title: shown.title };
          if (shown.date) story.date = shown.date;
          else delete story.date;
          get().retitle(story);
        }
      },
    };
  };

// The one store, built from slices. Vanilla (no React) so url-sync and tests drive it directly.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Corpus } from '../core/types.ts';
import { createCopySlice } from './slices/copy.ts';
import { createCorpusSlice } from './slices/corpus.ts';
import { createFocusSlice } from './slices/focus.ts';
import { createNoticesSlice } from './slices/notices.ts';
import { createOwnSlice } from './slices/own.ts';
import { createStoriesSlice, type StoriesOptions } from './slices/stories.ts';
import type { AppState } from './slices/types.ts';
import { createViewSlice } from './slices/view.ts';
import type { ViewState } from './view.ts';

export type { AppState } from './slices/types.ts';

export function createAppStore(corpus: Corpus, initialView?: ViewState, stories?: StoriesOptions) {
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createCorpusSlice(corpus)(...a),
      ...createStoriesSlice(stories)(...a),
      ...createViewSlice(initialView)(...a),
      ...createNoticesSlice(...a),
      ...createCopySlice(...a),
      ...createFocusSlice(...a),
      ...createOwnSlice(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

import type { StateCreator } from 'zustand/vanilla';
import type { CopySlice } from './copy.ts';
import type { CorpusSlice } from './corpus.ts';
import type { FocusSlice } from './focus.ts';
import type { NoticesSlice } from './notices.ts';
import type { OwnSlice } from './own.ts';
import type { StoriesSlice } from './stories.ts';
import type { ViewSlice } from './view.ts';

export type AppState = CorpusSlice &
  StoriesSlice &
  ViewSlice &
  NoticesSlice &
  CopySlice &
  FocusSlice &
  OwnSlice;

/** A slice creator that may read and write the whole state (zustand slices pattern). */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

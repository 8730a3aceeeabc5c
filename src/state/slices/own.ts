// The reader's own articles: what is stored, what could not be, what the last addition did. The work itself
// (worker, IndexedDB) lives in own-sync.ts, which registers its actions here when it starts.
import type { AddedInput, OwnRecord } from '../../core/add-articles.ts';
import type { InputProblem } from '../../core/types.ts';
import type { OutletOption } from '../../worker/messages.ts';
import type { SliceCreator } from './types.ts';

export type StorageState = 'ok' | 'unavailable' | 'quota' | 'failed';

/** What happened to one input of the last addition. */
export type AddResult =
  | { name: string; status: 'added'; id: string; saved: boolean }
  | { name: string; status: 'refused'; problem: InputProblem };

export interface OwnActions {
  /** Analyses and adds the inputs; resolves when they are shown (and stored, where storage works). */
  add(inputs: AddedInput[]): Promise<void>;
  /** Removes one of the reader's articles from the page and the browser; `undo` brings it back. */
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  /** The registry's outlets, for the "which outlet?" list (they live in the worker's chunk). */
  outlets(): Promise<OutletOption[]>;
}

export interface OwnState {
  /** The reader's articles of the story shown, in the order they were added. */
  records: OwnRecord[];
  /** Ids of records shown this session that could not be stored (they will not survive a reload). */
  unsaved: string[];
  /** How the browser's storage last behaved; `ok` until it fails. */
  storage: StorageState;
  /** Stored entries of this story that could not be read (skipped; the others loaded). */
  corrupted: number;
  /** Progress of the analysis under way, or null. */
  busy: { done: number; total: number; name: string } | null;
  /** The last addition, input by input. */
  results: AddResult[];
  /** The analysis failed outright (the worker could not run): its message, for the reader. */
  error: string | null;
  /** The record the last removal took away, while it can be undone. */
  removed: OwnRecord | null;
  /** Milliseconds the worker spent on the last analysis (for the closing note's timings and tests). */
  lastMs: number | null;
}

export interface OwnSlice {
  own: OwnState;
  /** Set by startOwnArticles; null until then (and in tests that do not start it). */
  ownActions: OwnActions | null;
  /**
   * Starts the reader's own articles (storage and the worker client, a chunk of their own) if they are not yet:
   * the entry starts them at once only for a reader who has stored some; the "add" button starts them for the rest.
   * Null in tests that do not start them.
   */
  startOwn: (() => Promise<void>) | null;
  patchOwn(patch: Partial<OwnState>): void;
  setOwnActions(actions: OwnActions): void;
  setStartOwn(start: () => Promise<void>): void;
}

export const INITIAL_OWN: OwnState = {
  records: [],
  unsaved: [],
  storage: 'ok',
  corrupted: 0,
  busy: null,
  results: [],
  error: null,
  removed: null,
  lastMs: null,
};

export const createOwnSlice: SliceCreator<OwnSlice> = (set, get) => ({
  own: INITIAL_OWN,
  ownActions: null,
  startOwn: null,
  patchOwn(patch) {
    set({ own: { ...get().own, ...patch } });
  },
  setOwnActions(actions) {
    set({ ownActions: actions });
  },
  setStartOwn(startOwn) {
    set({ startOwn });
  },
});

// The reader's own articles: what is stored, what could not be, what the last addition did. The work itself
// (worker, IndexedDB) lives in own-sync.ts, which registers its actions here when it starts.
import type { AddedInput, OwnRecord } from '../../core/add-articles.ts';
import type { InputProblem } from '../../core/types.ts';
import type { StoryFile, StoryFileProblem, StoryMeta } from '../../storage/story-file.ts';
import type { OutletOption } from '../../worker/messages.ts';
import type { SliceCreator } from './types.ts';

export type StorageState = 'ok' | 'unavailable' | 'quota' | 'failed';

/** What happened to one input of the last addition. */
export type AddResult =
  | { name: string; status: 'added'; id: string; saved: boolean }
  | { name: string; status: 'refused'; problem: InputProblem }
  /** Held back: it has little in common with the story's articles (`shared`: the few words it does share). */
  | { name: string; status: 'off-topic'; title: string; shared: string[] };

/** What opening a story file or a story link did. */
export type ImportOutcome = (
  | { ok: true; story: string; title: string; added: number; view: string }
  | { ok: false; problem: StoryFileProblem }
) & {
  /** The story came in a link rather than a file. */
  via?: 'link';
};

export interface OwnActions {
  /** Analyses and adds the inputs; resolves when they are shown (and stored, where storage works). */
  add(inputs: AddedInput[]): Promise<void>;
  /** Removes one of the reader's articles from the page and the browser; `undo` brings it back. */
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  /** The registry's outlets, for the "which outlet?" list (they live in the worker's chunk). */
  outlets(): Promise<OutletOption[]>;
  /** A new, empty comparison kept in this browser, opened at once; its id, or null when it could not be stored. */
  createStory(title: string, date?: string): Promise<string | null>;
  renameStory(id: string, title: string, date?: string): Promise<void>;
  /** Deletes a story made in this browser with its articles; `undoDeleteStory` brings it back. */
  deleteStory(id: string): Promise<void>;
  undoDeleteStory(): Promise<void>;
  /** Keeps a story file's articles in this browser (merging with what is there) and shows its story. */
  importStory(file: StoryFile): Promise<ImportOutcome>;
  /** The story shown as a story file, with the view `view` (the query part of the address). */
  storyFile(view: string): StoryFile;
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
  /** Inputs of the last addition held back as off-topic, until the reader adds them anyway or elsewhere. */
  held: AddedInput[];
  /** The story the last deletion took away, while it can be undone. */
  removedStory: { story: StoryMeta; records: OwnRecord[] } | null;
  /** What the last story file or story link did, for the notice. */
  imported: ImportOutcome | null;
  /** A link carrying the story that the clipboard refused: shown for the reader to copy by hand. */
  storyLink: string | null;
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
  /** Resolves when the reader's articles of the story shown are loaded (or could not be); null until started. */
  ownLoaded: (() => Promise<void>) | null;
  /** The dialog open over the page: adding articles, or starting a new comparison. */
  dialog: 'add' | 'story' | null;
  setDialog(dialog: 'add' | 'story' | null): void;
  patchOwn(patch: Partial<OwnState>): void;
  setOwnActions(actions: OwnActions, loaded?: () => Promise<void>): void;
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
  held: [],
  removedStory: null,
  imported: null,
  storyLink: null,
};

export const createOwnSlice: SliceCreator<OwnSlice> = (set, get) => ({
  own: INITIAL_OWN,
  ownActions: null,
  startOwn: null,
  ownLoaded: null,
  dialog: null,
  setDialog(dialog) {
    set({ dialog });
  },
  patchOwn(patch) {
    set({ own: { ...get().own, ...patch } });
  },
  setOwnActions(actions, loaded) {
    set({ ownActions: actions, ...(loaded ? { ownLoaded: loaded } : {}) });
  },
  setStartOwn(startOwn) {
    set({ startOwn });
  },
});

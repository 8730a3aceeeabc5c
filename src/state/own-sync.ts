// The reader's own articles kept in step with the story shown: read from the browser's storage when a story
// opens, analysed in the worker, shown with setCorpus; added and removed on the reader's request. Nothing here
// throws at the caller: a storage that fails or hangs leaves the bundled story shown and the reader told.
import type { AddedInput, OwnRecord } from '../core/add-articles.ts';
import type { Corpus, InputProblem } from '../core/types.ts';
import type { OwnStorage } from '../storage/own-storage.ts';
import type { Analyzer } from '../worker/client.ts';
import { ownStories, storageState, withTimeout } from './own-stories.ts';
import type { AddResult, OwnState, StorageState } from './slices/own.ts';
import type { AppStore } from './store.ts';

export interface OwnDeps {
  analyzer?: Analyzer;
  storage?: OwnStorage;
  /** How long start waits for storage and analysis before the page goes on without them. */
  timeoutMs?: number;
}

/** Long enough for a slow disk and a worker's first analysis; short enough that a hung IndexedDB is not a blank page. */
const DEFAULT_TIMEOUT_MS = 4000;

/** The same story with the same bundled articles (a renamed story is still the same). */
const sameBase = (a: Corpus, b: Corpus) => a.story.id === b.story.id && a.articles === b.articles;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isStale = (error: unknown) => (error as { name?: unknown } | null)?.name === 'StaleRequest';

/** The inputs' fates in input order: each takes the next added record or refusal under its name. */
function resultsOf(
  inputs: AddedInput[],
  added: OwnRecord[],
  problems: InputProblem[],
  saved: Set<string>,
): AddResult[] {
  const left = [...added];
  const refused = [...problems];
  return inputs.flatMap((input): AddResult[] => {
    const a = left.findIndex((r) => r.name === input.name);
    if (a >= 0) {
      const [record] = left.splice(a, 1);
      return [{ name: input.name, status: 'added', id: record!.id, saved: saved.has(record!.id) }];
    }
    const p = refused.findIndex((r) => r.file === input.name);
    if (p < 0) return [];
    const [problem] = refused.splice(p, 1);
    return [{ name: input.name, status: 'refused', problem: problem! }];
  });
}

/**
 * Reads the stored articles of the story shown, shows them, and does so again whenever the story changes;
 * registers the add / remove / undo actions. Resolves within `timeoutMs` even when storage hangs (the load
 * then finishes in the background), and never rejects.
 */
export async function startOwnArticles(store: AppStore, deps: OwnDeps = {}): Promise<void> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const patch = (p: Partial<OwnState>) => store.getState().patchOwn(p);
  // Loaded on demand, in chunks of their own: the page's first bundle does not carry the worker client,
  // idb-keyval or the record schema.
  let analyzer: Promise<Analyzer> | undefined;
  let opened: Promise<OwnStorage> | undefined;
  const getAnalyzer = () =>
    (analyzer ??= deps.analyzer
      ? Promise.resolve(deps.analyzer)
      : import('../worker/default-analyzer.ts').then((m) => m.defaultAnalyzer()));
  const getStorage = () =>
    (opened ??= deps.storage
      ? Promise.resolve(deps.storage)
      : import('../storage/own-storage.ts').then((m) => m.createOwnStorage()));
  /** One storage call, given up on (as unavailable) when it does not answer in time. */
  const storage = <T>(run: (s: OwnStorage) => Promise<T>): Promise<T> =>
    withTimeout(getStorage().then(run), timeoutMs);

  /** Shows `corpus` unless the story changed meanwhile (a new title is not a change: the analysis still holds). */
  const show = (base: Corpus, corpus: Corpus) => {
    const now = store.getState().base;
    if (sameBase(now, base)) store.getState().setCorpus({ ...corpus, story: now.story });
  };

  let generation = 0;
  let current: Promise<void> = Promise.resolve();
  const loadFor = (base: Corpus): Promise<void> => {
    current = load(base);
    return current;
  };
  const load = async (base: Corpus) => {
    const mine = ++generation;
    patch({
      records: [],
      unsaved: [],
      corrupted: 0,
      results: [],
      removed: null,
      busy: null,
      error: null,
      held: [],
    });
    let loaded: Awaited<ReturnType<OwnStorage['load']>>;
    try {
      loaded = await storage((s) => s.load(base.story.id));
    } catch (error) {
      if (mine === generation) patch({ storage: storageState(error) });
      return;
    }
    if (mine !== generation) return;
    patch({ records: loaded.records, corrupted: loaded.corrupted, storage: 'ok' });
    if (loaded.records.length === 0) return;
    try {
      const outcome = await (await getAnalyzer()).rejoin(base, loaded.records);
      if (mine !== generation) return;
      show(base, outcome.corpus);
      patch({ lastMs: outcome.ms });
      const refused = outcome.problems.map((problem) => ({
        name: problem.file,
        status: 'refused' as const,
        problem,
      }));
      if (refused.length > 0) patch({ results: refused });
    } catch (error) {
      if (!isStale(error) && mine === generation) patch({ error: messageOf(error) });
    }
  };

  /** Stores records one by one; those that fail stay shown and are listed as unsaved. */
  const save = async (story: string, records: OwnRecord[]) => {
    const saved = new Set<string>();
    let state: StorageState | undefined;
    for (const record of records) {
      try {
        await storage((s) => s.put(story, record));
        saved.add(record.id);
        state = 'ok';
      } catch (error) {
        state = storageState(error);
      }
    }
    return { saved, state };
  };

  const reanalyse = async (base: Corpus, records: OwnRecord[]) => {
    if (records.length === 0) return base;
    return (await (await getAnalyzer()).rejoin(base, records)).corpus;
  };

  const stories = ownStories(store, { storage, loadFor, patch });

  store.getState().setOwnActions(
    {
      ...stories.actions,
      async outlets() {
        return (await getAnalyzer()).outlets();
      },

      async add(inputs) {
        const { base, own } = store.getState();
        patch({ busy: { done: 0, total: inputs.length, name: '' }, results: [], error: null, removed: null });
        let outcome: Awaited<ReturnType<Analyzer['add']>>;
        try {
          outcome = await (await getAnalyzer()).add(base, own.records, inputs, (done, total, name) =>
            patch({ busy: { done, total, name } }),
          );
        } catch (error) {
          if (!isStale(error)) patch({ busy: null, error: messageOf(error) });
          return;
        }
        if (!sameBase(store.getState().base, base)) return;
        show(base, outcome.corpus);
        // A selection of outlets would hide the new columns: the reader asked to see them, so they join it.
        const { view, setOutlets, corpus } = store.getState();
        if (view.outlets !== null && outcome.added.length > 0) {
          const added = new Set(outcome.added.map((r) => r.id));
          const theirs = corpus.articles.filter((a) => added.has(a.id)).map((a) => a.attribution.outletId);
          setOutlets([...view.outlets, ...theirs]);
        }
        const { saved, state } = await save(base.story.id, outcome.added);
        const current = store.getState().own;
        patch({
          records: [...current.records, ...outcome.added],
          unsaved: [...current.unsaved, ...outcome.added.filter((r) => !saved.has(r.id)).map((r) => r.id)],
          ...(state ? { storage: state } : {}),
          busy: null,
          results: [
            ...resultsOf(inputs, outcome.added, outcome.problems, saved),
            ...outcome.offTopic.map((o) => ({
              name: o.name,
              status: 'off-topic' as const,
              title: o.title,
              shared: o.shared,
            })),
          ],
          held: inputs.filter((input) => outcome.offTopic.some((o) => o.name === input.name)),
          lastMs: outcome.ms,
        });
        stories.counted(base.story.id, store.getState().own.records.length);
      },

      async remove(id) {
        const { base, own } = store.getState();
        const record = own.records.find((r) => r.id === id);
        if (!record) return;
        const rest = own.records.filter((r) => r.id !== id);
        patch({ records: rest, unsaved: own.unsaved.filter((u) => u !== id), removed: record, results: [] });
        stories.counted(base.story.id, rest.length);
        try {
          await storage((s) => s.remove(base.story.id, id));
        } catch (error) {
          patch({ storage: storageState(error) });
        }
        try {
          show(base, await reanalyse(base, rest));
        } catch (error) {
          if (!isStale(error)) patch({ error: messageOf(error) });
        }
      },

      async undo() {
        const { base, own } = store.getState();
        const record = own.removed;
        if (!record) return;
        const records = [...own.records, record];
        patch({ records, removed: null });
        stories.counted(base.story.id, records.length);
        const { saved, state } = await save(base.story.id, [record]);
        patch({
          ...(state ? { storage: state } : {}),
          ...(saved.has(record.id) ? {} : { unsaved: [...store.getState().own.unsaved, record.id] }),
        });
        try {
          show(base, await reanalyse(base, records));
        } catch (error) {
          if (!isStale(error)) patch({ error: messageOf(error) });
        }
      },
    },
    () => current,
  );

  store.subscribe(
    (state) => state.base,
    (base, previous) => {
      if (!sameBase(base, previous)) void loadFor(base);
    },
  );

  // The stories made in this browser join the picker first: a link may name one.
  await stories.list().catch((error: unknown) => patch({ storage: storageState(error) }));
  // The page waits for the reader's articles (a shared link may name them), but not for ever.
  await withTimeout(loadFor(store.getState().base), timeoutMs).catch(() => undefined);
}

// The only module that touches window.history and window.location.
// Start: read the URL into the store and normalise it with replaceState. Reader changes: pushState, so Back
// restores the previous view. Back/Forward (popstate): read the URL into the store again.
import type { AppState, AppStore } from './store.ts';
import {
  type Dropped,
  linkNamesOwn,
  namesMissingOwn,
  stateFromUrl,
  storyInQuery,
  urlFromState,
} from './url.ts';
import type { ViewState } from './view.ts';

/** The part of `window` url-sync uses; tests pass a fake. */
export interface HistoryHost {
  location: { search: string; pathname: string; hash: string; href: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Whether the query's `o=` names an outlet not among `known` (`all` aside). */
function namesUnknownOutlets(search: string, known: readonly string[]): boolean {
  const o = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('o');
  if (!o) return false;
  const ids = new Set(known);
  return o
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .some((t) => t !== '' && t !== 'all' && !ids.has(t));
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: AppStore, host: HistoryHost = window): () => void {
  // The fragment is not part of the view: it is dropped, so a link cannot carry text the app did not write.
  const address = (view: ViewState) => `${host.location.pathname}${urlFromState(view)}`;
  // True while the store takes a view from the URL, so that change is not pushed back as a new entry.
  let applying = false;

  const applySearch = (search: string, extra: Dropped[] = []) => {
    const { outletIds, questionIds, stories } = store.getState();
    const storyIds = stories.map((story) => story.id);
    const { view, dropped } = stateFromUrl(search, { outletIds, questionIds, storyIds });
    applying = true;
    try {
      store.getState().applyUrl(view, [...extra, ...dropped]);
    } finally {
      applying = false;
    }
    // A link naming what its sender added in their own browser stays as written: the reader may yet open the
    // sender's story file, and the same link then shows them the sender's view.
    if (namesMissingOwn(dropped)) return;
    const canonical = urlFromState(store.getState().view);
    if (host.location.search !== canonical)
      host.history.replaceState(null, '', address(store.getState().view));
  };

  // Bumped by every read, so a story that finishes loading after the reader moved on applies nothing.
  let reads = 0;
  const readUrl = () => {
    const search = host.location.search;
    const { stories, base } = store.getState();
    const storyIds = stories.map((story) => story.id);
    const wanted = storyInQuery(search, storyIds) ?? storyIds[0] ?? base.story.id;
    const read = ++reads;
    if (wanted === base.story.id) {
      // A link naming outlets this story lacks may name those of the reader's own articles (an article they
      // added and gave a registry outlet, «الجزيرة»): read it once those are loaded, or it would drop them.
      if (namesUnknownOutlets(search, store.getState().outletIds) && store.getState().startOwn) {
        void (async () => {
          await store.getState().startOwn?.();
          await store.getState().ownLoaded?.();
          if (read === reads) applySearch(search);
        })();
        return;
      }
      applySearch(search);
      return;
    }
    // The outlets and question a link names belong to its story: load the story first, then read the rest.
    void store
      .getState()
      .openStory(wanted)
      .then(async (opened) => {
        // The reader's articles of that story must be there before the outlets the link names are read.
        if (opened && (linkNamesOwn(search) || namesUnknownOutlets(search, store.getState().outletIds))) {
          await store.getState().startOwn?.();
          await store.getState().ownLoaded?.();
        }
        if (read !== reads) return;
        if (opened) applySearch(search);
        else {
          // Stay on the story that is open, and say which one could not be loaded.
          const rest = new URLSearchParams(search);
          rest.delete('s');
          applySearch(`?${rest.toString()}`, [{ kind: 'story-unavailable', param: 's', value: wanted }]);
        }
      });
  };

  readUrl();
  active = {
    navigate(search) {
      host.history.pushState(null, '', `${host.location.pathname}${search}`);
      readUrl();
    },
    dropFragment() {
      if (host.location.hash !== '')
        host.history.replaceState(null, '', `${host.location.pathname}${host.location.search}`);
    },
  };

  const unsubscribe = store.subscribe(
    (state) => state.view,
    (view) => {
      if (applying || urlFromState(view) === host.location.search) return;
      host.history.pushState(null, '', address(view));
    },
  );
  host.addEventListener('popstate', readUrl);

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', readUrl);
    active = undefined;
  };
}

let active: { navigate(search: string): void; dropFragment(): void } | undefined;

/** Opens the view a query names (e.g. the one a story file carries), as a new history entry. */
export function navigateTo(search: string): void {
  active?.navigate(search.startsWith('?') ? search : `?${search}`);
}

/** Removes the fragment from the address (a story link's, once its story is kept). */
export function dropFragment(): void {
  active?.dropFragment();
}

/** The address of the current view, for sharing. */
export function currentHref(): string {
  return window.location.href;
}

/**
 * The address to share. Usually the current one; but "every outlet" is written as no `o=` at all, which would not
 * tell a recipient that the sender's view held articles the sender added in their own browser. Then the link lists
 * the outlets, so the recipient is told which of them they do not have.
 */
export function shareHref(
  state: AppState,
  location: Pick<Location, 'origin' | 'pathname' | 'href'> = window.location,
): string {
  const { view, outletIds, corpus } = state;
  const hasOwn = corpus.outlets.some((outlet) => outlet.own && outletIds.includes(outlet.id));
  if (view.outlets !== null || !hasOwn) return location.href;
  return `${location.origin}${location.pathname}${urlFromState({ ...view, outlets: [...outletIds] })}`;
}

export function reloadPage(): void {
  window.location.reload();
}

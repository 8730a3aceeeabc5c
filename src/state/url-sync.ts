// The only module that touches window.history and window.location.
// Start: read the URL into the store and normalise it with replaceState. Reader changes: pushState, so Back
// restores the previous view. Back/Forward (popstate): read the URL into the store again.
import type { AppStore } from './store.ts';
import { stateFromUrl, urlFromState } from './url.ts';
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

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: AppStore, host: HistoryHost = window): () => void {
  // The fragment is not part of the view: it is dropped, so a link cannot carry text the app did not write.
  const address = (view: ViewState) => `${host.location.pathname}${urlFromState(view)}`;
  // True while the store takes a view from the URL, so that change is not pushed back as a new entry.
  let applying = false;

  const readUrl = () => {
    const { outletIds, questionIds } = store.getState();
    const { view, dropped } = stateFromUrl(host.location.search, { outletIds, questionIds });
    applying = true;
    try {
      store.getState().applyUrl(view, dropped);
    } finally {
      applying = false;
    }
    const canonical = urlFromState(store.getState().view);
    if (host.location.search !== canonical)
      host.history.replaceState(null, '', address(store.getState().view));
  };

  readUrl();

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
  };
}

/** The address of the current view, for sharing. */
export function currentHref(): string {
  return window.location.href;
}

export function reloadPage(): void {
  window.location.reload();
}

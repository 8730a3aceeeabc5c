// Entry: the story the address names (its data fetched, the default one preloaded), one store synced with the URL,
// the app inside an error boundary. The build prerenders the default view into index.html
// (src/build/prerender-plugin.ts), and its head script loads this module (src/prerender/first-view.ts): when the
// address asks for that view, React hydrates it; otherwise the head script has hidden it and the view asked for is
// rendered from scratch, then shown.
import './fonts.css';
import './index.css';
import 'virtual:first-view.css';
import { loaders, stories } from 'virtual:stories';
import { type ReactNode, startTransition, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Corpus } from './core/types.ts';
import { loadCatalog } from './i18n/catalogs.ts';
import { hidePrerendered, prerenderedStory, showRendered } from './prerender/first-view.ts';
import { AppTree } from './prerender/tree.tsx';
import { type AppStore, createAppStore } from './state/store.ts';
import { linkNamesOwn, storyInQuery } from './state/url.ts';
import { startUrlSync } from './state/url-sync.ts';
import { DEFAULT_VIEW, sameView } from './state/view.ts';
import { OWN_DATABASE } from './storage/database-name.ts';
import { hasStoryLink } from './storage/story-id.ts';
import { ErrorBoundary } from './ui/layout/ErrorBoundary.tsx';

async function loadStory(id: string): Promise<Corpus> {
  const load = loaders[id];
  if (!load) throw new Error(`no story "${id}"`);
  return (await load()).default;
}

/** The story the address names, when it is another than the default and it loads; else the default. */
async function firstCorpus(): Promise<Corpus> {
  const ids = stories.map((story) => story.id);
  const wanted = storyInQuery(window.location.search, ids);
  if (wanted !== null) {
    try {
      return await loadStory(wanted);
    } catch (error) {
      // url-sync tries again and tells the reader; the default story is shown meanwhile.
      console.error(`Could not load the story ${wanted}`, error);
    }
  }
  return loadStory(ids[0]!);
}

/**
 * Whether this browser may hold articles the reader added: false only when IndexedDB lists its databases and ours is
 * not among them. Anything unclear (no listing, an error, no IndexedDB at all) says "may", so storage problems are
 * found and told as before.
 */
async function mayHaveOwnArticles(): Promise<boolean> {
  try {
    const list = await indexedDB.databases();
    return list.some((db) => db.name === OWN_DATABASE);
  } catch {
    return true;
  }
}

/** Shown when not even the default story could be loaded: the error boundary's message, with its reload button. */
function BootFailed({ error }: { error: unknown }): never {
  throw error;
}

/** Shows the page once React has put the view asked for in place of the hidden prerendered one, before paint. */
function Reveal({ children }: { children: ReactNode }) {
  useLayoutEffect(showRendered, []);
  return children;
}

/**
 * Whether the page may adopt the prerendered HTML: it holds the default view of this store's story, and the view the
 * address asks for is that one. React hydrates from the store's initial state (zustand's server snapshot), which is
 * the default view of `corpus`; what url-sync or the reader's own articles change afterwards is an ordinary update.
 */
function adoptsPrerendered(prerendered: string | null, store: AppStore): boolean {
  const { base, view, notices } = store.getState();
  return (
    prerendered === base.story.id &&
    store.getInitialState().base === base &&
    sameView(view, DEFAULT_VIEW) &&
    notices.dropped.length === 0
  );
}

async function boot(mount: HTMLElement): Promise<void> {
  const prerendered = prerenderedStory();
  let corpus: Corpus;
  try {
    corpus = await firstCorpus();
  } catch (error) {
    hidePrerendered();
    createRoot(mount).render(
      <Reveal>
        <ErrorBoundary>
          <BootFailed error={error} />
        </ErrorBoundary>
      </Reveal>,
    );
    return;
  }
  const store = createAppStore(corpus, undefined, { stories, loadStory });
  // The reader's own articles (storage and the worker client, a chunk of their own) start beside the first paint
  // for a reader who has stored some, and when the "add" button is first used for everyone else. Only a link that
  // names one of them waits for them, so that its outlets are known when the link is read.
  let started: Promise<void> | undefined;
  const startOwn = () =>
    (started ??= import('./state/own-sync.ts')
      .then((m) => m.startOwnArticles(store))
      .catch((error: unknown) => console.error('Could not start the reader’s own articles', error)));
  store.getState().setStartOwn(startOwn);
  // A link may carry its story (in the fragment): it is kept in this browser before the view it names is read.
  const carried = hasStoryLink(window.location.hash);
  const share = carried ? import('./ui/stories/story-share.ts') : undefined;
  if (linkNamesOwn(window.location.search) || carried) await startOwn();
  else if (await mayHaveOwnArticles()) void startOwn();
  if (share) {
    await share
      .then((m) => m.openLinkStory(store, window.location.hash, window.location.search))
      .catch((error: unknown) => console.error('Could not open the story the link carries', error));
  }
  try {
    startUrlSync(store);
  } catch (error) {
    // Without the URL the app still works from the default view; say so in the console, not with a blank page.
    console.error('Could not read the view from the address', error);
  }
  if (share) void share.then((m) => m.dropFragment());
  // A link in English fetches its catalog before the first paint, so the page opens in the language it names.
  await loadCatalog(store.getState().view.lang).catch(() => undefined);
  // A transition: React renders (or hydrates) the page in slices and yields between them, so the first render
  // (hundreds of marked sentences) never blocks input for long.
  if (adoptsPrerendered(prerendered, store)) {
    startTransition(() => {
      hydrateRoot(mount, <AppTree store={store} />);
    });
    return;
  }
  // Another view, or no prerendered one (the dev server): rendered from scratch, the prerendered HTML kept hidden
  // until then (the head script hid it already unless the address looked like the default).
  if (prerendered !== null) hidePrerendered();
  const page = createRoot(mount);
  startTransition(() =>
    page.render(
      <Reveal>
        <AppTree store={store} />
      </Reveal>,
    ),
  );
}

/** The page once parsed: the head script may load this module while the prerendered body is still arriving. */
async function start(): Promise<void> {
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  await boot(root);
}

void start();
void import('./offline/register.ts').then((m) => m.registerOffline()).catch(() => undefined);

// Derived data: computed from the corpus and the view, memoised on the inputs' identity so components
// re-render only when what they show changes.
import type { Article, InputProblem, Outlet } from '../core/types.ts';
import { memoize } from './memo.ts';
import type { AppState } from './slices/types.ts';
import type { Dropped } from './url.ts';

const visibleArticles = memoize((articles: Article[], selected: string[] | null): Article[] => {
  if (selected === null) return articles;
  const wanted = new Set(selected);
  return articles.filter((article) => wanted.has(article.attribution.outletId));
});

/** Articles of the selected outlets, in corpus order. */
export const selectVisibleArticles = (state: AppState): Article[] =>
  visibleArticles(state.corpus.articles, state.view.outlets);

const outletMap = memoize((outlets: Outlet[]) => new Map(outlets.map((outlet) => [outlet.id, outlet])));

export const selectOutletById = (state: AppState): ReadonlyMap<string, Outlet> =>
  outletMap(state.corpus.outlets);

const selectableOutlets = memoize((outlets: Outlet[], ids: string[]): Outlet[] => {
  const wanted = new Set(ids);
  return outlets.filter((outlet) => wanted.has(outlet.id));
});

/** Outlets offered in the filter: those with an article, in corpus order. */
export const selectSelectableOutlets = (state: AppState): Outlet[] =>
  selectableOutlets(state.corpus.outlets, state.outletIds);

const unidentifiedNumbers = memoize((outlets: Outlet[]): ReadonlyMap<string, number> => {
  const unidentified = outlets.filter((outlet) => outlet.unidentified);
  // A number only tells placeholders apart, so a lone one goes without.
  if (unidentified.length < 2) return new Map();
  return new Map(unidentified.map((outlet, i) => [outlet.id, i + 1]));
});

/** Ordinal of each unidentified outlet among its kind, when there is more than one. */
export const selectUnidentifiedNumbers = (state: AppState): ReadonlyMap<string, number> =>
  unidentifiedNumbers(selectSelectableOutlets(state));

export interface Counts {
  /** Identified outlets that reported the story. */
  outlets: number;
  /** Articles no marker or provenance tied to an outlet (each stands as its own placeholder outlet). */
  unidentified: number;
  /** Entries of the outlet filter: identified outlets and placeholders. */
  filterable: number;
  articles: number;
  /** Filter entries currently selected. */
  selectedOutlets: number;
  visibleArticles: number;
}

const counts = memoize(
  (
    outlets: Outlet[],
    outletIds: string[],
    articles: Article[],
    selected: string[] | null,
    visible: Article[],
  ): Counts => {
    const placeholders = new Set(outlets.filter((o) => o.unidentified).map((o) => o.id));
    const unidentified = outletIds.filter((id) => placeholders.has(id)).length;
    return {
      outlets: outletIds.length - unidentified,
      unidentified,
      filterable: outletIds.length,
      articles: articles.length,
      selectedOutlets: selected === null ? outletIds.length : selected.length,
      visibleArticles: visible.length,
    };
  },
);

export const selectCounts = (state: AppState): Counts =>
  counts(
    state.corpus.outlets,
    state.outletIds,
    state.corpus.articles,
    state.view.outlets,
    selectVisibleArticles(state),
  );

export const selectIsOutletSelected = (state: AppState, id: string): boolean =>
  state.view.outlets === null || state.view.outlets.includes(id);

const NO_DROPPED: Dropped[] = [];

/** What the URL had to drop, unless the reader dismissed the notice. */
export const selectShownDropped = (state: AppState): Dropped[] =>
  state.notices.dismissed ? NO_DROPPED : state.notices.dropped;

const NO_PROBLEMS: InputProblem[] = [];

/** Seed files the build could not use, unless the reader dismissed the notice. */
export const selectShownProblems = (state: AppState): InputProblem[] =>
  state.notices.dismissed ? NO_PROBLEMS : state.corpus.problems;

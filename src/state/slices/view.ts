import type { Digits, Lang } from '../../i18n/locale.ts';
import type { Dropped } from '../url.ts';
import { DEFAULT_VIEW, type HighlightMode, normaliseOutlets, sameView, type ViewState } from '../view.ts';
import type { SliceCreator } from './types.ts';

export interface ViewSlice {
  view: ViewState;
  /** Reader action: show or hide one outlet. From "all", hiding one keeps the others. */
  toggleOutlet(id: string): void;
  showAllOutlets(): void;
  setOutlets(ids: string[] | null): void;
  setLang(lang: Lang): void;
  setDigits(digits: Digits): void;
  /** Picks a story question of the matrix (null: none); ids the corpus does not know are ignored. */
  selectQuestion(id: string | null): void;
  setHighlight(mode: HighlightMode): void;
  /** Replaces the whole view (e.g. a fresh view of another story). */
  applyView(view: ViewState): void;
  /** Applies a view read from the URL, with what the URL codec had to drop. */
  applyUrl(view: ViewState, dropped: Dropped[]): void;
}

export const createViewSlice =
  (initial: ViewState = DEFAULT_VIEW): SliceCreator<ViewSlice> =>
  (set, get) => {
    // Replace the view only when it really changes, so subscribers (url-sync) see one change per action.
    const update = (next: ViewState) => {
      if (!sameView(get().view, next)) set({ view: next });
    };
    return {
      view: initial,
      toggleOutlet(id) {
        const { view, outletIds } = get();
        if (!outletIds.includes(id)) return;
        const current = view.outlets ?? outletIds;
        const next = current.includes(id) ? current.filter((o) => o !== id) : [...current, id];
        update({ ...view, outlets: normaliseOutlets(next, outletIds) });
      },
      showAllOutlets() {
        update({ ...get().view, outlets: null });
      },
      setOutlets(ids) {
        const { view, outletIds } = get();
        update({ ...view, outlets: normaliseOutlets(ids, outletIds) });
      },
      setLang(lang) {
        update({ ...get().view, lang });
      },
      setDigits(digits) {
        update({ ...get().view, digits });
      },
      selectQuestion(id) {
        const { view, questionIds } = get();
        if (id !== null && !questionIds.includes(id)) return;
        update({ ...view, question: id });
      },
      setHighlight(highlight) {
        update({ ...get().view, highlight });
      },
      applyView(view) {
        update(view);
      },
      applyUrl(view, dropped) {
        update(view);
        // New problems reopen the notice; a clean read (Back to a good link) clears the old ones quietly.
        const { notices } = get();
        if (dropped.length > 0) set({ notices: { dropped, dismissed: false } });
        else if (notices.dropped.length > 0) set({ notices: { ...notices, dropped } });
      },
    };
  };

import type { SliceCreator } from './types.ts';

/**
 * The sentence the reader asked to see (a matrix cell, a "go to" link in an explanation). Transient: it is
 * a moment's request, not part of the view, so it stays out of the URL. `seq` tells a repeated request for
 * the same sentence from none, so the column scrolls to it again.
 */
export interface FocusSlice {
  focus: { sentenceId: string; seq: number } | null;
  /** Shows the sentence: selects its outlet when the filter hides it, then asks the column to scroll to it. */
  focusSentence(sentenceId: string): void;
  clearFocus(): void;
}

export const createFocusSlice: SliceCreator<FocusSlice> = (set, get) => ({
  focus: null,
  focusSentence(sentenceId) {
    const { corpus, view, toggleOutlet } = get();
    const article = corpus.articles.find((a) =>
      a.paragraphs.some((p) => p.sentences.some((s) => s.id === sentenceId)),
    );
    if (!article) return;
    const outletId = article.attribution.outletId;
    if (view.outlets !== null && !view.outlets.includes(outletId)) toggleOutlet(outletId);
    set({ focus: { sentenceId, seq: (get().focus?.seq ?? 0) + 1 } });
  },
  clearFocus() {
    if (get().focus !== null) set({ focus: null });
  },
});

import type { Corpus, StoryConfig } from '../../core/types.ts';
import { knownOutletIds } from '../corpus-index.ts';
import { normaliseOutlets, sameOutlets } from '../view.ts';
import type { SliceCreator } from './types.ts';

export interface CorpusSlice {
  /** The analysed story as shown: the build's articles plus any the reader added. */
  corpus: Corpus;
  /** The story as the build bundled it, before the reader's own articles joined it. */
  base: Corpus;
  /** Selectable outlet ids in corpus order (outlets that have an article). */
  outletIds: string[];
  /** Question ids in corpus order, for the URL codec. */
  questionIds: string[];
  /** Shows another analysis of the same story (e.g. with the reader's own articles); keeps what of the view still applies. */
  setCorpus(corpus: Corpus): void;
  /** Switches to another story: its bundled corpus becomes both the base and what is shown. */
  setBase(corpus: Corpus): void;
  /** The same story under another title or date (a story the reader made and renamed); nothing is analysed again. */
  retitle(story: StoryConfig): void;
}

function derived(corpus: Corpus) {
  return {
    corpus,
    outletIds: knownOutletIds(corpus),
    questionIds: (corpus.questions ?? []).map((q) => q.id),
  };
}

export const createCorpusSlice =
  (corpus: Corpus): SliceCreator<CorpusSlice> =>
  (set, get) => {
    const show = (next: Corpus, base: Corpus) => {
      const fields = derived(next);
      const { view } = get();
      // A selection keeps the outlets that are still there; a question the new corpus lacks is let go.
      const outlets = view.outlets === null ? null : normaliseOutlets(view.outlets, fields.outletIds);
      const question =
        view.question !== null && fields.questionIds.includes(view.question) ? view.question : null;
      const changed = !sameOutlets(outlets, view.outlets) || question !== view.question;
      set({ ...fields, base, ...(changed ? { view: { ...view, outlets, question } } : {}) });
    };
    return {
      ...derived(corpus),
      base: corpus,
      setCorpus(next) {
        show(next, get().base);
      },
      setBase(next) {
        show(next, next);
      },
      retitle(story) {
        const { base, corpus } = get();
        if (story.id !== base.story.id) return;
        set({ base: { ...base, story }, corpus: { ...corpus, story } });
      },
    };
  };

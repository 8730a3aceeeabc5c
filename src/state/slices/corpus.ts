import type { Corpus } from '../../core/types.ts';
import { knownOutletIds } from '../corpus-index.ts';
import type { SliceCreator } from './types.ts';

export interface CorpusSlice {
  /** The analysed story; read-only while the app runs. */
  corpus: Corpus;
  /** Selectable outlet ids in corpus order (outlets that have an article). */
  outletIds: string[];
  /** Question ids in corpus order, for the URL codec. */
  questionIds: string[];
}

export const createCorpusSlice =
  (corpus: Corpus): SliceCreator<CorpusSlice> =>
  () => ({
    corpus,
    outletIds: knownOutletIds(corpus),
    questionIds: (corpus.questions ?? []).map((q) => q.id),
  });

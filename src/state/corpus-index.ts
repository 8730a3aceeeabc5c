// Facts about the corpus that never change while the app runs.
import type { Corpus } from '../core/types.ts';

/** Outlets the reader can select: those with at least one article, in the corpus's outlet order. */
export function knownOutletIds(corpus: Corpus): string[] {
  const used = new Set(corpus.articles.map((article) => article.attribution.outletId));
  return corpus.outlets.filter((outlet) => used.has(outlet.id)).map((outlet) => outlet.id);
}

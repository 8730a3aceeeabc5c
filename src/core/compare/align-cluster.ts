// Average-linkage clustering of aligned sentences over the sparse pair scores (align-facts.ts): two
// groups merge when the average score of all their pairs reaches the threshold, best first; a pair
// not scored counts 0. Each group keeps the score sums to the groups it has a scored pair with, and
// a heap hands out the best merge, so the work follows the scored pairs instead of the square of the
// groups. Ties go as in the plain all-pairs loop this replaces: the older group first, then the other
// older one (a merged group is younger than every group before it).
import type { AlignmentScores, AlignOptions } from './align-facts.ts';

interface Group {
  members: number[];
  /** How many of its sentences each article has. */
  articles: Map<string, number>;
  /** Per neighbouring group (by age): the sum of pair scores, and how many same-article pairs reach `sameArticle`. */
  links: Map<number, { sum: number; close: number }>;
}

interface Merge {
  avg: number;
  a: number;
  b: number;
}

/** Heap order: the best average, then the older pair. */
const before = (x: Merge, y: Merge) =>
  x.avg !== y.avg ? x.avg > y.avg : x.a !== y.a ? x.a < y.a : x.b < y.b;

class Heap {
  private items: Merge[] = [];
  get size() {
    return this.items.length;
  }
  push(m: Merge) {
    const h = this.items;
    h.push(m);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!before(h[i] as Merge, h[p] as Merge)) break;
      [h[i], h[p]] = [h[p] as Merge, h[i] as Merge];
      i = p;
    }
  }
  pop(): Merge | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l] as Merge, h[m] as Merge)) m = l;
        if (r < h.length && before(h[r] as Merge, h[m] as Merge)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as Merge, h[i] as Merge];
        i = m;
      }
    }
    return top;
  }
}

/** Pairs of sentences of one article between two groups. */
function sameArticlePairs(x: Group, y: Group): number {
  const [small, large] = x.articles.size <= y.articles.size ? [x, y] : [y, x];
  let n = 0;
  for (const [article, k] of small.articles) n += k * (large.articles.get(article) ?? 0);
  return n;
}

/** Groups of unit indexes, at most one sentence per article unless alike, in order of their first unit. */
export function clusterUnits(
  scores: AlignmentScores,
  options: Pick<AlignOptions, 'threshold' | 'sameArticle'>,
): number[][] {
  const { units, neighbours } = scores;
  const groups = new Map<number, Group>();
  units.forEach((u, i) => {
    const links = new Map<number, { sum: number; close: number }>();
    for (const [j, s] of neighbours[i] ?? []) {
      const close = units[j]?.articleId === u.articleId && s >= options.sameArticle ? 1 : 0;
      links.set(j, { sum: s, close });
    }
    groups.set(i, { members: [i], articles: new Map([[u.articleId, 1]]), links });
  });
  const heap = new Heap();
  const offer = (a: number, b: number) => {
    const x = groups.get(a);
    const y = groups.get(b);
    const link = x?.links.get(b);
    if (!x || !y || !link) return;
    // Two sentences of one article that are not alike keep their groups apart.
    if (sameArticlePairs(x, y) !== link.close) return;
    const avg = link.sum / (x.members.length * y.members.length);
    if (avg >= options.threshold) heap.push(a < b ? { avg, a, b } : { avg, a: b, b: a });
  };
  for (const [a, g] of groups) for (const b of g.links.keys()) if (a < b) offer(a, b);
  let age = units.length;
  while (heap.size > 0) {
    const m = heap.pop() as Merge;
    const x = groups.get(m.a);
    const y = groups.get(m.b);
    if (!x || !y) continue; // one side merged since
    const merged: Group = {
      members: [...x.members, ...y.members].sort((p, q) => p - q),
      articles: new Map(x.articles),
      links: new Map(),
    };
    for (const [article, k] of y.articles)
      merged.articles.set(article, (merged.articles.get(article) ?? 0) + k);
    groups.delete(m.a);
    groups.delete(m.b);
    const id = age++;
    for (const side of [x, y])
      for (const [other, link] of side.links) {
        if (other === m.a || other === m.b) continue;
        const sum = merged.links.get(other);
        merged.links.set(
          other,
          sum ? { sum: sum.sum + link.sum, close: sum.close + link.close } : { ...link },
        );
      }
    groups.set(id, merged);
    for (const [other, link] of merged.links) {
      const g = groups.get(other);
      g?.links.delete(m.a);
      g?.links.delete(m.b);
      g?.links.set(id, link);
    }
    for (const other of merged.links.keys()) offer(other, id);
  }
  return [...groups.values()].map((g) => g.members).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

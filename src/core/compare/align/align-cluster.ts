// Average-linkage clustering of aligned sentences over the sparse pair scores (align-facts.ts): two
// groups merge when the average score of all their pairs reaches the threshold, best first; a pair
// not scored counts 0. Each group keeps the score sums to the groups it has a scored pair with, and
// a heap hands out the best merge, so the work follows the scored pairs instead of the square of the
// groups. Ties (scores are capped at 1, so near-copies tie often): copies of one text first, then the
// pair whose first sentences come first in the corpus. That order makes copies of one text one group
// before anything else joins them, which is what lets the aligner score them as one node.
import type { AlignmentScores, AlignOptions } from './align-facts.ts';

interface Group {
  members: number[];
  /** How many of its sentences each article has. */
  articles: Map<string, number>;
  /** Per neighbouring group (by age): the sum of pair scores, and how many same-article pairs reach `sameArticle`. */
  links: Map<number, { sum: number; close: number }>;
  /** The copy class (align-facts.ts `copyOf`) all its sentences share, or -1. */
  copies: number;
}

interface Merge {
  avg: number;
  /** Both groups copies of one text. */
  copy: boolean;
  /** Group ids (a merged group gets a new one). */
  a: number;
  b: number;
  /** Their first sentences, for ties: ageA < ageB. */
  ageA: number;
  ageB: number;
}

/** Heap order: the best average, then copies of one text, then the pair whose first sentences come first. */
const before = (x: Merge, y: Merge) =>
  x.avg !== y.avg
    ? x.avg > y.avg
    : x.copy !== y.copy
      ? x.copy
      : x.ageA !== y.ageA
        ? x.ageA < y.ageA
        : x.ageB < y.ageB;

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

/**
 * Groups of unit indexes, at most one sentence per article unless alike, in order of their first unit.
 *
 * A node's sentences (copies of one text, align-facts.ts) start as one group when the merge of all of
 * them would come first anyway: they score as much with each other as with anything else, reach the
 * threshold, and may share an article. Average linkage merges in order of falling score, so copies that
 * score highest with each other join before any of them joins anything else; a group of copies then
 * links to others exactly as one of its sentences would, weighed by their number. Otherwise its
 * sentences start apart, as if they were different texts.
 */
export function clusterUnits(
  scores: AlignmentScores,
  options: Pick<AlignOptions, 'threshold' | 'sameArticle'>,
): number[][] {
  const { units, nodes, neighbours, self, copyOf } = scores;
  const groups = new Map<number, Group>();
  const articlesOf = (members: readonly number[]) => {
    const m = new Map<string, number>();
    for (const i of members) {
      const a = units[i]?.articleId ?? '';
      m.set(a, (m.get(a) ?? 0) + 1);
    }
    return m;
  };
  // Each node's starting groups, by age (the first unit's index, as if every sentence started alone).
  const starts = nodes.map((members, node) => {
    const sigma = self[node] ?? 0;
    const articles = articlesOf(members);
    const together =
      members.length > 1 &&
      sigma >= options.threshold &&
      [...(neighbours[node]?.values() ?? [])].every((s) => s <= sigma) &&
      ([...articles.values()].every((k) => k === 1) || sigma >= options.sameArticle);
    return together ? [members] : members.map((i) => [i]);
  });
  const link = (s: number, x: readonly number[], y: readonly number[]) => {
    let close = 0;
    if (s >= options.sameArticle) {
      const ax = articlesOf(x);
      for (const j of y) close += ax.get(units[j]?.articleId ?? '') ?? 0;
    }
    return { sum: s * x.length * y.length, close };
  };
  starts.forEach((parts, node) => {
    for (const members of parts) {
      const id = members[0] as number;
      const links = new Map<number, { sum: number; close: number }>();
      const sigma = self[node] ?? 0;
      if (sigma > 0)
        for (const other of parts)
          if (other !== members) links.set(other[0] as number, link(sigma, members, other));
      for (const [next, s] of neighbours[node] ?? [])
        for (const other of starts[next] ?? []) links.set(other[0] as number, link(s, members, other));
      groups.set(id, { members, articles: articlesOf(members), links, copies: copyOf[id] ?? -1 });
    }
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
    if (avg < options.threshold) return;
    const copy = x.copies >= 0 && x.copies === y.copies;
    const [ax, ay] = [x.members[0] as number, y.members[0] as number];
    heap.push(
      ax < ay ? { avg, copy, a, b, ageA: ax, ageB: ay } : { avg, copy, a: b, b: a, ageA: ay, ageB: ax },
    );
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
      copies: x.copies === y.copies ? x.copies : -1,
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

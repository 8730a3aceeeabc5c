// Shared wire copy: passages two outlets print nearly word for word (one agency text, edited a little).
// Such copies are one source, not independent confirmations, and never contradict each other.
import { shortHash } from '../../text/hash.ts';
import type { Article, WireGroup } from '../../types.ts';
import { bodyUnits, foldedWords, longestCommonRun, maskQuotes, type Unit } from '../align/align-units.ts';
import {
  CANDIDATE_LIMITS,
  type CandidateLimits,
  candidatePairs,
  countExamined,
  numberFeatures,
  rarity,
} from '../align/pair-index.ts';
import {
  buildSimilarity,
  type FeatureNumbers,
  type PackedVector,
  packedCosine,
  packVector,
} from '../align/similarity.ts';

/**
 * Thresholds (measured on the seeds and on edited copies, tests/core/compare/wire-copy.test.ts):
 * copies score 0.8–0.93 on characters, the closest non-copy pair 0.53 (one speaker introduced in the
 * same words). Runs of 7 identical words occur between sentences that are not copies (a long name with
 * its title: «قائد الجيش الوطني الليبي المشير خليفة حفتر»), so a run must be longer than any title.
 */
export const WIRE_CHAR_SIMILARITY = 0.6;
export const WIRE_WORD_RUN = 10;
// Quotations set aside, a sentence this short has too little of the outlet's own words to judge.
const MIN_OWN_WORDS = 5;
/**
 * A sentence of fewer words than this, alike in two outlets, is not a copy by itself: news Arabic
 * reports one fact in stock phrases («وتنص المسودة على تشكيل لجنة …», «وعقدت الجلسات في مقر …»), so
 * two reporters write a dozen words alike. A copy shows itself by its length, or as a passage: a
 * second sentence of the same two articles alike too (tests/fixtures/variations/facts g02, g07, g08,
 * g11, g12 are independent one-sentence matches; g05 and the seeds' Al Bayan / Turkey Now pairs are
 * passages).
 */
export const WIRE_LONE_WORDS = 20;

export interface WirePair {
  a: Unit;
  b: Unit;
  similarity: number;
  /** Alike enough to be a copy on its own (a long run of identical words, or a long sentence). */
  alone: boolean;
}

/**
 * Pairs of sentences of different outlets that are copies of one text. Only pairs that share words
 * few sentences have are compared (pair-index.ts): a copy shares nearly all its words.
 */
export function findWirePairs(
  units: readonly Unit[],
  names: readonly string[] = [],
  limits: CandidateLimits = CANDIDATE_LIMITS,
): WirePair[] {
  // Quotations are set aside: two outlets quoting one speech share its words, not a copy.
  const texts = comparedTexts(units);
  const { vectors, words, ids } = readTexts(texts, names);
  const idf = rarity(ids, units.length);
  const pairs: WirePair[] = [];
  const candidates = candidatePairs(ids, idf, limits);
  countExamined(candidates.length);
  for (const [i, j] of candidates) {
    const a = units[i];
    const b = units[j];
    if (a === undefined || b === undefined || a.outlet === b.outlet) continue;
    const copy = judgeCopy(vectors, words, i, j);
    if (copy) pairs.push({ a, b, ...copy });
  }
  return pairs;
}

/** The text each sentence is compared on: its own words, quotations set aside, unless too few are left. */
function comparedTexts(units: readonly Unit[]): string[] {
  const seen = new Map<string, string>();
  return units.map(({ sentence: { text } }) => {
    let compared = seen.get(text);
    if (compared === undefined) {
      const own = maskQuotes(text);
      compared = foldedWords(own).length >= MIN_OWN_WORDS ? own : text;
      seen.set(text, compared);
    }
    return compared;
  });
}

function readTexts(texts: readonly string[], names: readonly string[]) {
  const model = buildSimilarity(texts, { names });
  const numbers: FeatureNumbers = new Map();
  const vectors = texts.map((t) => packVector(model.vectors(t).char, numbers));
  const words = texts.map(foldedWords);
  return { vectors, words, ids: numberFeatures(words).ids };
}

/** Whether texts i and j read as copies: their character similarity, and whether that is enough alone. */
function judgeCopy(
  vectors: readonly PackedVector[],
  words: readonly string[][],
  i: number,
  j: number,
): { similarity: number; alone: boolean } | undefined {
  const va = vectors[i];
  const vb = vectors[j];
  if (va === undefined || vb === undefined) return undefined;
  const char = packedCosine(va, vb);
  const shorter = Math.min(words[i]?.length ?? 0, words[j]?.length ?? 0);
  // The longest common run is the costly part: needed only when the similarity alone does not decide.
  const alone =
    (char >= WIRE_CHAR_SIMILARITY && shorter >= WIRE_LONE_WORDS) ||
    (shorter >= WIRE_WORD_RUN && longestCommonRun(words[i] ?? [], words[j] ?? []) >= WIRE_WORD_RUN);
  return char >= WIRE_CHAR_SIMILARITY || alone ? { similarity: char, alone } : undefined;
}

/**
 * Passages two outlets share nearly word for word, one group per shared text (copies of copies join).
 * `outletOf` maps an article to its outlet: two articles of one outlet repeating themselves are not wire.
 */
export function findWireCopy(
  articles: readonly Article[],
  outletOf: (articleId: string) => string,
  /** The story's actor aliases: a speaker introduced in the same words is not a copy. */
  names: readonly string[] = [],
): WireGroup[] {
  return wireGroups(bodyUnits(articles, outletOf), names);
}

/** The pairs that are copies: alike enough alone, or one of two pairs or more between the same two articles. */
export function copiedPairs(pairs: readonly WirePair[]): WirePair[] {
  const articlesKey = (p: WirePair) => [p.a.articleId, p.b.articleId].sort().join(' ');
  const perArticles = new Map<string, Set<string>>();
  for (const p of pairs) {
    const seen = perArticles.get(articlesKey(p)) ?? new Set<string>();
    seen.add(p.a.sentence.id).add(p.b.sentence.id);
    perArticles.set(articlesKey(p), seen);
  }
  // Two pairs sharing one sentence (a sentence alike to two of the other's) are still one match.
  return pairs.filter((p) => p.alone || (perArticles.get(articlesKey(p))?.size ?? 0) >= 4);
}

export function groupWirePairs(pairs: readonly WirePair[]): WireGroup[] {
  const parent = new Map<Unit, Unit>();
  const find = (u: Unit): Unit => {
    let root = u;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    parent.set(u, root);
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<Unit, { units: Set<Unit>; similarity: number }>();
  for (const { a, b, similarity } of pairs) {
    const root = find(a);
    const g = groups.get(root) ?? { units: new Set<Unit>(), similarity: 0 };
    g.units.add(a).add(b);
    g.similarity = Math.max(g.similarity, similarity);
    groups.set(root, g);
  }
  return asWireGroups([...groups.values()]);
}

/** Groups of sentences as `WireGroup`s: sentences in reading order, a stable id, in order of first sentence. */
function asWireGroups(groups: { units: Iterable<Unit>; similarity: number }[]) {
  return groups
    .map(({ units, similarity }) => {
      const ordered = [...units].sort((x, y) => x.order - y.order);
      const sentenceIds = ordered.map((u) => u.sentence.id);
      return {
        id: `w${shortHash([...sentenceIds].sort().join(' '))}`,
        sentenceIds,
        articleIds: [...new Set(ordered.map((u) => u.articleId))],
        similarity: Math.round(similarity * 1000) / 1000,
        first: ordered[0]?.order ?? 0,
      };
    })
    .sort((x, y) => x.first - y.first)
    .map(({ first: _first, ...group }) => group);
}

/**
 * `groupWirePairs(copiedPairs(findWirePairs(units)))`, computed on distinct texts: a wire-heavy story
 * prints one text in dozens of articles, and every two copies are a pair. Each distinct text is read
 * once and compared with the texts the index offers (and with itself); the pairs of sentences follow
 * from the texts' pairs, article pair by article pair, without being listed.
 */
export function wireGroups(
  units: readonly Unit[],
  names: readonly string[] = [],
  limits: CandidateLimits = CANDIDATE_LIMITS,
): WireGroup[] {
  const compared = comparedTexts(units);
  const textIndex = new Map<string, number>();
  const textOf = new Int32Array(units.length);
  const texts: string[] = [];
  compared.forEach((t, i) => {
    let k = textIndex.get(t);
    if (k === undefined) {
      k = texts.length;
      textIndex.set(t, k);
      texts.push(t);
    }
    textOf[i] = k;
  });
  const articleIndex = new Map<string, number>();
  const articleOf = new Int32Array(units.length);
  const articleOutlet: string[] = [];
  units.forEach((u, i) => {
    let a = articleIndex.get(u.articleId);
    if (a === undefined) {
      a = articleOutlet.length;
      articleIndex.set(u.articleId, a);
      articleOutlet.push(u.outlet);
    }
    articleOf[i] = a;
  });
  // Each text's sentences, by article (in corpus order).
  const byArticle = texts.map(() => new Map<number, number[]>());
  units.forEach((_, i) => {
    const m = byArticle[textOf[i] as number] as Map<number, number[]>;
    const a = articleOf[i] as number;
    const list = m.get(a);
    if (list) list.push(i);
    else m.set(a, [i]);
  });

  // IDF over every sentence (copies counted), vectors and words per distinct text.
  const model = buildSimilarity(compared, { names });
  const numbers: FeatureNumbers = new Map();
  const vectors = texts.map((t) => packVector(model.vectors(t).char, numbers));
  const words = texts.map(foldedWords);
  const { ids } = numberFeatures(words);
  const candidates = candidatePairs(ids, rarity(ids, texts.length), limits);
  countExamined(candidates.length + texts.length);
  const copies: { p: number; q: number; similarity: number; alone: boolean }[] = [];
  const partners = texts.map((): number[] => []);
  const offer = (p: number, q: number) => {
    const copy = judgeCopy(vectors, words, p, q);
    if (!copy) return;
    copies.push({ p, q, ...copy });
    partners[p]?.push(q);
    if (p !== q) partners[q]?.push(p);
  };
  // A text with itself: its copies in two outlets are a pair.
  for (let p = 0; p < texts.length; p++) if ((byArticle[p]?.size ?? 0) > 1) offer(p, p);
  for (const [p, q] of candidates) offer(p, q);

  // How many sentences two articles (of different outlets) have in pairs with each other: four or
  // more make a shared passage, which is wire even where each pair alone is not. Asked only of the
  // articles a pair that is not alike enough alone joins.
  const textsIn = articleOutlet.map(() => new Set<number>());
  const unitsIn = articleOutlet.map((): number[] => []);
  units.forEach((_, u) => {
    textsIn[articleOf[u] as number]?.add(textOf[u] as number);
    unitsIn[articleOf[u] as number]?.push(u);
  });
  const withCopyIn = (a: number, b: number) => {
    let k = 0;
    for (const u of unitsIn[a] ?? [])
      if ((partners[textOf[u] as number] ?? []).some((q) => textsIn[b]?.has(q))) k++;
    return k;
  };
  const sharedMemo = new Map<number, number>();
  const shared = (a: number, b: number) => {
    const key = Math.min(a, b) * articleOutlet.length + Math.max(a, b);
    let k = sharedMemo.get(key);
    if (k === undefined) {
      k = withCopyIn(a, b) + withCopyIn(b, a);
      sharedMemo.set(key, k);
    }
    return k;
  };

  const parent = new Int32Array(units.length).map((_, i) => i);
  const find = (u: number): number => {
    let r = u;
    while (parent[r] !== r) r = parent[r] as number;
    for (let x = u; parent[x] !== r; ) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const best = new Float64Array(units.length).fill(-1);
  const join = (us: readonly number[], vs: readonly number[], similarity: number) => {
    const root = us[0] as number;
    for (const u of [...us, ...vs]) {
      best[u] = Math.max(best[u] as number, similarity);
      const r = find(u);
      const s = find(root);
      if (r !== s) parent[Math.max(r, s)] = Math.min(r, s);
    }
  };
  // Each text's sentences by outlet: a pair alike enough alone joins every two copies of different
  // outlets, so it is joined outlet pair by outlet pair rather than article pair by article pair.
  const byOutlet = texts.map(() => new Map<string, number[]>());
  units.forEach((u, i) => {
    const m = byOutlet[textOf[i] as number] as Map<string, number[]>;
    const list = m.get(u.outlet);
    if (list) list.push(i);
    else m.set(u.outlet, [i]);
  });
  for (const { p, q, similarity, alone } of copies) {
    if (alone) {
      for (const [x, us] of byOutlet[p] ?? [])
        for (const [y, vs] of byOutlet[q] ?? []) if (x !== y) join(us, vs, similarity);
      continue;
    }
    for (const [a, us] of byArticle[p] ?? [])
      for (const [b, vs] of byArticle[q] ?? []) {
        if (articleOutlet[a] === articleOutlet[b] || (p === q && b <= a)) continue;
        // Already one group, every sentence in it at this similarity: nothing to count.
        const done =
          find(us[0] as number) === find(vs[0] as number) &&
          us.every((u) => (best[u] as number) >= similarity) &&
          vs.every((v) => (best[v] as number) >= similarity);
        if (!done && shared(a, b) >= 4) join(us, vs, similarity);
      }
  }
  const groups = new Map<number, number[]>();
  units.forEach((_, u) => {
    if ((best[u] as number) < 0) return;
    const r = find(u);
    const g = groups.get(r);
    if (g) g.push(u);
    else groups.set(r, [u]);
  });
  return asWireGroups(
    [...groups.values()].map((members) => ({
      units: members.map((u) => units[u] as Unit),
      similarity: Math.max(...members.map((u) => best[u] as number)),
    })),
  );
}

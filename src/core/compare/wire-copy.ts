// Shared wire copy: passages two outlets print nearly word for word (one agency text, edited a little).
// Such copies are one source, not independent confirmations, and never contradict each other.
import { shortHash } from '../text/hash.ts';
import type { Article, WireGroup } from '../types.ts';
import { bodyUnits, foldedWords, longestCommonRun, maskQuotes, type Unit } from './align-units.ts';
import {
  CANDIDATE_LIMITS,
  type CandidateLimits,
  candidatePairs,
  countExamined,
  numberFeatures,
  rarity,
} from './pair-index.ts';
import { buildSimilarity, type FeatureNumbers, packedCosine, packVector } from './similarity.ts';

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
  const own = units.map((u) => maskQuotes(u.sentence.text));
  const useOwn = own.map((t) => foldedWords(t).length >= MIN_OWN_WORDS);
  const texts = units.map((u, i) => (useOwn[i] ? (own[i] ?? '') : u.sentence.text));
  const model = buildSimilarity(texts, { names });
  const numbers: FeatureNumbers = new Map();
  const vectors = texts.map((t) => packVector(model.vectors(t).char, numbers));
  const words = texts.map(foldedWords);
  const { ids } = numberFeatures(words);
  const idf = rarity(ids, units.length);
  const pairs: WirePair[] = [];
  const candidates = candidatePairs(ids, idf, limits);
  countExamined(candidates.length);
  for (const [i, j] of candidates) {
    const a = units[i];
    const b = units[j];
    if (a === undefined || b === undefined || a.outlet === b.outlet) continue;
    const va = vectors[i];
    const vb = vectors[j];
    if (va === undefined || vb === undefined) continue;
    const char = packedCosine(va, vb);
    const run = longestCommonRun(words[i] ?? [], words[j] ?? []);
    const shorter = Math.min(words[i]?.length ?? 0, words[j]?.length ?? 0);
    const alone = run >= WIRE_WORD_RUN || (char >= WIRE_CHAR_SIMILARITY && shorter >= WIRE_LONE_WORDS);
    if (char >= WIRE_CHAR_SIMILARITY || alone) pairs.push({ a, b, similarity: char, alone });
  }
  return pairs;
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
  const units = bodyUnits(articles, outletOf);
  return groupWirePairs(copiedPairs(findWirePairs(units, names)));
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
  return [...groups.values()]
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

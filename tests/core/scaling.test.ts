// The comparison scales: the pairs it examines grow with the sentences, not their square, and the
// index that picks them loses no pair that matters (the same scores and facts as comparing every pair).
// Counts, never timings: the same on any machine.
import { describe, expect, it } from 'vitest';
import { syntheticConfig, syntheticInputs } from '../../scripts/bench/synthetic.ts';
import { aliasTexts } from '../../src/core/compare/align/align-actors.ts';
import { clusterUnits } from '../../src/core/compare/align/align-cluster.ts';
import {
  ALIGN_DEFAULTS,
  type AlignmentScores,
  scoreOf,
  scorePairs,
} from '../../src/core/compare/align/align-facts.ts';
import { bodyUnits } from '../../src/core/compare/align/align-units.ts';
import {
  CANDIDATE_LIMITS,
  type CandidateLimits,
  pairsExamined,
  resetPairsExamined,
} from '../../src/core/compare/align/pair-index.ts';
import { compareArticles } from '../../src/core/compare/compare-corpus.ts';
import {
  copiedPairs,
  findWireCopy,
  findWirePairs,
  groupWirePairs,
} from '../../src/core/compare/wire/wire-copy.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';
import { verdictContext } from '../../src/core/judge/rules/fact-context.ts';
import { comparePair, rank } from '../../src/core/judge/rules/fact-verdicts.ts';
import type { Article } from '../../src/core/types.ts';

const config = syntheticConfig();
const story = config.story;
const names = aliasTexts(story.actors);

function articles(n: number, seed = 1): Article[] {
  return syntheticInputs(n, seed).flatMap((input) => {
    const r = ingestArticle(input, { registry: config.registry, articleId: input.file.replace('.txt', '') });
    return r.ok ? [r.article] : [];
  });
}

const outletOf = (arts: Article[]) => {
  const map = new Map(arts.map((a) => [a.id, a.attribution.outletId]));
  return (id: string) => map.get(id) ?? id;
};

/** The clustering as it was before the index: every pair of groups, every step (cubic). */
function denseClusters(scores: AlignmentScores): number[][] {
  const { units } = scores;
  const at = (i: number, j: number) => scoreOf(scores, i, j);
  let clusters = units.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bestPair: [number, number] | undefined;
    for (let x = 0; x < clusters.length; x++)
      for (let y = x + 1; y < clusters.length; y++) {
        const cx = clusters[x] ?? [];
        const cy = clusters[y] ?? [];
        let sum = 0;
        let ok = true;
        for (const i of cx)
          for (const j of cy) {
            const s = at(i, j);
            if (units[i]?.articleId === units[j]?.articleId && s < ALIGN_DEFAULTS.sameArticle) ok = false;
            sum += s;
          }
        const avg = sum / (cx.length * cy.length);
        if (ok && avg >= ALIGN_DEFAULTS.threshold && avg > best) {
          best = avg;
          bestPair = [x, y];
        }
      }
    if (bestPair === undefined) break;
    const [x, y] = bestPair;
    const merged = [...(clusters[x] ?? []), ...(clusters[y] ?? [])].sort((a, b) => a - b);
    clusters = clusters.filter((_, k) => k !== x && k !== y);
    clusters.push(merged);
  }
  return clusters.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

const scoredPairs = (scores: AlignmentScores) => [
  ...scores.neighbours.flatMap((m, i) => [...m].filter(([j]) => i < j).map(([j, s]) => `${i}-${j}:${s}`)),
  ...[...scores.self].map((s, i) => `${i}:${s}`),
];

/** Every unit pair's score, unit by unit. */
const unitScores = (scores: AlignmentScores) => {
  const out: number[] = [];
  for (let i = 0; i < scores.units.length; i++)
    for (let j = i + 1; j < scores.units.length; j++) out.push(scoreOf(scores, i, j));
  return out;
};

describe('the comparison at scale', () => {
  it('on a small story, the index finds every pair that comparing all pairs scores, and the same facts', () => {
    for (const seed of [1, 2]) {
      const arts = articles(8, seed);
      const wire = findWireCopy(arts, outletOf(arts), names);
      // No cap on candidates per sentence: what the index alone finds (the seeds are under the caps).
      const limits = { maxPostings: CANDIDATE_LIMITS.maxPostings, perUnit: Number.POSITIVE_INFINITY };
      const indexed = scorePairs(arts, outletOf(arts), wire, story, { ...ALIGN_DEFAULTS, limits });
      const every = scorePairs(arts, outletOf(arts), wire, story, ALIGN_DEFAULTS, true);
      expect(indexed.units.length).toBeGreaterThan(80);
      expect(scoredPairs(indexed)).toEqual(scoredPairs(every));
      expect(clusterUnits(indexed, ALIGN_DEFAULTS)).toEqual(denseClusters(every));
    }
  }, 120_000);

  it('collapsing copies of one text into one node gives the scores and facts of keeping every sentence apart', () => {
    for (const seed of [1, 2, 3]) {
      const arts = articles(12, seed);
      const wire = findWireCopy(arts, outletOf(arts), names);
      // No cap on candidates: kept apart, a sentence's copies crowd out its other candidates.
      const options = {
        ...ALIGN_DEFAULTS,
        limits: { maxPostings: CANDIDATE_LIMITS.maxPostings, perUnit: Number.POSITIVE_INFINITY },
      };
      const collapsed = scorePairs(arts, outletOf(arts), wire, story, options);
      const apart = scorePairs(arts, outletOf(arts), wire, story, options, false, false);
      // The synthetic stories repeat sentences: the collapse must have something to do.
      expect(collapsed.nodes.length).toBeLessThan(collapsed.units.length * 0.8);
      expect(apart.nodes.length).toBe(apart.units.length);
      expect(unitScores(collapsed)).toEqual(unitScores(apart));
      expect(clusterUnits(collapsed, ALIGN_DEFAULTS)).toEqual(clusterUnits(apart, ALIGN_DEFAULTS));
    }
  }, 120_000);

  it('wire copy found on distinct texts equals wire copy found sentence pair by sentence pair', () => {
    for (const seed of [1, 2, 3]) {
      const arts = articles(16, seed);
      const units = bodyUnits(arts, outletOf(arts));
      const unlimited: CandidateLimits = { maxPostings: Number.POSITIVE_INFINITY, perUnit: units.length };
      const bySentence = groupWirePairs(copiedPairs(findWirePairs(units, names, unlimited)));
      // Copies are common in the synthetic stories, and so are groups.
      expect(bySentence.length).toBeGreaterThan(2);
      expect(bySentence.some((g) => g.articleIds.length > 3)).toBe(true);
      expect(findWireCopy(arts, outletOf(arts), names)).toEqual(bySentence);
    }
  }, 120_000);

  it('verdicts comparing each kind of sentence pair once equal verdicts comparing every pair', () => {
    let judged = 0;
    for (const seed of [1, 2]) {
      const arts = articles(14, seed);
      const out = outletOf(arts);
      const cmp = compareArticles(arts, story, out);
      const ctx = verdictContext(cmp.articles, cmp.wire, story);
      for (const fact of cmp.facts) {
        const located = fact.sentenceIds.flatMap((id) => ctx.byId.get(id) ?? []);
        let best: ReturnType<typeof comparePair>;
        for (let i = 0; i < located.length; i++)
          for (let j = i + 1; j < located.length; j++) {
            const c = comparePair(
              ctx,
              located[i] as (typeof located)[number],
              located[j] as (typeof located)[number],
            );
            if (c && (!best || rank(c) < rank(best))) best = c;
          }
        const sides = fact.contradiction?.sides.map((s) => s.sentenceIds[0]);
        expect(sides).toEqual(best ? [best.a.sentence.id, best.b.sentence.id] : undefined);
        expect(fact.contradiction?.type).toBe(best?.type);
        if (best && located.length > 10) judged++;
      }
    }
    // Large facts of many copies, with a contradiction to find.
    expect(judged).toBeGreaterThan(1);
  }, 120_000);

  it('on a small story, wire copy from the index equals wire copy from every pair sharing a word', () => {
    const arts = articles(12);
    const units = bodyUnits(arts, outletOf(arts));
    const unlimited: CandidateLimits = { maxPostings: Number.POSITIVE_INFINITY, perUnit: units.length };
    const key = (p: ReturnType<typeof findWirePairs>[number]) =>
      `${p.a.sentence.id} ${p.b.sentence.id} ${p.similarity} ${p.alone}`;
    const pairs = findWirePairs(units, names).map(key);
    expect(pairs.length).toBeGreaterThan(10);
    expect(pairs).toEqual(findWirePairs(units, names, unlimited).map(key));
  });

  it('examines a number of pairs that grows with the sentences, not with their square', () => {
    // Tight limits, so that they bind on a story small enough for a unit test.
    const limits: CandidateLimits = { maxPostings: 40, perUnit: 6 };
    const examined = (n: number) => {
      const arts = articles(n);
      const units = bodyUnits(arts, outletOf(arts));
      const wire = findWireCopy(arts, outletOf(arts), names);
      resetPairsExamined();
      scorePairs(arts, outletOf(arts), wire, story, { ...ALIGN_DEFAULTS, limits });
      findWirePairs(units, names, limits);
      return { units: units.length, pairs: pairsExamined() };
    };
    const small = examined(15);
    const large = examined(45);
    // Each sentence keeps at most `perUnit` candidates of its own, in each of the two passes.
    expect(large.pairs).toBeLessThanOrEqual(2 * limits.perUnit * large.units);
    expect(large.pairs).toBeLessThan((large.units * (large.units - 1)) / 2 / 10);
    const growth = large.pairs / small.pairs;
    const units = large.units / small.units;
    expect(growth).toBeLessThan(units * 1.5);
    expect(growth).toBeLessThan(units ** 2 / 2);
  }, 120_000);
});

// Reported facts: sentences of different outlets that report the same thing, grouped, and every other
// body sentence a fact of its own (single-source), so each sentence of the corpus has a fact.
//
// Evidence, all general (nothing here knows the seeds' story):
// - lexical similarity of the sentences, and of their closest clauses (multi-claim sentences);
// - a shared predicate (one event told with a verb or its noun) between two clauses that name a
//   common actor of the story (the story config's `actors`);
// - shared wire copy.
// Groups are merged by average linkage, so one loose pair cannot chain everything into one fact.
import { shortHash } from '../text/hash.ts';
import type { Article, Fact, StoryConfig, WireGroup } from '../types.ts';
import { actorMatcher, aliasTexts } from './align-actors.ts';
import { clusterUnits } from './align-cluster.ts';
import { buildLexicon } from './align-lexicon.ts';
import { predicateKeys } from './align-predicates.ts';
import { bodyUnits, splitClauses, type Unit } from './align-units.ts';
import {
  CANDIDATE_LIMITS,
  type CandidateLimits,
  candidatePairs,
  countExamined,
  numberFeatures,
  rarity,
} from './pair-index.ts';
import {
  buildSimilarity,
  type FeatureNumbers,
  type PackedVector,
  packedCosine,
  packVector,
  type TextVectors,
} from './similarity.ts';

export interface AlignOptions {
  /** Two groups merge when their average pair score reaches this. */
  threshold: number;
  /** Clause pairs are shorter, so they score higher by chance: their mix counts at this factor. */
  clauseFactor: number;
  /** Added when two clauses share a predicate and an actor. */
  predicateBonus: number;
  /** …only if the lexical score already reaches this (a shared actor and verb alone is a topic, not a fact). */
  predicateFloor: number;
  /** The same, for a predicate family of the lexicon (align-lexicon.ts): stronger evidence than one shared word. */
  familyFloor: number;
  /** How many rare keys the two clauses must share (one shared word is too often a title or a name). */
  predicateShared: number;
  /** A predicate key found in more than this share of the sentences is the story's topic, not evidence. */
  predicateMaxShare: number;
  /** Two sentences of one article join a fact only when they say the same thing, at this score. */
  sameArticle: number;
  /** How far the candidate index reaches (pair-index.ts). */
  limits?: CandidateLimits;
}

export const ALIGN_DEFAULTS: AlignOptions = {
  threshold: 0.15,
  clauseFactor: 0.85,
  predicateBonus: 0.2,
  predicateFloor: 0.06,
  familyFloor: 0,
  predicateMaxShare: 0.15,
  predicateShared: 2,
  sameArticle: 0.5,
};

interface Clause {
  vectors: Packed;
  actors: Set<string>;
  keys: Set<string>;
  families: Set<string>;
}

// One event told of the same actor, or of no actor at all («انتهت المحادثات»).
const sameActors = (a: Clause, b: Clause) =>
  a.actors.size === 0 && b.actors.size === 0 ? true : [...a.actors].some((x) => b.actors.has(x));

/**
 * A pair scoring under this is no evidence that two sentences tell one fact, and is left out: nearly
 * every two sentences of a story share some letters. Measured on the seeds and the variation sets:
 * dropping the pairs under 0.05 changes no fact (under 0.08 it does).
 */
export const SCORE_FLOOR = 0.05;

/** The scores of the pairs of body sentences that reach `SCORE_FLOOR`, by unit index both ways. */
export interface AlignmentScores {
  units: Unit[];
  neighbours: Map<number, number>[];
}

export const scoreOf = (scores: AlignmentScores, i: number, j: number): number =>
  scores.neighbours[i]?.get(j) ?? 0;

export function scorePairs(
  articles: readonly Article[],
  outletOf: (articleId: string) => string,
  wire: readonly WireGroup[],
  story: StoryConfig,
  options: AlignOptions = ALIGN_DEFAULTS,
  /** Every pair, not only the index's candidates: for checking that the index loses nothing. */
  allPairs = false,
): AlignmentScores {
  const units = bodyUnits(articles, outletOf);
  const names = aliasTexts(story.actors);
  const model = buildSimilarity(
    units.map((u) => u.sentence.text),
    { names },
  );
  const actorsIn = actorMatcher(story.actors);
  const nameStems = new Set(names.flatMap((n) => n.split(/\s+/)).map(model.stem));

  const lexicon = buildLexicon(model.stem, story);
  const numbers: FeatureNumbers = new Map();
  const pack = (v: TextVectors): Packed => ({
    word: packVector(v.word, numbers),
    char: packVector(v.char, numbers),
  });
  const rawSentences = units.map((u) => model.vectors(u.sentence.text));
  const sentences = rawSentences.map(pack);
  const clauses: Clause[][] = units.map((u) =>
    splitClauses(u.sentence.text).map((text) => {
      const keys = predicateKeys(text, model.stem, nameStems);
      const families = new Set([...keys].flatMap((k) => lexicon.familyOf(k)?.family ?? []));
      return {
        vectors: pack(model.vectors(text)),
        actors: new Set(actorsIn(text).map((m) => m.actor)),
        keys,
        families,
      };
    }),
  );
  // Keys most sentences carry («المحادثات» in a story about talks) say nothing about which fact.
  const keyDf = new Map<string, number>();
  for (const cs of clauses) {
    const keys = new Set(cs.flatMap((c) => [...c.keys]));
    for (const k of keys) keyDf.set(k, (keyDf.get(k) ?? 0) + 1);
  }
  const maxDf = Math.max(2, Math.floor(options.predicateMaxShare * units.length));
  // The same for the families a story's own terms make (align-lexicon.ts): «talks» (محادثات، جلسة، جولة …)
  // names the story's topic in every other sentence. Measured on the seeds with seeds/story.json: pairwise
  // precision 0.41 → 0.61, recall 0.20 → 0.29. The lexicon's general families stay evidence however common.
  const familyDf = new Map<string, number>();
  for (const cs of clauses) {
    const families = new Set(cs.flatMap((c) => [...c.families]));
    for (const f of families) familyDf.set(f, (familyDf.get(f) ?? 0) + 1);
  }
  const rareFamily = (f: string) => !f.includes(':') || (familyDf.get(f) ?? 0) <= maxDf;

  const wireGroup = new Map<string, number>();
  wire.forEach((g, k) => {
    for (const id of g.sentenceIds) wireGroup.set(id, k);
  });

  const score = (i: number, j: number): number => {
    const si = sentences[i];
    const sj = sentences[j];
    const ci = clauses[i] ?? [];
    const cj = clauses[j] ?? [];
    if (si === undefined || sj === undefined) return 0;
    let lex = mixed(si, sj, model);
    let family = false;
    let shared = false;
    for (const a of ci) {
      for (const b of cj) {
        lex = Math.max(lex, options.clauseFactor * mixed(a.vectors, b.vectors, model));
        if (sameActors(a, b)) {
          family ||= [...a.families].some((f) => b.families.has(f) && rareFamily(f));
          shared ||=
            [...a.keys].filter((k) => b.keys.has(k) && (keyDf.get(k) ?? 0) <= maxDf).length >=
            options.predicateShared;
        }
      }
    }
    const predicate = family ? lex >= options.familyFloor : shared && lex >= options.predicateFloor;
    let s = lex + (predicate ? options.predicateBonus : 0);
    const gi = wireGroup.get(units[i]?.sentence.id ?? '');
    if (gi !== undefined && gi === wireGroup.get(units[j]?.sentence.id ?? ''))
      s = Math.max(s, wire[gi]?.similarity ?? 0);
    return Math.min(1, s);
  };

  // Candidates: pairs sharing a word stem, a predicate key or a family few sentences have, or one wire text.
  const { ids } = numberFeatures(
    units.map((_, i) => [
      ...[...(rawSentences[i]?.word.keys() ?? [])].map((k) => `w ${k}`),
      ...(clauses[i] ?? []).flatMap((c) => [
        ...[...c.keys].map((k) => `k ${k}`),
        ...[...c.families].filter(rareFamily).map((f) => `f ${f}`),
      ]),
      ...(wireGroup.has(units[i]?.sentence.id ?? '')
        ? [`g ${wireGroup.get(units[i]?.sentence.id ?? '')}`]
        : []),
    ]),
  );
  const n = units.length;
  const pairs: [number, number][] = allPairs
    ? everyPair(n)
    : candidatePairs(ids, rarity(ids, n), options.limits ?? CANDIDATE_LIMITS);
  countExamined(pairs.length);
  const neighbours = units.map(() => new Map<number, number>());
  for (const [i, j] of pairs) {
    const s = score(i, j);
    if (s < SCORE_FLOOR) continue;
    neighbours[i]?.set(j, s);
    neighbours[j]?.set(i, s);
  }
  return { units, neighbours };
}

function everyPair(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

interface Packed {
  word: PackedVector;
  char: PackedVector;
}

const mixed = (a: Packed, b: Packed, model: { wordWeight: number }) =>
  model.wordWeight * packedCosine(a.word, b.word) + (1 - model.wordWeight) * packedCosine(a.char, b.char);

// The verdicts (fact-verdicts.ts) weigh a pair's own score again; the orchestrator hands both steps the
// same article list, so the scores are kept for it rather than computed twice.
const memo = new WeakMap<
  readonly Article[],
  { wire: readonly WireGroup[]; story: StoryConfig; options: AlignOptions; score: PairScore }
>();

/** How strongly two sentences (by id) align with each other, 0 for sentences not scored together. */
export type PairScore = (a: string, b: string) => number;

function lookup(scores: AlignmentScores): PairScore {
  const index = new Map(scores.units.map((u, i) => [u.sentence.id, i]));
  return (a, b) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined ? 0 : scoreOf(scores, i, j);
  };
}

/** The pair scores of `scorePairs` as a lookup by sentence id, computed once per article list. */
export function pairScores(
  articles: readonly Article[],
  wire: readonly WireGroup[],
  story: StoryConfig,
  options: AlignOptions = ALIGN_DEFAULTS,
): PairScore {
  const hit = memo.get(articles);
  if (hit && hit.wire === wire && hit.story === story && hit.options === options) return hit.score;
  const score = lookup(scorePairs(articles, (id) => id, wire, story, options));
  memo.set(articles, { wire, story, options, score });
  return score;
}

/** Outlets counted once per shared wire text: outlets joined by a copy inside the fact are one source. */
export function independentOutlets(units: readonly Unit[], wire: readonly WireGroup[]): number {
  const outlets = [...new Set(units.map((u) => u.outlet))];
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    let r = o;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const groupOf = wireGroups(wire);
  const first = new Map<number, string>();
  for (const u of units) {
    const g = groupOf.get(u.sentence.id);
    if (g === undefined) continue;
    const head = first.get(g);
    if (head === undefined) {
      first.set(g, u.outlet);
      continue;
    }
    const a = find(head);
    const b = find(u.outlet);
    if (a !== b) parent.set(b, a);
  }
  return new Set(outlets.map(find)).size;
}

// Wire groups by sentence id, kept per group list (every fact asks).
const groupsMemo = new WeakMap<readonly WireGroup[], Map<string, number>>();
function wireGroups(wire: readonly WireGroup[]): Map<string, number> {
  let hit = groupsMemo.get(wire);
  if (!hit) {
    hit = new Map();
    for (const [k, g] of wire.entries()) for (const id of g.sentenceIds) hit.set(id, k);
    groupsMemo.set(wire, hit);
  }
  return hit;
}

/**
 * Every body sentence in exactly one fact. A fact reported by two outlets or more is an `agreement`
 * until the verdicts (fact-verdicts.ts) look at it; a fact of one outlet is `single-source`.
 */
export function alignFacts(
  articles: readonly Article[],
  outletOf: (articleId: string) => string,
  wire: readonly WireGroup[],
  story: StoryConfig,
  options: AlignOptions = ALIGN_DEFAULTS,
): Fact[] {
  const scores = scorePairs(articles, outletOf, wire, story, options);
  memo.set(articles, { wire, story, options, score: lookup(scores) });
  return clusterUnits(scores, options).map((members) => {
    const units = members.map((i) => scores.units[i]).filter((u): u is Unit => u !== undefined);
    const sentenceIds = units.map((u) => u.sentence.id);
    const outlets = [...new Set(units.map((u) => u.outlet))];
    const inFact = new Set(members);
    let similarity = 0;
    for (const i of members)
      for (const [j, s] of scores.neighbours[i] ?? [])
        if (i < j && inFact.has(j)) similarity = Math.max(similarity, s);
    return {
      id: `f${shortHash([...sentenceIds].sort().join(' '))}`,
      sentenceIds,
      outlets,
      independentOutlets: independentOutlets(units, wire),
      relation: outlets.length > 1 ? 'agreement' : 'single-source',
      similarity: Math.round(similarity * 1000) / 1000,
    };
  });
}

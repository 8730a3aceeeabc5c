// Reported facts: sentences of different outlets that report the same thing, grouped, and every other
// body sentence a fact of its own (single-source), so each sentence of the corpus has a fact.
//
// Evidence, all general (nothing here knows the seeds' story):
// - lexical similarity of the sentences, and of their closest clauses (multi-claim sentences);
// - a shared predicate (one event told with a verb or its noun) between two clauses that name a
//   common actor of the story (the story config's `actors`);
// - shared wire copy.
// Groups are merged by average linkage, so one loose pair cannot chain everything into one fact.
import { shortHash } from '../../text/hash.ts';
import type { Article, Fact, StoryConfig, WireGroup } from '../../types.ts';
import { countIndependent } from '../wire/independent.ts';
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
  packedShared,
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
  predicateFloor: 0.15,
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

/**
 * The scores of the pairs of body sentences that reach `SCORE_FLOOR`. Sentences of one text in one wire
 * group (or in none) score alike with every other sentence, so they are one node and are scored once:
 * wire-heavy stories print the same sentence in dozens of articles.
 */
export interface AlignmentScores {
  units: Unit[];
  /** Each unit's node. */
  nodeOf: Int32Array;
  /** Each unit's copy class (its text and wire group), whether or not copies were collapsed. */
  copyOf: Int32Array;
  /** Each node's units, in corpus order. */
  nodes: number[][];
  /** Per node: the scores to other nodes. */
  neighbours: Map<number, number>[];
  /** Per node: the score of two of its sentences (0 under the floor, or for a node of one sentence). */
  self: Float64Array;
}

export const scoreOf = (scores: AlignmentScores, i: number, j: number): number => {
  if (i === j) return 0;
  const a = scores.nodeOf[i];
  const b = scores.nodeOf[j];
  if (a === undefined || b === undefined) return 0;
  return a === b ? (scores.self[a] ?? 0) : (scores.neighbours[a]?.get(b) ?? 0);
};

export function scorePairs(
  articles: readonly Article[],
  outletOf: (articleId: string) => string,
  wire: readonly WireGroup[],
  story: StoryConfig,
  options: AlignOptions = ALIGN_DEFAULTS,
  /** Every pair, not only the index's candidates: for checking that the index loses nothing. */
  allPairs = false,
  /** Sentences of one text kept apart, one node each: for checking that collapsing copies changes nothing. */
  collapse = true,
): AlignmentScores {
  const units = bodyUnits(articles, outletOf);
  const names = aliasTexts(story.actors);
  const model = buildSimilarity(
    units.map((u) => u.sentence.text),
    { names },
  );
  const actorsIn = actorMatcher(story.actors);
  const nameStems = new Set(names.flatMap((n) => n.split(/\s+/)).map(model.stem));

  const wireGroup = new Map<string, number>();
  wire.forEach((g, k) => {
    for (const id of g.sentenceIds) wireGroup.set(id, k);
  });
  const groupOfUnit = units.map((u) => wireGroup.get(u.sentence.id) ?? -1);
  const nodeOf = new Int32Array(units.length);
  const copyOf = new Int32Array(units.length);
  const copyKeys = new Map<string, number>();
  const nodes: number[][] = [];
  const nodeKeys = new Map<string, number>();
  units.forEach((u, i) => {
    const copyKey = `${groupOfUnit[i]} ${u.sentence.text}`;
    const copy = copyKeys.get(copyKey) ?? copyKeys.size;
    copyKeys.set(copyKey, copy);
    copyOf[i] = copy;
    const key = collapse ? copyKey : String(i);
    let node = nodeKeys.get(key);
    if (node === undefined) {
      node = nodes.length;
      nodeKeys.set(key, node);
      nodes.push([]);
    }
    nodes[node]?.push(i);
    nodeOf[i] = node;
  });
  const first = (node: number) => units[nodes[node]?.[0] ?? 0] as Unit;
  const textOf = (node: number) => first(node).sentence.text;
  const groupOf = (node: number) => groupOfUnit[nodes[node]?.[0] ?? 0] ?? -1;
  const sizeOf = (node: number) => nodes[node]?.length ?? 0;

  const lexicon = buildLexicon(model.stem, story);
  const numbers: FeatureNumbers = new Map();
  const pack = (v: TextVectors): Packed => ({
    word: packVector(v.word, numbers),
    char: packVector(v.char, numbers),
  });
  // Per distinct text: its vectors and clauses.
  const read = new Map<string, { raw: TextVectors; packed: Packed; clauses: Clause[] }>();
  const readText = (text: string) => {
    let hit = read.get(text);
    if (!hit) {
      const raw = model.vectors(text);
      const packed = pack(raw);
      hit = {
        raw,
        packed,
        clauses: splitClauses(text).map((clause) => {
          const keys = predicateKeys(clause, model.stem, nameStems);
          const families = new Set([...keys].flatMap((k) => lexicon.familyOf(k)?.family ?? []));
          return {
            // A sentence of one clause: the clause's vectors are the sentence's (score() relies on it).
            vectors: clause === text ? packed : pack(model.vectors(clause)),
            actors: new Set(actorsIn(clause).map((m) => m.actor)),
            keys,
            families,
          };
        }),
      };
      read.set(text, hit);
    }
    return hit;
  };
  const readings = nodes.map((_, node) => readText(textOf(node)));
  const sentences = readings.map((r) => r.packed);
  const clauses = readings.map((r) => r.clauses);
  // Keys most sentences carry («المحادثات» in a story about talks) say nothing about which fact.
  const keyDf = new Map<string, number>();
  clauses.forEach((cs, node) => {
    const keys = new Set(cs.flatMap((c) => [...c.keys]));
    for (const k of keys) keyDf.set(k, (keyDf.get(k) ?? 0) + sizeOf(node));
  });
  const maxDf = Math.max(2, Math.floor(options.predicateMaxShare * units.length));
  // The same for the families a story's own terms make (align-lexicon.ts): «talks» (محادثات، جلسة، جولة …)
  // names the story's topic in every other sentence. Measured on the seeds with seeds/story.json: pairwise
  // precision 0.41 → 0.61, recall 0.20 → 0.29. The lexicon's general families stay evidence however common.
  const familyDf = new Map<string, number>();
  clauses.forEach((cs, node) => {
    const families = new Set(cs.flatMap((c) => [...c.families]));
    for (const f of families) familyDf.set(f, (familyDf.get(f) ?? 0) + sizeOf(node));
  });
  const rareFamily = (f: string) => !f.includes(':') || (familyDf.get(f) ?? 0) <= maxDf;
  // Each clause's keys and families that are evidence (not the topic), listed once for all its pairs.
  const evidence = new Map<Clause, { keys: string[]; families: string[] }>();
  for (const cs of clauses)
    for (const c of cs)
      evidence.set(c, {
        keys: [...c.keys].filter((k) => (keyDf.get(k) ?? 0) <= maxDf),
        families: [...c.families].filter(rareFamily),
      });
  const sharedKeys = (a: Clause, b: Clause) => {
    let n = 0;
    for (const k of evidence.get(a)?.keys ?? []) if (b.keys.has(k)) n++;
    return n;
  };

  const tiny = units.length < TINY_STORY;
  const score = (i: number, j: number): number => {
    const si = sentences[i];
    const sj = sentences[j];
    const ci = clauses[i] ?? [];
    const cj = clauses[j] ?? [];
    if (si === undefined || sj === undefined) return 0;
    // A few headlines side by side (a story of under TINY_STORY sentences) give IDF nothing to tell a name from a
    // claim: one shared word («الحكومة ترفع أسعار الوقود» / «الحكومة تعلن موعد الانتخابات») is a topic, not a fact.
    if (tiny && packedShared(si.word, sj.word) < TINY_SHARED) return 0;
    const whole = mixed(si, sj, model);
    let lex = whole;
    let family = false;
    let shared = false;
    for (const a of ci) {
      for (const b of cj) {
        const m = a.vectors === si && b.vectors === sj ? whole : mixed(a.vectors, b.vectors, model);
        lex = Math.max(lex, options.clauseFactor * m);
        if (sameActors(a, b)) {
          family ||= (evidence.get(a)?.families ?? []).some((f) => b.families.has(f));
          shared ||= sharedKeys(a, b) >= options.predicateShared;
        }
      }
    }
    const predicate = family ? lex >= options.familyFloor : shared && lex >= options.predicateFloor;
    let s = lex + (predicate ? options.predicateBonus : 0);
    const gi = groupOf(i);
    if (gi >= 0 && gi === groupOf(j)) s = Math.max(s, wire[gi]?.similarity ?? 0);
    return Math.min(1, s);
  };

  // Candidates: pairs sharing a word stem, a predicate key or a family few sentences have, or one wire text.
  const { ids } = numberFeatures(
    nodes.map((_, node) => [
      ...[...(readings[node]?.raw.word.keys() ?? [])].map((k) => `w ${k}`),
      ...(clauses[node] ?? []).flatMap((c) => [
        ...[...c.keys].map((k) => `k ${k}`),
        ...[...c.families].filter(rareFamily).map((f) => `f ${f}`),
      ]),
      ...(groupOf(node) >= 0 ? [`g ${groupOf(node)}`] : []),
    ]),
  );
  const n = nodes.length;
  const pairs: [number, number][] = allPairs
    ? everyPair(n)
    : candidatePairs(ids, rarity(ids, n), options.limits ?? CANDIDATE_LIMITS);
  countExamined(pairs.length);
  const neighbours = nodes.map(() => new Map<number, number>());
  for (const [i, j] of pairs) {
    const s = score(i, j);
    if (s < SCORE_FLOOR) continue;
    neighbours[i]?.set(j, s);
    neighbours[j]?.set(i, s);
  }
  const self = new Float64Array(n);
  for (let node = 0; node < n; node++) {
    if (sizeOf(node) < 2) continue;
    const s = score(node, node);
    if (s >= SCORE_FLOOR) self[node] = s;
  }
  return { units, nodeOf, copyOf, nodes, neighbours, self };
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

/** Two content words in common at least, in a story of fewer than TINY_STORY sentences. */
const TINY_SHARED = 2;
const TINY_STORY = 6;

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
  return countIndependent(
    units.map((u) => ({ sentenceId: u.sentence.id, outlet: u.outlet })),
    wire,
  );
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
    const inFact = new Map<number, number>();
    for (const i of members) {
      const node = scores.nodeOf[i] as number;
      inFact.set(node, (inFact.get(node) ?? 0) + 1);
    }
    let similarity = 0;
    for (const [a, k] of inFact) {
      if (k > 1) similarity = Math.max(similarity, scores.self[a] ?? 0);
      for (const [b, s] of scores.neighbours[a] ?? [])
        if (a < b && inFact.has(b)) similarity = Math.max(similarity, s);
    }
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

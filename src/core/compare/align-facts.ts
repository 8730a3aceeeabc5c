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
import { buildLexicon } from './align-lexicon.ts';
import { predicateKeys } from './align-predicates.ts';
import { bodyUnits, splitClauses, type Unit } from './align-units.ts';
import { buildSimilarity, type TextVectors } from './similarity.ts';

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
  vectors: TextVectors;
  actors: Set<string>;
  keys: Set<string>;
  families: Set<string>;
}

// One event told of the same actor, or of no actor at all («انتهت المحادثات»).
const sameActors = (a: Clause, b: Clause) =>
  a.actors.size === 0 && b.actors.size === 0 ? true : [...a.actors].some((x) => b.actors.has(x));

/** Pairwise scores of every two body sentences (symmetric, 0 on the diagonal), and the units they index. */
export interface AlignmentScores {
  units: Unit[];
  score: number[][];
}

export function scorePairs(
  articles: readonly Article[],
  outletOf: (articleId: string) => string,
  wire: readonly WireGroup[],
  story: StoryConfig,
  options: AlignOptions = ALIGN_DEFAULTS,
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
  const sentences = units.map((u) => model.vectors(u.sentence.text));
  const clauses: Clause[][] = units.map((u) =>
    splitClauses(u.sentence.text).map((text) => {
      const keys = predicateKeys(text, model.stem, nameStems);
      const families = new Set([...keys].flatMap((k) => lexicon.familyOf(k)?.family ?? []));
      return {
        vectors: model.vectors(text),
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

  const wireSimilarity = new Map<string, number>();
  for (const g of wire)
    for (const a of g.sentenceIds)
      for (const b of g.sentenceIds) if (a !== b) wireSimilarity.set(`${a} ${b}`, g.similarity);

  const n = units.length;
  const score = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const si = sentences[i];
      const sj = sentences[j];
      const ci = clauses[i] ?? [];
      const cj = clauses[j] ?? [];
      if (si === undefined || sj === undefined) continue;
      let lex = model.compare(si, sj).mixed;
      let family = false;
      let shared = false;
      for (const a of ci) {
        for (const b of cj) {
          lex = Math.max(lex, options.clauseFactor * model.compare(a.vectors, b.vectors).mixed);
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
      const w = wireSimilarity.get(`${units[i]?.sentence.id} ${units[j]?.sentence.id}`);
      if (w !== undefined) s = Math.max(s, w);
      s = Math.min(1, s);
      (score[i] as number[])[j] = s;
      (score[j] as number[])[i] = s;
    }
  }
  return { units, score };
}

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
    return i === undefined || j === undefined ? 0 : (scores.score[i]?.[j] ?? 0);
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

/** Groups of unit indexes by average linkage over `score`, at most one sentence per article unless alike. */
export function clusterUnits(scores: AlignmentScores, options: AlignOptions = ALIGN_DEFAULTS): number[][] {
  const { units, score } = scores;
  const at = (i: number, j: number) => score[i]?.[j] ?? 0;
  let clusters = units.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bestPair: [number, number] | undefined;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const cx = clusters[x] ?? [];
        const cy = clusters[y] ?? [];
        let sum = 0;
        let ok = true;
        for (const i of cx) {
          for (const j of cy) {
            const s = at(i, j);
            if (units[i]?.articleId === units[j]?.articleId && s < options.sameArticle) ok = false;
            sum += s;
          }
        }
        const avg = sum / (cx.length * cy.length);
        if (ok && avg >= options.threshold && avg > best) {
          best = avg;
          bestPair = [x, y];
        }
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

/** Outlets counted once per shared wire text: outlets joined by a copy inside the fact are one source. */
export function independentOutlets(units: readonly Unit[], wire: readonly WireGroup[]): number {
  const outlets = [...new Set(units.map((u) => u.outlet))];
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    let r = o;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const ids = new Set(units.map((u) => u.sentence.id));
  for (const g of wire) {
    const inFact = units.filter((u) => g.sentenceIds.includes(u.sentence.id) && ids.has(u.sentence.id));
    for (let k = 1; k < inFact.length; k++) {
      const a = find(inFact[0]?.outlet ?? '');
      const b = find(inFact[k]?.outlet ?? '');
      if (a !== b) parent.set(b, a);
    }
  }
  return new Set(outlets.map(find)).size;
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
    let similarity = 0;
    for (const i of members)
      for (const j of members) if (i < j) similarity = Math.max(similarity, scores.score[i]?.[j] ?? 0);
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

// Which pairs of sentences are worth comparing at all. Comparing every pair grows with the square of
// the story (a thousand articles hold some fifteen thousand sentences, a hundred million pairs), and
// nearly all of those pairs share nothing but the story's topic. An inverted index finds the pairs
// that share a word (or another feature) few sentences have; each sentence keeps the pairs whose
// shared features weigh most. On a story of a few hundred sentences no limit binds, and every pair
// sharing any feature is compared (tests/core/scaling.test.ts checks the result against comparing
// every pair); on a large one the work grows with the sentences times the limits below.

export interface CandidateLimits {
  /** A feature more sentences than this share is the story's topic, not evidence of one claim: not indexed. */
  maxPostings: number;
  /** Each sentence's best candidates (by the weight of the features it shares with them) are kept. */
  perUnit: number;
}

export const CANDIDATE_LIMITS: CandidateLimits = { maxPostings: 400, perUnit: 64 };

/** Pairs compared, summed over every run since the last reset: a deterministic measure of the work. */
let examined = 0;
export const pairsExamined = (): number => examined;
export const resetPairsExamined = (): void => {
  examined = 0;
};
/** Counted by the callers, which compare each candidate pair once. */
export const countExamined = (n: number): void => {
  examined += n;
};

/** A pair of unit indexes (i < j) as one number. */
export const pairKey = (i: number, j: number, n: number): number => (i < j ? i * n + j : j * n + i);

/**
 * Candidate pairs (i < j, as `[i, j]`, in increasing order) among `n` units described by feature
 * numbers. `weight(f)` ranks the shared features (an IDF, say); features of weight 0 are not indexed.
 */
export function candidatePairs(
  features: readonly (readonly number[])[],
  weight: (feature: number) => number,
  limits: CandidateLimits = CANDIDATE_LIMITS,
): [number, number][] {
  const n = features.length;
  const df = new Map<number, number>();
  for (const fs of features) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const postings = new Map<number, number[]>();
  features.forEach((fs, i) => {
    for (const f of fs) {
      const d = df.get(f) ?? 0;
      if (d < 2 || d > limits.maxPostings || weight(f) <= 0) continue;
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  const score = new Float64Array(n);
  const keys = new Set<number>();
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const f of features[i] ?? []) {
      const list = postings.get(f);
      if (!list) continue;
      const w = weight(f);
      for (const j of list) {
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] = (score[j] as number) + w;
      }
    }
    // Best first, then corpus order: the same candidates on every run.
    if (touched.length > limits.perUnit)
      touched.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
    for (let k = 0; k < touched.length; k++) {
      const j = touched[k] as number;
      if (k < limits.perUnit) keys.add(pairKey(i, j, n));
      score[j] = 0;
    }
  }
  return [...keys].sort((a, b) => a - b).map((k) => [Math.floor(k / n), k % n]);
}

/** Feature names to numbers, for `candidatePairs`. */
export function numberFeatures(lists: readonly Iterable<string>[]): { ids: number[][]; names: string[] } {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const ids = lists.map((list) => {
    const out = new Set<number>();
    for (const name of list) {
      let id = numbers.get(name);
      if (id === undefined) {
        id = names.length;
        numbers.set(name, id);
        names.push(name);
      }
      out.add(id);
    }
    return [...out];
  });
  return { ids, names };
}

/** A feature's weight for ranking candidates: rarer weighs more, and a feature every unit has still counts. */
export function rarity(features: readonly (readonly number[])[], n: number): (feature: number) => number {
  const df = new Map<number, number>();
  for (const fs of features) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  return (f) => Math.log(1 + (n + 1) / (df.get(f) ?? 1));
}

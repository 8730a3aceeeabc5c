// How alike two sentences read: TF-IDF over the story's own sentences, on light stems (words) and on
// character 3–5-grams, cosine of each, mixed. Lexical only: it finds copies and close rewrites, not
// paraphrases (docs/research/comparison-groundwork.md §3, best F1 ≈ 0.5 on the seeds).
import { foldArabic } from '../../text/fold-arabic.ts';
import { makeStemmer, rawWords } from '../../text/stem.ts';
import { isStopword } from '../../text/stopwords.ts';

/** Feature → weight, L2-normalised. */
export type SparseVector = Map<string, number>;

export interface TextVectors {
  word: SparseVector;
  char: SparseVector;
}

export interface SimilarityScores {
  word: number;
  char: number;
  /** `wordWeight · word + (1 − wordWeight) · char`. */
  mixed: number;
}

export interface SimilarityOptions {
  /** Share of the word cosine in the mix; the rest is the character cosine. Default 0.5. */
  wordWeight?: number;
  /**
   * Names (e.g. every alias of the story's actors). Their words weigh `nameWeight`: every outlet names
   * the same people, so shared names are the top false matches, not evidence of one claim.
   */
  names?: readonly string[];
  /** Default 0.3. */
  nameWeight?: number;
}

export interface Similarity {
  vectors(text: string): TextVectors;
  compare(a: TextVectors, b: TextVectors): SimilarityScores;
  /** The stemmer built over the story's vocabulary, for callers that need the same word keys. */
  stem(word: string): string;
  /** The word cosine's share in `mixed`. */
  wordWeight: number;
}

const HAS_DIGIT = /\p{N}/u;
/** The fewest sentences IDF is counted over (see idfOf). */
export const MIN_DOCUMENTS = 20;

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  return dot;
}

function normalise(counts: Map<string, number>, weight: (feature: string) => number): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [k, n] of counts) {
    const w = (1 + Math.log(n)) * weight(k);
    if (w <= 0) continue;
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

function count(features: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of features) m.set(f, (m.get(f) ?? 0) + 1);
  return m;
}

/**
 * `documents` are the units IDF is counted over (the story's sentences); any text, a clause say,
 * can then be turned into vectors with the same weights.
 */
export function buildSimilarity(documents: readonly string[], options: SimilarityOptions = {}): Similarity {
  const wordWeight = options.wordWeight ?? 0.5;
  const nameWeight = options.nameWeight ?? 0.3;
  // Stories repeat sentences (wire copy): each distinct text is read once, counted as often as it occurs.
  const occurrences = new Map<string, number>();
  for (const d of documents) occurrences.set(d, (occurrences.get(d) ?? 0) + 1);
  const wordsOf = new Map([...occurrences.keys()].map((d) => [d, rawWords(d)]));
  const stem = makeStemmer(documents.flatMap((d) => wordsOf.get(d) ?? []));

  // Digits are compared as values elsewhere (number cues), never matched as words.
  const contentWords = (text: string) =>
    rawWords(text).filter((raw) => {
      const folded = foldArabic(raw);
      return folded.length > 1 && !HAS_DIGIT.test(folded) && !isStopword(folded);
    });
  const wordFeatures = (text: string) => contentWords(text).map(stem);
  const charFeatures = (text: string) =>
    contentWords(text).flatMap((raw) => {
      const padded = ` ${foldArabic(raw)} `;
      const grams: string[] = [];
      for (let n = 3; n <= 5; n++)
        for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
      return grams;
    });

  const nameStems = new Set((options.names ?? []).flatMap(rawWords).map(stem));
  const nameGrams = new Set((options.names ?? []).flatMap((n) => charFeatures(n)));

  const idfOf = (features: (text: string) => string[]) => {
    const df = new Map<string, number>();
    for (const [d, k] of occurrences) for (const f of new Set(features(d))) df.set(f, (df.get(f) ?? 0) + k);
    // A short story (two headlines, a tweet beside a wire) is read as if padded with unrelated sentences up to
    // MIN_DOCUMENTS: with two sentences every shared word would otherwise weigh log(3/3) = 0, and two one-line
    // reports of one claim could never align. Stories of MIN_DOCUMENTS sentences or more are unchanged.
    const n = Math.max(documents.length, MIN_DOCUMENTS);
    return (f: string) => Math.log((n + 1) / ((df.get(f) ?? 0) + 1));
  };
  const wordIdf = idfOf(wordFeatures);
  const charIdf = idfOf(charFeatures);

  return {
    stem,
    wordWeight,
    vectors: (text) => ({
      word: normalise(count(wordFeatures(text)), (f) => wordIdf(f) * (nameStems.has(f) ? nameWeight : 1)),
      char: normalise(count(charFeatures(text)), (f) => charIdf(f) * (nameGrams.has(f) ? nameWeight : 1)),
    }),
    compare: (a, b) => {
      const word = cosine(a.word, b.word);
      const char = cosine(a.char, b.char);
      return { word, char, mixed: wordWeight * word + (1 - wordWeight) * char };
    },
  };
}

/**
 * A vector as two parallel arrays sorted by feature number: a dot product is one merge of two sorted
 * lists, with no hashing. What the aligner and the wire-copy finder compare many pairs with.
 */
export interface PackedVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Feature names to small numbers, shared by every vector compared with one another. */
export type FeatureNumbers = Map<string, number>;

export function packVector(v: SparseVector, numbers: FeatureNumbers): PackedVector {
  const entries: [number, number][] = [];
  for (const [feature, w] of v) {
    let id = numbers.get(feature);
    if (id === undefined) {
      id = numbers.size;
      numbers.set(feature, id);
    }
    entries.push([id, w]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return {
    ids: Int32Array.from(entries, (e) => e[0]),
    weights: Float64Array.from(entries, (e) => e[1]),
  };
}

/** `cosine` on packed vectors (both L2-normalised). */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** How many features two packed vectors share (the same merge as `packedCosine`, counting instead of weighing). */
export function packedShared(a: PackedVector, b: PackedVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

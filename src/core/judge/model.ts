// The relation judge: two sentences that state one claim (the aligner's decision) agree, or contradict by a
// type the reader is told, with the deciding words. A logistic scorer over the interpretable features of
// features.ts; its weights and learned lexicon are data (weights.json), re-derived by scripts/train-judge.ts
// from the ANS train split, and the same file runs at build time, in the CLI and in the browser worker.
import {
  type Evidence,
  type EvidenceKind,
  FEATURE_NAMES,
  type FeatureName,
  type LearnedLexicon,
  type PairReading,
  readPair,
} from './features.ts';
import trained from './weights.json' with { type: 'json' };

export interface JudgeWeights extends LearnedLexicon {
  bias: number;
  weights: Record<FeatureName, number>;
  /** A pair whose probability of contradiction reaches this is shown as one. */
  threshold: number;
}

export const WEIGHTS: JudgeWeights = trained as JudgeWeights;

export interface Judgement {
  /** Probability of contradiction, 0–1. */
  p: number;
  contradiction: boolean;
  /** What decides it: the evidence with the largest share of the score (present when contradiction). */
  kind?: EvidenceKind;
  evidence?: Evidence;
}

// Which features speak for which kind of evidence.
const KIND_OF: Partial<Record<FeatureName, EvidenceKind>> = {
  negation: 'negation',
  opposite: 'opposite',
  valenceFlip: 'opposite',
  denial: 'denial',
  numberClash: 'number',
  numberMissing: 'number',
  placeSwap: 'place',
  substitution: 'swap',
  lexWords: 'words',
  lexPairs: 'words',
};

/** The learned weight a pair of words needs to decide alone (log-odds: about 4.5 to 1 for contradiction). */
export const STRONG_WORD = 1.5;
export const MIN_OVERLAP = 0.4;
export const MIN_ANCHORED_OVERLAP = 0.15;
/** Share of words kept that makes a pair one text with an edit. */
export const MINIMAL_EDIT = 0.8;
const CLEAR_P = 0.9;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function scoreFeatures(features: Record<FeatureName, number>, w: JudgeWeights = WEIGHTS): number {
  let z = w.bias;
  for (const name of FEATURE_NAMES) z += (w.weights[name] ?? 0) * features[name];
  return sigmoid(z);
}

/** `minOverlap`: the share of words two texts must have in common to be judged as one claim (MIN_OVERLAP). */
export function judgePair(
  textA: string,
  textB: string,
  w: JudgeWeights = WEIGHTS,
  minOverlap = MIN_OVERLAP,
  /** Clauses of long sentences: read more warily (features.ts, readPair). */
  strict = false,
): Judgement {
  return decide(readPair(textA, textB, w, strict), w, w.threshold, minOverlap);
}

/** The verdict on a read pair: the same decision at run time and when the threshold is tuned (train-judge.ts). */
export function decide(
  reading: PairReading,
  w: JudgeWeights = WEIGHTS,
  threshold = w.threshold,
  minOverlap = MIN_OVERLAP,
): Judgement {
  const f = reading.features;
  const p = scoreFeatures(f, w);
  // Two sentences that share under MIN_OVERLAP of their words tell two claims, however a story's facts group
  // them: nothing to judge (ANS: 89% of contradicting and 94% of agreeing pairs reach it, no unrelated one).
  // An opposite said of one word both share is one claim with fewer words in common («أسعار النفط في ارتفاع» /
  // «هبوط عالمي للنفط»).
  if (reading.evidence.opposite?.anchored && f.overlap >= MIN_ANCHORED_OVERLAP && f.sameFamily === 0)
    return {
      p: Math.max(p, w.threshold),
      contradiction: true,
      kind: 'opposite',
      evidence: reading.evidence.opposite,
    };
  if (f.overlap < minOverlap) return { p, contradiction: false };
  // The same words with one thing changed (a figure, a verb for its opposite): a changed copy, whatever the
  // scorer's weights, which are learned on looser pairs.
  if (f.overlap >= MINIMAL_EDIT && f.sameFamily === 0) {
    const kind =
      f.numberClash || f.numberMissing
        ? 'number'
        : f.opposite
          ? 'opposite'
          : f.negation
            ? 'negation'
            : undefined;
    if (kind !== undefined)
      return {
        p: Math.max(p, CLEAR_P),
        contradiction: true,
        kind,
        evidence: reading.evidence[kind] as Evidence,
      };
  }
  if (p < threshold) return { p, contradiction: false };
  // The kind whose features add most to the score, among those with words to show.
  const share = new Map<EvidenceKind, number>();
  for (const name of FEATURE_NAMES) {
    const kind = KIND_OF[name];
    if (kind === undefined || reading.evidence[kind] === undefined) continue;
    share.set(kind, (share.get(kind) ?? 0) + (w.weights[name] ?? 0) * f[name]);
  }
  // Learned words alone decide only as a pair, one word against the other, weighing STRONG_WORD or more: a single
  // word people's labels tie to contradiction («رغم», «قواته») is no verdict a reader could check.
  const words = reading.evidence.words;
  const strongPair = words?.a !== undefined && words.b !== undefined && (words.weight ?? 0) >= STRONG_WORD;
  // Learned words never overrule the lexicon's families saying the two agree («يصعد» / «صعود»).
  if (f.sameFamily > 0) share.delete('words');
  const best = [...share]
    .filter(([kind, v]) => v > 0 && (kind !== 'words' || strongPair))
    .sort((x, y) => y[1] - x[1])[0];
  // No word to show: the scorer alone is no verdict a reader could check.
  if (best === undefined) return { p, contradiction: false };
  // A count against none («مقتل 7» / «دون سقوط ضحايا») is a difference of number, whichever feature weighed most.
  const kind = f.numberMissing && (best[0] === 'opposite' || best[0] === 'negation') ? 'number' : best[0];
  return { p, contradiction: true, kind, evidence: reading.evidence[kind] as Evidence };
}

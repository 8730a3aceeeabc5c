// `npm run train:judge [-- --out <file>]`: re-derives src/core/judge/weights.json from the ANS train split (../shared/datasets/ans),
// so the judge's learned part is data anyone can rebuild: the words and word pairs that people's labels tie to
// contradiction, and the logistic weights of every feature (features.ts). The dev split is only read to print
// how the result does there; the held-out test split is never read.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  differingStems,
  FEATURE_NAMES,
  type LearnedLexicon,
  type PairReading,
  readPair,
} from '../src/core/judge/features.ts';
import { decide, type JudgeWeights } from '../src/core/judge/model.ts';
import { pairKey } from '../src/core/judge/swap.ts';
import { type Pair, parseAnsCsv } from './eval/ans.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ANS = path.resolve(ROOT, '../shared/datasets/ans');
// `--out <file>` writes elsewhere (tests/eval/weights.test.ts checks the committed file is what this derives).
const outAt = process.argv.indexOf('--out');
const OUT =
  outAt > 0 && process.argv[outAt + 1]
    ? path.resolve(process.argv[outAt + 1]!)
    : path.join(ROOT, 'src/core/judge/weights.json');
const FOLDS = 5;
/** Pseudo-count of the word log-odds: a word seen once weighs little. */
const ALPHA = 1;
/** A learned word or pair needs this many labelled pairs behind it. */
const MIN_COUNT = 2;
/** The largest share of contradicting pairs the judge may show as agreeing, chosen on train (cross-fitted). */
const MAX_FALSE_AGREEMENT = 0.1;
const L2 = 0.01;

function read(name: string): Pair[] {
  const file = path.join(ANS, name);
  if (!existsSync(file)) {
    console.error(`train:judge: ${file} is not there (the ANS data lives in ../shared/datasets/ans/).`);
    process.exit(1);
  }
  return parseAnsCsv(readFileSync(file, 'utf8')).filter((p) => p.stance !== 'other');
}

function learnLexicon(pairs: readonly Pair[]): LearnedLexicon {
  const word = new Map<string, [number, number]>();
  const pair = new Map<string, [number, number]>();
  let [nd, na] = [0, 0];
  for (const p of pairs) {
    const d = p.stance === 'disagree' ? 0 : 1;
    if (d === 0) nd++;
    else na++;
    const { a, b } = differingStems(p.s1, p.s2);
    for (const s of new Set([...a, ...b])) {
      const c = word.get(s) ?? [0, 0];
      c[d]++;
      word.set(s, c);
    }
    for (const x of a)
      for (const y of b) {
        const k = pairKey(x, y);
        const c = pair.get(k) ?? [0, 0];
        c[d]++;
        pair.set(k, c);
      }
  }
  const prior = Math.log(na / nd);
  const logOdds = ([d, a]: [number, number]) => Math.log((d + ALPHA) / (a + ALPHA)) + prior;
  const keep = (m: Map<string, [number, number]>, min: number) =>
    Object.fromEntries(
      [...m]
        .filter(([, c]) => c[0] + c[1] >= min)
        .map(([k, c]) => [k, Math.round(logOdds(c) * 1000) / 1000] as const)
        .filter(([, v]) => Math.abs(v) >= 0.3)
        .sort((x, y) => (x[0] < y[0] ? -1 : 1)),
    );
  return { words: keep(word, MIN_COUNT), pairs: keep(pair, MIN_COUNT) };
}

type Row = { x: number[]; y: number };

function fitLogistic(data: readonly Row[]): { bias: number; w: number[] } {
  const k = FEATURE_NAMES.length;
  let bias = 0;
  const w = new Array<number>(k).fill(0);
  const rate = 0.5;
  for (let epoch = 0; epoch < 3000; epoch++) {
    const gw = new Array<number>(k).fill(0);
    let gb = 0;
    for (const r of data) {
      let z = bias;
      for (let i = 0; i < k; i++) z += (w[i] as number) * (r.x[i] as number);
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (let i = 0; i < k; i++) gw[i] = (gw[i] as number) + err * (r.x[i] as number);
    }
    bias -= (rate * gb) / data.length;
    for (let i = 0; i < k; i++)
      w[i] = (w[i] as number) - rate * ((gw[i] as number) / data.length + L2 * (w[i] as number));
  }
  return { bias, w };
}

function weightsOf(
  model: { bias: number; w: number[] },
  lexicon: LearnedLexicon,
  threshold: number,
): JudgeWeights {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    bias: round(model.bias),
    weights: Object.fromEntries(
      FEATURE_NAMES.map((n, i) => [n, round(model.w[i] as number)]),
    ) as JudgeWeights['weights'],
    threshold: round(threshold),
    ...lexicon,
  };
}

const train = read('stance-train.csv');
// Cross-fitted features: each fold's learned lexicon comes from the other folds, grouped by first headline so
// one headline's variants never teach each other.
const groups = [...new Set(train.map((p) => p.s1))];
const foldOf = new Map(groups.map((g, i) => [g, i % FOLDS]));
const crossRows: Row[] = [];
const crossReadings: PairReading[] = [];
const crossLexicons: LearnedLexicon[] = [];
for (let f = 0; f < FOLDS; f++) {
  const inFold = train.filter((p) => foldOf.get(p.s1) === f);
  const lexicon = learnLexicon(train.filter((p) => foldOf.get(p.s1) !== f));
  for (const p of inFold) {
    const reading = readPair(p.s1, p.s2, lexicon);
    crossReadings.push(reading);
    crossLexicons.push(lexicon);
    crossRows.push({ x: FEATURE_NAMES.map((n) => reading.features[n]), y: p.stance === 'disagree' ? 1 : 0 });
  }
}
const model = fitLogistic(crossRows);
const lexicon = learnLexicon(train);
// The threshold of the decision the app makes (model.ts decide: the overlap gate, evidence a reader can check),
// tuned on the cross-fitted rows: the best agree/disagree macro-F1 whose false-agreement rate stays within
// MAX_FALSE_AGREEMENT, or, when none does, the best macro-F1 less the false-agreement rate.
const probe = weightsOf(model, lexicon, 0.5);
let best = { t: 0.5, f1: -1, fa: 1, score: -Infinity };
for (let t = 0.05; t < 0.95; t += 0.01) {
  let [tp, fp, fn, tn] = [0, 0, 0, 0];
  crossReadings.forEach((r, i) => {
    const c = decide(r, { ...probe, ...crossLexicons[i] }, t).contradiction;
    const y = crossRows[i]?.y === 1;
    if (c && y) tp++;
    else if (c) fp++;
    else if (y) fn++;
    else tn++;
  });
  const f1 = ((2 * tp) / (2 * tp + fp + fn) + (2 * tn) / (2 * tn + fn + fp)) / 2;
  const fa = fn / (tp + fn);
  const score = fa <= MAX_FALSE_AGREEMENT ? 10 + f1 : f1 - fa;
  if (score > best.score) best = { t, f1, fa, score };
}
const weights = weightsOf(model, lexicon, best.t);
writeFileSync(OUT, `${JSON.stringify(weights, null, 1)}\n`);
console.log(
  `train:judge: ${train.length} pairs; cross-fitted macro-F1 (agree/disagree) ${(100 * best.f1).toFixed(1)}, false agreement ${(100 * best.fa).toFixed(1)}% at threshold ${best.t.toFixed(2)}`,
);
console.log(`  weights ${JSON.stringify(weights.weights)} bias ${weights.bias}`);
console.log(
  `  learned ${Object.keys(lexicon.words).length} words, ${Object.keys(lexicon.pairs).length} pairs → ${path.relative(ROOT, OUT)}`,
);

// How the judge alone (both headlines taken as one claim) does on dev: agree/disagree only.
{
  const dev = read('stance-dev.csv');
  let [tp, fp, fn, tn] = [0, 0, 0, 0];
  for (const p of dev) {
    const c = decide(readPair(p.s1, p.s2, weights), weights).contradiction;
    const y = p.stance === 'disagree';
    if (c && y) tp++;
    else if (c) fp++;
    else if (y) fn++;
    else tn++;
  }
  const f1 = ((2 * tp) / (2 * tp + fp + fn) + (2 * tn) / (2 * tn + fn + fp)) / 2;
  console.log(
    `  dev (judge alone, ${dev.length} pairs): macro-F1 (agree/disagree) ${(100 * f1).toFixed(1)}, false agreement ${((100 * fn) / (tp + fn)).toFixed(1)}%, agreement recall ${((100 * tn) / (tn + fp)).toFixed(1)}%`,
  );
}

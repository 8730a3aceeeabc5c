// The relation judge (model.ts) as a verdict candidate of the fact comparison (judge/rules/fact-verdicts.ts): its
// evidence becomes a typed contradiction whose sides carry the deciding words as cues.
import { clauseSpans } from '../compare/align/align-units.ts';
import type { ContradictionType, Cue, CueKind } from '../types.ts';
import { type Evidence, type EvidenceKind, numberOf, quickLook } from './features.ts';
import { NEGATORS } from './lexicon.ts';
import {
  type Judgement,
  judgePair,
  MIN_ANCHORED_OVERLAP,
  MIN_OVERLAP,
  MINIMAL_EDIT,
  WEIGHTS,
} from './model.ts';
import type { JudgeWord } from './words.ts';

export interface JudgeVerdict {
  type: ContradictionType;
  strength: 'clear' | 'soft';
  cueA?: Cue;
  cueB?: Cue;
  judgement: Judgement;
}

const TYPE_OF: Record<EvidenceKind, ContradictionType> = {
  negation: 'negation',
  opposite: 'opposite',
  denial: 'opposite',
  words: 'opposite',
  number: 'number',
  place: 'actor',
  swap: 'actor',
};

const CUE_OF: Record<EvidenceKind, CueKind> = {
  negation: 'negation',
  opposite: 'predicate',
  denial: 'predicate',
  words: 'predicate',
  number: 'number',
  place: 'entity',
  swap: 'entity',
};

/** At this probability, with evidence a reader can check in the words, the texts cannot both be right. */
export const CLEAR_AT = 0.8;

function cue(kind: EvidenceKind, w: JudgeWord | undefined, offset: number): Cue | undefined {
  if (w === undefined) return undefined;
  // A negation particle is a negation cue whatever the evidence; a figure a number cue; the other word of a
  // negation the predicate it negates («لم ينسحب» / «انسحب»).
  const k = NEGATORS.has(w.folded)
    ? 'negation'
    : kind === 'number' && numberOf(w) !== undefined
      ? 'number'
      : kind === 'negation' || kind === 'number'
        ? 'predicate'
        : CUE_OF[kind];
  return { kind: k, text: w.text, start: offset + w.start, end: offset + w.end };
}

/** The judge learned its weights on headlines and short sentences (ANS: 4–20 words): longer texts go clause by clause. */
export const MAX_WORDS = 18;

/**
 * Two clauses of long sentences must share more of their words than two headlines to be one claim: a story's
 * sentences are full of the same names and places (an opposite said of one shared word still counts, model.ts).
 */
export const CLAUSE_OVERLAP = 0.6;

/**
 * What decides between clauses of long sentences: an opposite said of one shared word, a changed figure, another
 * place. Not a swapped word, a denial on one side or learned words: copies of one agency text are edited with
 * synonyms («بمشاركة» / «بحضور»), and the clause rules (judge/rules/fact-verdicts.ts) already weigh negation and timing.
 */
const CLAUSE_EVIDENCE = (j: Judgement) =>
  (j.kind === 'opposite' && j.evidence?.anchored === true) || j.kind === 'number' || j.kind === 'place';

const memo = new Map<string, JudgeVerdict | undefined>();
const MEMO_MAX = 50_000;

/** The judge's contradiction between two sentences of one claim, if it finds one (remembered per pair of texts). */
export function judgeCandidate(textA: string, textB: string): JudgeVerdict | undefined {
  const key = `${textA}\u0000${textB}`;
  if (memo.has(key)) return memo.get(key);
  const v = judgeTexts(textA, textB);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, v);
  return v;
}

/** Worth reading: words enough in common to be one claim, or a predicate of one family said of a shared word. */
const worthReading = (look: ReturnType<typeof quickLook>, minOverlap: number) =>
  look.overlap >= minOverlap || (look.commonFamily && look.overlap >= MIN_ANCHORED_OVERLAP);

function judgeTexts(textA: string, textB: string): JudgeVerdict | undefined {
  const whole = quickLook(textA, textB);
  if (whole.words[0] <= MAX_WORDS && whole.words[1] <= MAX_WORDS)
    return worthReading(whole, MIN_OVERLAP) ? verdictOf(textA, textB, [0, 0], MIN_OVERLAP, false) : undefined;
  // A long sentence tells several claims: its clauses are judged against the other's, and the clearest
  // contradiction between two clauses of one claim (the overlap gate, model.ts) is the pair's.
  let best: JudgeVerdict | undefined;
  for (const ca of clauseSpans(textA))
    for (const cb of clauseSpans(textB)) {
      const [a, b] = [textA.slice(ca.start, ca.end), textB.slice(cb.start, cb.end)];
      const look = quickLook(a, b);
      if (look.words[0] > MAX_WORDS || look.words[1] > MAX_WORDS || !worthReading(look, CLAUSE_OVERLAP))
        continue;
      const v = verdictOf(a, b, [ca.start, cb.start], CLAUSE_OVERLAP, true);
      if (v === undefined || !CLAUSE_EVIDENCE(v.judgement)) continue;
      if (best === undefined || v.judgement.p > best.judgement.p) best = v;
    }
  if (best !== undefined) return best;
  // One long sentence copied with a figure changed (an agency text): the same words, another number.
  if (whole.overlap < MINIMAL_EDIT || whole.figures === 0) return undefined;
  const copy = verdictOf(textA, textB, [0, 0], MINIMAL_EDIT, true);
  return copy?.type === 'number' ? copy : undefined;
}

/**
 * `offsets`: where the two texts start in their sentences (clauses of long ones), so the cues point into the
 * sentence; `strict`: the clauses of long sentences are read more warily (features.ts, readPair).
 */
function verdictOf(
  textA: string,
  textB: string,
  [offsetA, offsetB]: [number, number],
  minOverlap: number,
  strict: boolean,
): JudgeVerdict | undefined {
  const judgement = judgePair(textA, textB, WEIGHTS, minOverlap, strict);
  if (!judgement.contradiction || judgement.kind === undefined) return undefined;
  const e = judgement.evidence as Evidence;
  const cueKind = e.viaNegation ? 'negation' : e.kind;
  const [cueA, cueB] = [cue(cueKind, e.a, offsetA), cue(cueKind, e.b, offsetB)];
  const viaNegation = judgement.kind === 'opposite' && e.viaNegation === true;
  return {
    type: viaNegation ? 'negation' : TYPE_OF[judgement.kind],
    strength: judgement.p >= CLEAR_AT && judgement.kind !== 'words' ? 'clear' : 'soft',
    ...(cueA ? { cueA } : {}),
    ...(cueB ? { cueB } : {}),
    judgement,
  };
}

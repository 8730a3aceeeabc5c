// The relation judge (model.ts) as a verdict candidate of the fact comparison (compare/fact-verdicts.ts): its
// evidence becomes a typed contradiction whose sides carry the deciding words as cues.
import type { ContradictionType, Cue, CueKind } from '../types.ts';
import type { Evidence, EvidenceKind } from './features.ts';
import { type Judgement, judgePair } from './model.ts';
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

function cue(kind: EvidenceKind, w: JudgeWord | undefined): Cue | undefined {
  if (w === undefined) return undefined;
  // A negation particle is a negation cue whatever the evidence it belongs to.
  const k = kind === 'number' && !w.digits && !/\p{N}/u.test(w.text) ? 'negation' : CUE_OF[kind];
  return { kind: k, text: w.text, start: w.start, end: w.end };
}

/**
 * The judge learned its weights on headlines and short sentences (ANS: 4–20 words); a long sentence of a report
 * tells several claims, which the clause-by-clause rules of compare/fact-verdicts.ts weigh instead.
 */
export const MAX_WORDS = 18;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** The judge's contradiction between two sentences of one claim, if it finds one. */
export function judgeCandidate(textA: string, textB: string): JudgeVerdict | undefined {
  if (wordCount(textA) > MAX_WORDS || wordCount(textB) > MAX_WORDS) return undefined;
  const judgement = judgePair(textA, textB);
  if (!judgement.contradiction || judgement.kind === undefined) return undefined;
  const e = judgement.evidence as Evidence;
  const [cueA, cueB] = [cue(e.kind, e.a), cue(e.kind, e.b)];
  return {
    type: TYPE_OF[judgement.kind],
    strength: judgement.p >= CLEAR_AT && judgement.kind !== 'words' ? 'clear' : 'soft',
    ...(cueA ? { cueA } : {}),
    ...(cueB ? { cueB } : {}),
    judgement,
  };
}

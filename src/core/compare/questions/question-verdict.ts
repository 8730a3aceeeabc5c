// How the outlets relate on one question, over the articles that answered (the fallback aside).
//
// - `unreported`: none answered; `single-source`: the answers come from one outlet; `agreement`: one
//   answer throughout (details may differ); `contradiction`: two answers or more.
// - A contradiction between two outcome answers («signed» and «not signed») is `negation`, `clear`:
//   both cannot be right. Between an outcome and an answer written before the outcome («expected»)
//   it is `timing`, `soft`: both can be right at their hour, and the matrix should say "written
//   before the outcome", not shout. An answer is "before the outcome" when every one of its patterns
//   needs a modality, future or ongoing cue (see `needsCue`); no answer id is special.
import type { Answer, Contradiction, Relation } from '../../types.ts';

export interface VerdictInput {
  answers: Answer[];
  fallback: string;
  /** Answer ids written before an outcome (modal, future, ongoing). */
  beforeOutcome: Set<string>;
  /** Answer ids in the config's order, to order the sides. */
  order: string[];
  outletOf: (articleId: string) => string;
}

export function verdictOf(input: VerdictInput): { verdict: Relation; contradiction?: Contradiction } {
  const answered = input.answers.filter((a) => a.answer !== input.fallback);
  if (answered.length === 0) return { verdict: 'unreported' };
  const distinct = [...new Set(answered.map((a) => a.answer))];
  if (distinct.length === 1) {
    const outlets = new Set(answered.map((a) => input.outletOf(a.articleId)));
    return { verdict: outlets.size === 1 ? 'single-source' : 'agreement' };
  }
  const outcomes = distinct.filter((id) => !input.beforeOutcome.has(id));
  const clash = outcomes.length >= 2;
  const rank = (id: string) => input.order.indexOf(id);
  const sides = [...answered]
    .sort((a, b) => rank(a.answer) - rank(b.answer))
    .map((a) => ({ articleId: a.articleId, sentenceIds: a.evidence, ...(a.cue ? { cue: a.cue } : {}) }));
  return {
    verdict: 'contradiction',
    contradiction: {
      type: clash ? 'negation' : 'timing',
      scope: 'cross',
      strength: clash ? 'clear' : 'soft',
      sides,
    },
  };
}

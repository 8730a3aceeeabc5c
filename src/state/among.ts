// The comparison among the outlets a reader shows (issue 11): a fact's verdict, its outlets and its independent
// confirmations, and a question's verdict, recomputed over the visible articles only. Two outlets that agree show
// no contradiction another, hidden outlet has with one of them; a fact three hidden outlets confirm is not
// "confirmed by 5". Every view (marks, explanations, matrix, glance, CSV, print) reads these.
import { verdictOf } from '../core/compare/questions/question-verdict.ts';
import { countIndependent } from '../core/compare/wire/independent.ts';
import type { Corpus, Fact, QuestionResult } from '../core/types.ts';
import type { SentenceIndex } from './comparison.ts';

/** The facts as the visible articles tell them: a fact none of them reports is left out. */
export function factsAmong(
  facts: readonly Fact[],
  visible: ReadonlySet<string>,
  index: SentenceIndex,
  wire: Corpus['wire'],
): Fact[] {
  const out: Fact[] = [];
  let changed = false;
  for (const fact of facts) {
    const ids = fact.sentenceIds.filter((id) => visible.has(index.get(id)?.article.id ?? ''));
    if (ids.length === fact.sentenceIds.length) {
      out.push(fact);
      continue;
    }
    changed = true;
    if (ids.length === 0) continue;
    const units = ids.map((id) => ({ sentenceId: id, outlet: index.get(id)?.outletId ?? id }));
    const shown = new Set(units.map((u) => u.outlet));
    const outlets = fact.outlets.filter((o) => shown.has(o));
    // A corpus written before `conflicts` (schema 2) holds only the strongest contradiction.
    const all = fact.conflicts ?? (fact.contradiction ? [fact.contradiction] : []);
    const conflicts = all.filter((c) => c.sides.every((s) => visible.has(s.articleId)));
    const { contradiction: _strongest, conflicts: _all, ...rest } = fact;
    const relation =
      conflicts.length > 0 ? 'contradiction' : outlets.length >= 2 ? 'agreement' : 'single-source';
    out.push({
      ...rest,
      sentenceIds: ids,
      outlets,
      independentOutlets: Math.max(1, countIndependent(units, wire)),
      relation,
      ...(conflicts[0] ? { contradiction: conflicts[0], conflicts } : {}),
    });
  }
  // Every article shown: the corpus's own list, so that what depends on it need not be computed again.
  return changed ? out : (facts as Fact[]);
}

/** The story's questions with their verdicts among the visible articles (answers of hidden ones aside). */
export function questionsAmong(
  questions: readonly QuestionResult[],
  visible: ReadonlySet<string>,
  outletOf: (articleId: string) => string,
): QuestionResult[] {
  return questions.map((q) => {
    const answers = q.answers.filter((a) => visible.has(a.articleId));
    if (answers.length === q.answers.length) return q;
    // The same rules as the story-wide verdict (question-verdict.ts); the last choice is the fallback.
    const fallback = q.choices[q.choices.length - 1]?.id ?? '';
    const { verdict, contradiction } = verdictOf({
      answers,
      fallback,
      beforeOutcome: new Set(q.choices.filter((c) => c.beforeOutcome).map((c) => c.id)),
      order: q.choices.map((c) => c.id).filter((id) => id !== fallback),
      outletOf,
    });
    const { contradiction: _all, ...rest } = q;
    return { ...rest, verdict, ...(contradiction ? { contradiction } : {}) };
  });
}

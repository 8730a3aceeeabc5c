// Selectors over the comparison: the matrix, the sentence marks, the selected question's evidence. Each is
// memoised on the identity of its inputs, so a component re-renders only when what it shows changes.
import type { Answer, Article, CueRef, Fact, LocalisedName, QuestionResult } from '../core/types.ts';
import { factsAmong, questionsAmong } from './among.ts';
import { isBeforeCue, isBeforeOutcome } from './before-outcome.ts';
import {
  type EvidenceMark,
  indexSentences,
  questionEvidence,
  type SentenceIndex,
  type SentenceMark,
  sentenceMarks,
} from './comparison.ts';
import { memoize } from './memo.ts';
import { selectVisibleArticles } from './selectors.ts';
import type { AppState } from './slices/types.ts';

const sentenceIndex = memoize(indexSentences);

export const selectSentenceIndex = (state: AppState): SentenceIndex => sentenceIndex(state.corpus.articles);

const NO_QUESTIONS: QuestionResult[] = [];
const NO_FACTS: Fact[] = [];
const NO_WIRE: AppState['corpus']['wire'] = [];

// Corpora written before schema 2 (or a test fixture) may lack the comparison arrays.
const questionsOf = (state: AppState) => state.corpus.questions ?? NO_QUESTIONS;
const factsOf = (state: AppState) => state.corpus.facts ?? NO_FACTS;
const wireOf = (state: AppState) => state.corpus.wire ?? NO_WIRE;

// ---- the comparison among the outlets shown (among.ts) -----------------------------------------

const visibleIds = memoize((articles: readonly Article[]) => new Set(articles.map((a) => a.id)));
const selectVisibleIds = (state: AppState): ReadonlySet<string> => visibleIds(selectVisibleArticles(state));

const shownFacts = memoize(factsAmong);

/** The facts with their verdicts among the visible articles: what every view of the comparison shows. */
export const selectShownFacts = (state: AppState): Fact[] =>
  shownFacts(factsOf(state), selectVisibleIds(state), selectSentenceIndex(state), wireOf(state));

const outletOfArticle = memoize((index: SentenceIndex) => {
  const byArticle = new Map<string, string>();
  for (const info of index.values()) byArticle.set(info.article.id, info.outletId);
  return (articleId: string) => byArticle.get(articleId) ?? articleId;
});
const shownQuestions = memoize(questionsAmong);

/** The story's questions with their verdicts among the visible articles. */
export const selectShownQuestions = (state: AppState): QuestionResult[] =>
  shownQuestions(questionsOf(state), selectVisibleIds(state), outletOfArticle(selectSentenceIndex(state)));

const marks = memoize(sentenceMarks);

export const selectSentenceMarks = (state: AppState): ReadonlyMap<string, SentenceMark> =>
  marks(selectShownFacts(state), wireOf(state), selectShownQuestions(state), selectSentenceIndex(state));

export const selectSelectedQuestion = (state: AppState): QuestionResult | undefined =>
  state.view.question === null
    ? undefined
    : selectShownQuestions(state).find((q) => q.id === state.view.question);

const evidence = memoize(questionEvidence);

export const selectQuestionEvidence = (state: AppState): ReadonlyMap<string, EvidenceMark> =>
  evidence(selectSelectedQuestion(state), selectSentenceIndex(state));

// ---- the matrix -----------------------------------------------------------------------------

export interface QuestionCell {
  article: Article;
  answer: Answer | undefined;
  /** Position of the answer among the question's choices; the fallback is the last choice. */
  choiceIndex: number;
  fallback: boolean;
  label: LocalisedName;
  /** The deciding evidence sentence, when there is one. */
  evidence: string | undefined;
}

export interface QuestionRow {
  question: QuestionResult;
  cells: QuestionCell[];
}

/** `before`: the cell's report was written before the outcome the others tell (no disagreement; see before-outcome.ts). */
export type FactCellState = 'reports' | 'differs' | 'before' | 'absent';

export interface FactCell {
  article: Article;
  state: FactCellState;
  sentenceId: string | undefined;
  /** The article's sentence is a copy of one agency text another article of this fact also carries. */
  wire: boolean;
  cue: CueRef | undefined;
}

export interface FactRow {
  fact: Fact;
  /** The fact's first sentence, quoted as its label. */
  label: string;
  cells: FactCell[];
}

/** A claim only one of the shown outlets reports: a line in a list, not a row of mostly empty cells. */
export interface SingleClaim {
  fact: Fact;
  /** The fact's first sentence, quoted as its label. */
  label: string;
  /** The shown article of its first sentence: the outlet that reports it alone. */
  article: Article;
  /** That sentence, to show in the article's column. */
  sentenceId: string;
  /** Every shown article that carries it (one outlet's, possibly several). */
  articleIds: string[];
}

export interface Matrix {
  articles: Article[];
  questions: QuestionRow[];
  /** The facts the table shows, `contradictions` then `shared`. */
  facts: FactRow[];
  /** Facts with a contradiction among the shown articles: the clear ones first, then those more outlets are on a side of. */
  contradictions: FactRow[];
  /** Facts two or more shown outlets report with no contradiction among them: the most independent outlets first. */
  shared: FactRow[];
  /** Claims one shown outlet reports alone, the outlets in column order, when a story without questions leads
   * with its facts and two outlets or more are shown; otherwise none (a story with questions leads with them and
   * leaves these to the marks in the columns). */
  single: SingleClaim[];
}

function questionRow(
  question: QuestionResult,
  articles: readonly Article[],
  index: SentenceIndex,
): QuestionRow {
  const fallbackIndex = question.choices.length - 1;
  const cells = articles.map((article): QuestionCell => {
    const answer = question.answers.find((a) => a.articleId === article.id);
    const found = answer ? question.choices.findIndex((c) => c.id === answer.answer) : -1;
    const choiceIndex = found < 0 ? fallbackIndex : found;
    const choice = question.choices[choiceIndex];
    return {
      article,
      answer,
      choiceIndex,
      fallback: choiceIndex === fallbackIndex,
      label: choice?.label ?? { ar: answer?.answer ?? '', en: answer?.answer ?? '' },
      // The first evidence that is a body sentence: an answer may also cite the headline (`<article>.title`).
      evidence: answer?.evidence.find((id) => index.has(id)),
    };
  });
  return { question, cells };
}

function factRow(
  fact: Fact,
  articles: readonly Article[],
  index: SentenceIndex,
  wireOf: ReadonlyMap<string, ReadonlySet<string>>,
): FactRow {
  const sides = fact.contradiction?.sides ?? [];
  // Against a report written before the outcome, the outcome's side reports the fact, and the early side is told as
  // written before it: neither "differs".
  const beforeOutcome = isBeforeOutcome(fact.contradiction);
  const stateOf = (side: (typeof sides)[number] | undefined): FactCellState => {
    if (!side || sides.length < 2) return 'reports';
    if (!beforeOutcome) return 'differs';
    return isBeforeCue(side.cue) ? 'before' : 'reports';
  };
  const cells = articles.map((article): FactCell => {
    const own = fact.sentenceIds.filter((id) => index.get(id)?.article.id === article.id);
    if (own.length === 0) {
      return { article, state: 'absent', sentenceId: undefined, wire: false, cue: undefined };
    }
    const side = sides.find((s) => s.articleId === article.id);
    const sentenceId = side?.sentenceIds.find((id) => own.includes(id)) ?? own[0];
    const others = new Set(
      fact.sentenceIds.filter((id) => index.get(id)?.article.id !== article.id).map((id) => id),
    );
    const copies = own.some((id) => [...(wireOf.get(id) ?? [])].some((w) => others.has(w)));
    return {
      article,
      state: stateOf(side),
      sentenceId,
      wire: copies,
      cue: side?.cue,
    };
  });
  const first = fact.sentenceIds[0];
  return { fact, label: (first && index.get(first)?.sentence.text) ?? '', cells };
}

const relationOrder = { contradiction: 0, agreement: 1, 'single-source': 2 } as const;

/** A fact the outlets shown disagree on: a contradiction, unless it only sets reports written before the outcome against it. */
const clashes = (fact: Fact) => fact.relation === 'contradiction' && !isBeforeOutcome(fact.contradiction);

/** Outlets on a side of a fact's contradictions (every pair of articles that contradict, among those shown). */
function outletsInConflict(fact: Fact, outletOf: (articleId: string) => string | undefined): number {
  const outlets = new Set<string>();
  for (const conflict of fact.conflicts ?? (fact.contradiction ? [fact.contradiction] : [])) {
    for (const side of conflict.sides) outlets.add(outletOf(side.articleId) ?? side.articleId);
  }
  return outlets.size;
}

const matrix = memoize(
  (
    questions: readonly QuestionResult[],
    facts: readonly Fact[],
    wire: AppState['corpus']['wire'],
    articles: Article[],
    index: SentenceIndex,
  ): Matrix => {
    const wireOf = new Map<string, Set<string>>();
    for (const group of wire) {
      for (const id of group.sentenceIds) {
        const set = wireOf.get(id) ?? new Set<string>();
        for (const other of group.sentenceIds) if (other !== id) set.add(other);
        wireOf.set(id, set);
      }
    }
    const column = new Map(articles.map((a, i) => [a.id, i]));
    const articleOf = (id: string) => index.get(id)?.article.id ?? '';
    const outletOf = (articleId: string) => {
      const article = articles[column.get(articleId) ?? -1];
      return article?.attribution.outletId;
    };
    const rows: { fact: Fact; i: number; involved: number }[] = [];
    const single: SingleClaim[] = [];
    facts.forEach((fact, i) => {
      const shown = fact.sentenceIds.filter((id) => column.has(articleOf(id)));
      const first = shown[0];
      if (first === undefined) return;
      // A contradiction among the shown articles leads even when one outlet holds both sides (an article that
      // contradicts itself); otherwise a row needs two outlets.
      if (fact.relation === 'contradiction' || new Set(fact.outlets).size >= 2) {
        rows.push({
          fact,
          i,
          involved: clashes(fact) ? outletsInConflict(fact, outletOf) : 0,
        });
        return;
      }
      const info = index.get(first);
      if (!info) return;
      single.push({
        fact,
        label: info.sentence.text,
        article: info.article,
        sentenceId: first,
        articleIds: [...new Set(shown.map(articleOf))],
      });
    });
    // Contradictions first (clear before soft, then the more outlets on their sides), then the most widely
    // confirmed, then corpus order.
    // A report written before the outcome against the outcome is no disagreement: it sorts with the agreements.
    const order = (fact: Fact) => (clashes(fact) ? 0 : relationOrder[fact.relation] || 1);
    const clear = (fact: Fact) => Number(clashes(fact) && fact.contradiction?.strength === 'clear');
    rows.sort(
      (a, b) =>
        order(a.fact) - order(b.fact) ||
        clear(b.fact) - clear(a.fact) ||
        b.involved - a.involved ||
        b.fact.independentOutlets - a.fact.independentOutlets ||
        a.i - b.i,
    );
    // One outlet's claims together, the outlets in column order; by article, then corpus order, within.
    const outletRank = new Map<string, number>();
    articles.forEach((a, i) => {
      if (!outletRank.has(a.attribution.outletId)) outletRank.set(a.attribution.outletId, i);
    });
    const rank = (claim: SingleClaim) => outletRank.get(claim.article.attribution.outletId) ?? 0;
    single.sort(
      (a, b) => rank(a) - rank(b) || (column.get(a.article.id) ?? 0) - (column.get(b.article.id) ?? 0),
    );
    const factRows = rows.map(({ fact }) => factRow(fact, articles, index, wireOf));
    const listsSingle =
      questions.length === 0 && new Set(articles.map((a) => a.attribution.outletId)).size >= 2;
    return {
      articles,
      questions: questions.map((q) => questionRow(q, articles, index)),
      facts: factRows,
      contradictions: factRows.filter((r) => clashes(r.fact)),
      shared: factRows.filter((r) => !clashes(r.fact)),
      single: listsSingle ? single : [],
    };
  },
);

export const selectMatrix = (state: AppState): Matrix =>
  matrix(
    selectShownQuestions(state),
    selectShownFacts(state),
    wireOf(state),
    selectVisibleArticles(state),
    selectSentenceIndex(state),
  );

/** The corpus says something to compare: questions, facts or shared wire copy. */
export const selectHasComparison = (state: AppState): boolean =>
  questionsOf(state).length > 0 || factsOf(state).length > 0 || wireOf(state).length > 0;

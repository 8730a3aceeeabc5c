// "At a glance": the coverage of each fact, how each pair of outlets agrees, and when each outlet wrote.
// Derived from the matrix and the corpus for the selected outlets, memoised on their inputs' identity.

import { addDays, dayOf, daysBetween, isoDay } from '../core/text/calendar.ts';
import { estimatePublished, type PublishedEstimate } from '../core/timeline/estimate-published.ts';
import type { Article, Fact, Outlet, StoryConfig } from '../core/types.ts';
import { type FactRow, type QuestionCell, selectMatrix, selectShownFacts } from './comparison-selectors.ts';
import { memoize } from './memo.ts';
import { selectSelectableOutlets, selectVisibleArticles } from './selectors.ts';
import type { AppState } from './slices/types.ts';

// ---- coverage ---------------------------------------------------------------------------------

export interface CoverageRow {
  fact: Fact;
  /** The fact's first sentence, as in the matrix. */
  label: string;
  /** Selected outlets that report the fact. */
  reporting: number;
  /** Of those, outlets that report it as the others do (none when it is the only one shown). */
  agree: number;
  /** Of those, outlets on a side of the fact's contradiction (as the matrix marks "differs"). */
  contradict: number;
  /** Some of it is one agency text copied by several outlets, not independent confirmations. */
  wire: boolean;
  /** The sentence to show when the reader picks the fact: a differing one first. */
  target: string | undefined;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Selected outlets with an article: the full length of every bar. */
  outlets: number;
  /** Facts only one selected outlet reports, left out of the chart. */
  singleSource: number;
  /** The story has no questions, so its facts lead: the chart heads its contradictions and the rest apart. */
  grouped: boolean;
}

function coverageRow(row: FactRow): CoverageRow {
  const reporting = new Set<string>();
  const differing = new Set<string>();
  for (const cell of row.cells) {
    if (cell.state === 'absent') continue;
    reporting.add(cell.article.attribution.outletId);
    if (cell.state === 'differs') differing.add(cell.article.attribution.outletId);
  }
  const others = reporting.size - differing.size;
  const target =
    row.cells.find((c) => c.state === 'differs')?.sentenceId ??
    row.cells.find((c) => c.state === 'reports')?.sentenceId;
  return {
    fact: row.fact,
    label: row.label,
    reporting: reporting.size,
    agree: reporting.size >= 2 ? others : 0,
    contradict: differing.size,
    wire: row.cells.some((c) => c.wire),
    target,
  };
}

const coverage = memoize((rows: FactRow[], facts: Fact[], visible: Article[], grouped: boolean): Coverage => {
  const outlets = new Set(visible.map((a) => a.attribution.outletId));
  const order = new Map(rows.map((r, i) => [r.fact.id, i]));
  const chart = rows
    .map(coverageRow)
    .filter((r) => r.reporting > 0)
    // Contradictions first, then the facts most outlets report, then as the matrix has them.
    .sort(
      (a, b) =>
        Number(b.contradict > 0) - Number(a.contradict > 0) ||
        b.reporting - a.reporting ||
        (order.get(a.fact.id) ?? 0) - (order.get(b.fact.id) ?? 0),
    );
  const charted = new Set(chart.map((r) => r.fact.id));
  const singleSource = facts.filter(
    (f) => !charted.has(f.id) && f.outlets.filter((o) => outlets.has(o)).length === 1,
  ).length;
  return { rows: chart, outlets: outlets.size, singleSource, grouped };
});

export const selectCoverage = (state: AppState): Coverage => {
  const matrix = selectMatrix(state);
  return coverage(
    matrix.facts,
    selectShownFacts(state),
    selectVisibleArticles(state),
    matrix.questions.length === 0,
  );
};

// ---- agreement between outlets ------------------------------------------------------------------

export interface PairCounts {
  /** Facts both outlets report. */
  shared: number;
  /** Of those, facts on which neither stands on another side than the other. */
  agree: number;
  /** Of those, facts whose contradiction puts them on different sides. */
  contradict: number;
}

export interface Agreement {
  outlets: Outlet[];
  /** Facts each outlet reports (the diagonal), by position in `outlets`. */
  own: number[];
  /** `pairs[i][j]`: outlets i and j (the diagonal is unused and zero). */
  pairs: PairCounts[][];
}

const agreement = memoize((facts: Fact[], articles: Article[], outlets: Outlet[]): Agreement => {
  const position = new Map(outlets.map((o, i) => [o.id, i]));
  const outletOf = new Map(articles.map((a) => [a.id, a.attribution.outletId]));
  const own = outlets.map(() => 0);
  const pairs = outlets.map(() => outlets.map(() => ({ shared: 0, agree: 0, contradict: 0 })));
  for (const fact of facts) {
    const present = [...new Set(fact.outlets)].filter((o) => position.has(o));
    const sides = new Map<string, Set<number>>();
    fact.contradiction?.sides.forEach((side, s) => {
      const outlet = outletOf.get(side.articleId);
      if (outlet) sides.set(outlet, (sides.get(outlet) ?? new Set()).add(s));
    });
    for (const a of present) own[position.get(a)!]!++;
    for (const a of present) {
      for (const b of present) {
        if (a === b) continue;
        const cell = pairs[position.get(a)!]![position.get(b)!]!;
        const sa = sides.get(a) ?? new Set<number>();
        const sb = sides.get(b) ?? new Set<number>();
        // Both on sides of the contradiction, and not the same ones: they tell this fact differently. An
        // outlet on no side reports the fact as the rest do, as the matrix shows it.
        const differ =
          sa.size > 0 && sb.size > 0 && ([...sa].some((s) => !sb.has(s)) || [...sb].some((s) => !sa.has(s)));
        cell.shared++;
        if (differ) cell.contradict++;
        else cell.agree++;
      }
    }
  }
  return { outlets, own, pairs };
});

const shownOutlets = memoize((selectable: Outlet[], visible: Article[]): Outlet[] => {
  const ids = new Set(visible.map((a) => a.attribution.outletId));
  return selectable.filter((o) => ids.has(o.id));
});

/** The selected outlets that have an article, in the filter's order. */
export const selectShownOutlets = (state: AppState): Outlet[] =>
  shownOutlets(selectSelectableOutlets(state), selectVisibleArticles(state));

export const selectAgreement = (state: AppState): Agreement =>
  agreement(selectShownFacts(state), state.corpus.articles, selectShownOutlets(state));

// ---- timeline ---------------------------------------------------------------------------------

export interface TimelineEntry {
  article: Article;
  estimate: PublishedEstimate;
  /** The article's cell in each of the story's questions, in the matrix's order. */
  answers: QuestionCell[];
}

export interface TimelineDay {
  /** ISO day. */
  day: string;
  /** The story's own date. */
  story: boolean;
  /** Days left out of the axis before this one (a long span shows only the days that hold something). */
  skippedBefore: number;
  entries: TimelineEntry[];
}

export interface Timeline {
  days: TimelineDay[];
  /** Articles nothing dates. */
  undated: TimelineEntry[];
}

/** Up to this many days the axis shows every day between the first and the last, empty ones too. */
const FULL_AXIS_DAYS = 10;

const estimates = memoize(
  (articles: Article[], story: StoryConfig): ReadonlyMap<string, PublishedEstimate> =>
    new Map(articles.map((a) => [a.id, estimatePublished(a, story)])),
);

/** The publication estimate of every article of the corpus. */
export const selectPublishedEstimates = (state: AppState): ReadonlyMap<string, PublishedEstimate> =>
  estimates(state.corpus.articles, state.corpus.story);

const timeline = memoize(
  (
    visible: Article[],
    byArticle: ReadonlyMap<string, PublishedEstimate>,
    rows: ReturnType<typeof selectMatrix>['questions'],
    storyDate: string | undefined,
  ): Timeline => {
    const entries = visible.map((article): TimelineEntry => {
      const answers = rows.flatMap((row) => row.cells.filter((c) => c.article.id === article.id));
      return { article, estimate: byArticle.get(article.id)!, answers };
    });
    const byDay = new Map<string, TimelineEntry[]>();
    const undated: TimelineEntry[] = [];
    for (const entry of entries) {
      const day = entry.estimate.date?.slice(0, 10);
      if (!day || !dayOf(day)) undated.push(entry);
      else byDay.set(day, [...(byDay.get(day) ?? []), entry]);
    }
    // A time of day orders entries within their day; the rest keep corpus order after them.
    for (const list of byDay.values()) {
      list.sort((a, b) => {
        const ta =
          a.estimate.precision === 'datetime' ? Date.parse(a.estimate.date!) : Number.POSITIVE_INFINITY;
        const tb =
          b.estimate.precision === 'datetime' ? Date.parse(b.estimate.date!) : Number.POSITIVE_INFINITY;
        return ta === tb ? 0 : ta < tb ? -1 : 1;
      });
    }
    const story = storyDate && dayOf(storyDate) ? storyDate.slice(0, 10) : undefined;
    const marked = [...byDay.keys(), ...(story && byDay.size > 0 ? [story] : [])].sort();
    const first = dayOf(marked[0]);
    const last = dayOf(marked[marked.length - 1]);
    let axis = [...new Set(marked)];
    if (first && last && (last.getTime() - first.getTime()) / 86_400_000 < FULL_AXIS_DAYS) {
      axis = [];
      for (let d = first; d <= last; d = addDays(d, 1)) axis.push(isoDay(d));
    }
    const days = axis.map((day, i): TimelineDay => {
      const previous = i > 0 ? dayOf(axis[i - 1]) : undefined;
      const gap = previous ? daysBetween(previous, dayOf(day)!) - 1 : 0;
      return { day, story: day === story, skippedBefore: gap, entries: byDay.get(day) ?? [] };
    });
    return { days, undated };
  },
);

export const selectTimeline = (state: AppState): Timeline =>
  timeline(
    selectVisibleArticles(state),
    selectPublishedEstimates(state),
    selectMatrix(state).questions,
    state.corpus.story.date,
  );

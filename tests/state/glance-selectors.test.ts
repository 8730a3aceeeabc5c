// The "at a glance" selectors over the hand-made corpus: coverage per fact, agreement per pair of outlets,
// and the timeline, each following the outlet filter.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/compare/cues/cues.ts';
import type { Article, Corpus } from '../../src/core/types.ts';
import {
  selectAgreement,
  selectCoverage,
  selectShownOutlets,
  selectTimeline,
} from '../../src/state/glance-selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const C3 = 'unidentified-002-c3';
const storeWith = (outlets: string[] | null = null, corpus: Corpus = uiCorpus) =>
  createAppStore(corpus, { ...DEFAULT_VIEW, outlets });

const counts = (state: ReturnType<ReturnType<typeof storeWith>['getState']>) =>
  selectCoverage(state).rows.map((r) => [r.fact.id, r.reporting, r.agree, r.contradict]);

describe('coverage', () => {
  it('counts, per fact two outlets report, the outlets that report, agree and contradict; contradictions first', () => {
    const state = storeWith().getState();
    expect(counts(state)).toEqual([
      ['f-duration', 2, 0, 2],
      ['f-arrival', 2, 2, 0],
      ['f-army', 2, 2, 0],
    ]);
    const coverage = selectCoverage(state);
    expect(coverage.outlets).toBe(3);
    expect(coverage.singleSource).toBe(1); // f-deadline
    expect(coverage.rows[0]?.target).toBe('001-b2.p2.s2');
    expect(coverage.rows.map((r) => r.wire)).toEqual([false, false, true]);
    expect(coverage.rows[1]?.label).toBe('ووصل الطرفان إلى موسكو لإجراء محادثات.');
  });

  it('follows the outlet filter: a hidden outlet no longer counts, and a fact one shown outlet reports is single-source', () => {
    const store = storeWith();
    store.getState().toggleOutlet('youm7');
    const state = store.getState();
    // Issue 11: the verdicts are the shown outlets'. With youm7 hidden, «6 hours» (f-duration) and the army (f-army)
    // each have one shown reporter: no contradiction and no confirmation left, so no row of facts two outlets report.
    expect(counts(state)).toEqual([['f-arrival', 2, 2, 0]]);
    expect(selectCoverage(state).singleSource).toBe(3);
    expect(selectCoverage(state).outlets).toBe(2);
    // Memoised: the same state gives the same value.
    expect(selectCoverage(state)).toBe(selectCoverage(state));
  });
});

describe('agreement', () => {
  it('gives each outlet its own fact count and each pair the facts both report, agree and contradict on', () => {
    const agreement = selectAgreement(storeWith().getState());
    expect(agreement.outlets.map((o) => o.id)).toEqual(['alarabiya', 'youm7', C3]);
    expect(agreement.own).toEqual([2, 2, 3]);
    const pair = (a: number, b: number) => agreement.pairs[a]?.[b];
    expect(pair(0, 1)).toEqual({ shared: 0, agree: 0, contradict: 0 });
    expect(pair(0, 2)).toEqual({ shared: 1, agree: 1, contradict: 0 });
    expect(pair(1, 2)).toEqual({ shared: 2, agree: 1, contradict: 1 });
    expect(pair(2, 1)).toEqual(pair(1, 2));
  });

  it('counts an outlet on no side of a contradiction as agreeing with either side', () => {
    const duration = uiCorpus.facts.find((f) => f.id === 'f-duration')!;
    const corpus: Corpus = {
      ...uiCorpus,
      facts: uiCorpus.facts.map((f) =>
        f === duration
          ? { ...f, sentenceIds: [...f.sentenceIds, '000-a1.p2.s1'], outlets: ['alarabiya', ...f.outlets] }
          : f,
      ),
    };
    const agreement = selectAgreement(storeWith(null, corpus).getState());
    expect(agreement.pairs[0]?.[1]).toEqual({ shared: 1, agree: 1, contradict: 0 });
    expect(agreement.pairs[1]?.[2]).toEqual({ shared: 2, agree: 1, contradict: 1 });
  });

  it('shows only the selected outlets', () => {
    const state = storeWith(['youm7', C3]).getState();
    expect(selectShownOutlets(state).map((o) => o.id)).toEqual(['youm7', C3]);
    expect(selectAgreement(state).own).toEqual([2, 3]);
  });
});

/** The corpus with the unidentified article's first sentence saying «أمس», found as the core finds it. */
function withYesterday(): Corpus {
  const text = 'وقّع السراج أمس على وثيقة وقف إطلاق النار في موسكو.';
  const articles = uiCorpus.articles.map((a): Article => {
    if (a.id !== '002-c3') return a;
    const [first, ...rest] = a.paragraphs;
    const sentence = { id: '002-c3.p1.s1', text, cues: findCues(text) };
    return { ...a, paragraphs: [{ ...first!, sentences: [sentence] }, ...rest] };
  });
  return { ...uiCorpus, articles };
}

describe('timeline', () => {
  it('puts dated articles on their day with their answers, the story day marked, the undated apart', () => {
    const timeline = selectTimeline(storeWith().getState());
    expect(timeline.days.map((d) => [d.day, d.story, d.entries.map((e) => e.article.id)])).toEqual([
      ['2020-01-13', true, ['000-a1', '001-b2']],
    ]);
    const first = timeline.days[0]!.entries[0]!;
    expect(first.estimate.source).toBe('provenance');
    expect(first.answers.map((c) => [c.answer?.answer, c.fallback])).toEqual([
      ['not-signed', false],
      ['unreported', true],
    ]);
    expect(timeline.undated.map((e) => [e.article.id, e.estimate.source])).toEqual([['002-c3', 'none']]);
  });

  it('places an estimate from the text on its day, every day between shown', () => {
    const timeline = selectTimeline(storeWith(null, withYesterday()).getState());
    expect(timeline.days.map((d) => [d.day, d.entries.map((e) => e.estimate.source)])).toEqual([
      ['2020-01-13', ['provenance', 'provenance']],
      ['2020-01-14', ['text']],
    ]);
    expect(timeline.undated).toEqual([]);
    // Hiding the outlet takes it off the axis.
    const hidden = selectTimeline(storeWith(['alarabiya', 'youm7'], withYesterday()).getState());
    expect(hidden.days.map((d) => d.day)).toEqual(['2020-01-13']);
  });

  it('on a long span shows only the days that hold something, and how many it skipped', () => {
    const corpus: Corpus = {
      ...uiCorpus,
      articles: uiCorpus.articles.map((a, i) =>
        i === 0
          ? { ...a, published: '2020-01-01' }
          : i === 1
            ? { ...a, published: '2020-03-01T09:30:00Z' }
            : a,
      ),
    };
    const timeline = selectTimeline(storeWith(null, corpus).getState());
    expect(timeline.days.map((d) => [d.day, d.story, d.skippedBefore, d.entries.length])).toEqual([
      ['2020-01-01', false, 0, 1],
      ['2020-01-13', true, 11, 0],
      ['2020-03-01', false, 47, 1],
    ]);
    expect(timeline.days[2]?.entries[0]?.estimate.precision).toBe('datetime');
  });
});

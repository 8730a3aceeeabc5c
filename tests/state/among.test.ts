// Issue 11: every verdict is the outlets' the reader shows. Over the seeds' golden corpus and hand-made facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus, Fact } from '../../src/core/types.ts';
import { factsAmong } from '../../src/state/among.ts';
import { indexSentences } from '../../src/state/comparison.ts';
import { selectMatrix, selectSentenceMarks, selectShownFacts } from '../../src/state/comparison-selectors.ts';
import { selectAgreement, selectCoverage } from '../../src/state/glance-selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const seeds = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8'),
) as Corpus;
const storeOf = (corpus: Corpus, outlets: string[] | null) =>
  createAppStore(corpus, { ...DEFAULT_VIEW, outlets });

describe('the seeds with two outlets that agree (Al Arabiya and Al Bayan)', () => {
  const state = storeOf(seeds, ['alarabiya', 'albayan']).getState();

  it('shows no contradiction in the matrix: both say no agreement was signed', () => {
    const matrix = selectMatrix(state);
    const outcome = matrix.questions.find((q) => q.question.id === 'talks-outcome');
    expect(outcome?.cells.map((c) => c.answer?.answer)).toEqual(['not-signed', 'not-signed']);
    expect(outcome?.question.verdict).toBe('agreement');
    expect(matrix.questions.map((q) => q.question.verdict)).not.toContain('contradiction');
    expect(matrix.facts.map((f) => f.fact.relation)).not.toContain('contradiction');
  });

  it('marks no sentence as contradicted, and no chart counts a contradiction', () => {
    expect([...selectSentenceMarks(state).values()].filter((m) => m.status === 'contradiction')).toEqual([]);
    expect(selectCoverage(state).rows.every((r) => r.contradict === 0)).toBe(true);
    expect(
      selectAgreement(state)
        .pairs.flat()
        .every((p) => p.contradict === 0),
    ).toBe(true);
  });

  it('with every outlet shown, the contradictions Youm7 brings are back', () => {
    const all = storeOf(seeds, null).getState();
    expect(selectMatrix(all).questions.find((q) => q.question.id === 'talks-outcome')?.question.verdict).toBe(
      'contradiction',
    );
    expect(selectShownFacts(all)).toBe(seeds.facts);
  });
});

describe('factsAmong', () => {
  const index = indexSentences(uiCorpus.articles);
  const ids = (corpus: Corpus) => new Set(corpus.articles.map((a) => a.id));
  const contradicted = uiCorpus.facts.find((f) => f.relation === 'contradiction') as Fact;

  it('keeps a fact whose articles are all shown as it is', () => {
    const facts = factsAmong(uiCorpus.facts, ids(uiCorpus), index, uiCorpus.wire);
    expect(facts).toBe(uiCorpus.facts);
  });

  it('drops the contradiction whose side is hidden, and counts the shown outlets only', () => {
    const sides = contradicted.contradiction?.sides.map((s) => s.articleId) ?? [];
    const shown = new Set([...ids(uiCorpus)].filter((id) => id !== sides[1]));
    const [after] = factsAmong([contradicted], shown, index, uiCorpus.wire);
    expect(after?.relation).not.toBe('contradiction');
    expect(after?.contradiction).toBeUndefined();
    expect(after?.sentenceIds.every((id) => shown.has(index.get(id)?.article.id ?? ''))).toBe(true);
    expect(after?.independentOutlets).toBeLessThanOrEqual(after?.outlets.length ?? 0);
  });

  it('keeps another conflict between shown articles when the strongest one is hidden', () => {
    const [a, b] = contradicted.contradiction?.sides ?? [];
    if (!a || !b) throw new Error('two sides');
    // A third article of the fact that also contradicts the first side, weaker.
    const third = uiCorpus.articles.find((x) => x.id !== a.articleId && x.id !== b.articleId);
    const thirdSentence = third?.paragraphs[0]?.sentences[0]?.id;
    if (!third || !thirdSentence) throw new Error('a third article');
    const weaker = {
      ...contradicted.contradiction!,
      strength: 'soft' as const,
      sides: [a, { articleId: third.id, sentenceIds: [thirdSentence] }],
    };
    const fact: Fact = {
      ...contradicted,
      sentenceIds: [...contradicted.sentenceIds, thirdSentence],
      outlets: [...new Set([...contradicted.outlets, third.attribution.outletId])],
      conflicts: [contradicted.contradiction!, weaker],
    };
    const shown = new Set([...ids(uiCorpus)].filter((id) => id !== b.articleId));
    const [after] = factsAmong([fact], shown, index, uiCorpus.wire);
    expect(after?.relation).toBe('contradiction');
    expect(after?.contradiction).toEqual(weaker);
    expect(after?.conflicts).toEqual([weaker]);
  });
});

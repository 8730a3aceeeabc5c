// Issue 12: a story without questions leads with its facts, in groups: the contradictions among the shown
// outlets, then the facts most of them report, then the claims one shown outlet reports alone. Over the seeds'
// golden corpus with its questions taken away, and hand-made facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contradiction, Corpus, Fact } from '../../src/core/types.ts';
import { type Matrix, selectMatrix } from '../../src/state/comparison-selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const seeds = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8'),
) as Corpus;

/** The corpus as a story without story.json gives it: no questions. */
function withoutQuestions(corpus: Corpus): Corpus {
  const { questions: _declared, ...story } = corpus.story;
  return { ...corpus, story, questions: [] };
}

const matrixOf = (corpus: Corpus, outlets: string[] | null = null): Matrix =>
  selectMatrix(createAppStore(corpus, { ...DEFAULT_VIEW, outlets }).getState());

const ids = (rows: readonly { fact: Fact }[]) => rows.map((r) => r.fact.id);

describe('a story without questions (the seeds, questions taken away)', () => {
  const bare = withoutQuestions(seeds);

  it('leads with the contradictions (clear first), then the facts most outlets report, then single-source claims', () => {
    const matrix = matrixOf(bare);
    expect(matrix.questions).toEqual([]);
    // «أجّل التوقيع» against «إمكانية التوقيع» and «وصل» against «سيصل» set reports written before the outcome
    // against it: no disagreement, so they join the shared facts; the attribution clash leads alone.
    expect(ids(matrix.contradictions)).toEqual(['fnmdkor']);
    expect(matrix.contradictions.map((r) => r.fact.contradiction?.strength)).toEqual(['clear']);
    // By independent outlets, most first; corpus order among equals.
    expect(ids(matrix.shared)).toEqual([
      'f1uhc25k',
      'f1hxin9v',
      'f1gat4bi',
      'f163ius7',
      'f1bykmfn',
      'f7qz8sz',
      'f1k38fki',
      'fqaxu1k',
      'fkuyapc',
      'f19agnxp',
      'f1f3ai56',
      'f1ptbuvm',
      'fltdc2m',
    ]);
    expect(matrix.shared.map((r) => r.fact.independentOutlets)).toEqual([
      5, 5, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2,
    ]);
    // The corpus's own single-source facts (every sentence no other outlet reports), one outlet's together.
    expect(matrix.single.map((c) => [c.fact.id, c.article.attribution.outletId])).toEqual([
      ['f7xqr56', 'alarabiya'],
      ['fc7wyg4', 'alarabiya'],
      ['f17lnro9', 'ahlmasr'],
      ['f1ml4pr0', 'albayan'],
      ['f1irzcf6', 'albayan'],
    ]);
    // The table's rows are the first two groups, in that order; every fact is in exactly one group.
    expect(matrix.facts).toEqual([...matrix.contradictions, ...matrix.shared]);
    const all = [...ids(matrix.facts), ...matrix.single.map((c) => c.fact.id)];
    expect([...all].sort()).toEqual(bare.facts.map((f) => f.id).sort());
  });

  it('quotes a single-source claim by its sentence and points at it in its article', () => {
    const [first] = matrixOf(bare).single;
    const sentence = bare.articles
      .flatMap((a) => a.paragraphs.flatMap((p) => p.sentences))
      .find((s) => s.id === first?.sentenceId);
    expect(first?.label).toBe(sentence?.text);
    expect(first?.articleIds).toEqual([first?.article.id]);
    expect(first?.sentenceId.startsWith(`${first?.article.id}.`)).toBe(true);
  });

  it('follows the selection: with two outlets that agree there is no contradiction, and a fact only one of them reports is single-source', () => {
    const matrix = matrixOf(bare, ['alarabiya', 'albayan']);
    expect(matrix.contradictions).toEqual([]);
    // Contradicted among all five, the talks' outcome is an agreement between these two.
    expect(ids(matrix.shared)).toContain('f1uhc25k');
    expect(matrix.shared.every((r) => r.fact.relation !== 'contradiction')).toBe(true);
    const single = new Map(matrix.single.map((c) => [c.fact.id, c.article.attribution.outletId]));
    expect(single.get('f7qz8sz')).toBe('alarabiya'); // with Ahl Masr, hidden
    expect(single.get('f1ptbuvm')).toBe('albayan'); // with Ahl Masr, hidden
    expect(single.has('fltdc2m')).toBe(false); // Ahl Masr and Turkey Now only: not in the view at all
    expect(ids(matrix.facts)).not.toContain('fltdc2m');
    expect([...single.values()].every((o) => o === 'alarabiya' || o === 'albayan')).toBe(true);
    // Al Arabiya's claims before Al Bayan's, as their columns.
    const outlets = matrix.single.map((c) => c.article.attribution.outletId);
    expect(outlets.lastIndexOf('alarabiya')).toBeLessThan(outlets.indexOf('albayan'));
  });

  it('lists no single-source claims with one outlet shown: there is nothing for them to differ from', () => {
    const matrix = matrixOf(bare, ['alarabiya']);
    expect(matrix.single).toEqual([]);
    expect(matrix.facts).toEqual([]);
  });
});

describe('a story with questions', () => {
  it('keeps its questions first and its facts as before, with no single-source list', () => {
    const matrix = matrixOf(seeds);
    expect(matrix.questions.map((q) => q.question.id)).toEqual(seeds.questions.map((q) => q.id));
    expect(matrix.single).toEqual([]);
    expect(ids(matrix.facts)).toEqual(ids(matrixOf(withoutQuestions(seeds)).facts));
  });
});

describe('the order of contradictions', () => {
  // uiCorpus: 000-a1 (alarabiya), 001-b2 (youm7), 002-c3 (unidentified). Two clear contradictions: one between
  // two outlets, reported by all three; one that sets all three against each other.
  const A = '000-a1.p2.s1';
  const B = '001-b2.p2.s2';
  const C = '002-c3.p2.s2';
  const conflict = (strength: Contradiction['strength'], ...pairs: [string, string][]): Contradiction[] =>
    pairs.map(([x, y]) => ({
      type: 'number',
      scope: 'cross',
      strength,
      sides: [x, y].map((s) => ({ articleId: s.split('.')[0] ?? '', sentenceIds: [s] })),
    }));
  const fact = (id: string, conflicts: Contradiction[]): Fact => ({
    id,
    sentenceIds: [A, B, C],
    outlets: ['alarabiya', 'youm7', 'unidentified-002-c3'],
    independentOutlets: 3,
    relation: 'contradiction',
    contradiction: conflicts[0],
    conflicts,
    similarity: 0.5,
  });
  const corpus = (facts: Fact[]): Corpus => withoutQuestions({ ...uiCorpus, facts, wire: [] });

  it('puts clear before soft, then the one more outlets are on a side of, then corpus order', () => {
    const two = fact('f-two', conflict('clear', [B, C]));
    const three = fact('f-three', conflict('clear', [A, B], [A, C]));
    const soft = fact('f-soft', conflict('soft', [A, B], [A, C]));
    expect(ids(matrixOf(corpus([soft, two, three])).contradictions)).toEqual(['f-three', 'f-two', 'f-soft']);
  });

  it('counts only the conflicts among the shown outlets', () => {
    const two = fact('f-two', conflict('clear', [B, C]));
    const three = fact('f-three', conflict('clear', [A, B], [A, C]));
    // Al Arabiya hidden: both pairs that contradict in f-three involve it, so among the two shown it agrees.
    const matrix = matrixOf(corpus([two, three]), ['youm7', 'unidentified-002-c3']);
    expect(ids(matrix.contradictions)).toEqual(['f-two']);
    expect(ids(matrix.shared)).toEqual(['f-three']);
  });

  it('leads with a contradiction inside one outlet’s article too', () => {
    const S1 = '002-c3.p2.s1';
    const internal: Fact = {
      id: 'f-internal',
      sentenceIds: [S1, C],
      outlets: ['unidentified-002-c3'],
      independentOutlets: 1,
      relation: 'contradiction',
      contradiction: {
        type: 'number',
        scope: 'internal',
        strength: 'clear',
        sides: [
          { articleId: '002-c3', sentenceIds: [S1] },
          { articleId: '002-c3', sentenceIds: [C] },
        ],
      },
      similarity: 0.5,
    };
    const matrix = matrixOf(corpus([internal]));
    expect(ids(matrix.contradictions)).toEqual(['f-internal']);
    expect(matrix.single).toEqual([]);
  });
});

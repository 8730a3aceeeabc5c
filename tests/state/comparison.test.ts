import { describe, expect, it } from 'vitest';
import type { Corpus, Cue } from '../../src/core/types.ts';
import {
  excerpt,
  indexSentences,
  placeCues,
  questionEvidence,
  sentenceMarks,
  shownParts,
} from '../../src/state/comparison.ts';
import {
  selectMatrix,
  selectQuestionEvidence,
  selectSentenceMarks,
} from '../../src/state/comparison-selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const index = indexSentences(uiCorpus.articles);
const marks = sentenceMarks(uiCorpus.facts, uiCorpus.wire, uiCorpus.questions, index);

describe('sentence marks', () => {
  it('give each sentence the strongest status of the facts and questions it belongs to', () => {
    const statuses = Object.fromEntries([...marks].map(([id, mark]) => [id, mark.status]));
    expect(statuses).toEqual({
      // The question's outcome and a report written before it (a modal cue): no disagreement, no mark.
      '000-a1.p1.s1': null,
      '000-a1.p1.s2': 'single',
      '000-a1.p2.s1': 'agreement',
      '001-b2.p1.s1': 'single', // a wire copy: shared, yet one source
      '001-b2.p2.s1': null,
      '001-b2.p2.s2': 'contradiction',
      '002-c3.p2.s1': 'agreement',
      '002-c3.p2.s2': 'contradiction',
      '002-c3.p2.s3': 'single',
    });
  });

  it('point each side of a contradiction at the other side, with both cues', () => {
    const six = marks.get('001-b2.p2.s2');
    expect(six?.contradictions).toEqual([
      expect.objectContaining({
        type: 'number',
        strength: 'clear',
        others: ['002-c3.p2.s2'],
        cue: expect.objectContaining({ text: 'أكثر من ست ساعات' }),
        otherCues: [expect.objectContaining({ text: 'نحو ثماني ساعات' })],
      }),
    ]);
    expect(marks.get('000-a1.p1.s1')?.contradictions[0]).toMatchObject({
      type: 'timing',
      questionId: 'talks-outcome',
      others: ['001-b2.p2.s1'],
    });
  });

  it('count independent confirmations and name the other sentences of an agreement', () => {
    expect(marks.get('000-a1.p2.s1')?.agreement).toEqual({
      independent: 2,
      others: ['002-c3.p2.s1'],
      similarity: 0.41,
    });
  });

  it('mark both copies of a wire text, each pointing at the other', () => {
    expect(marks.get('001-b2.p1.s1')?.wire).toEqual({ others: ['002-c3.p2.s3'], similarity: 0.95 });
    expect(marks.get('002-c3.p2.s3')?.wire).toEqual({ others: ['001-b2.p1.s1'], similarity: 0.95 });
  });

  it('keep the contradiction cue of the sentence itself for underlining', () => {
    expect(marks.get('002-c3.p2.s2')?.cues.map((c) => c.text)).toEqual(['نحو ثماني ساعات']);
    expect(marks.get('000-a1.p2.s1')?.cues).toEqual([]);
  });

  it('treat a fact sentence outside every contradiction side as agreeing with the rest of the fact', () => {
    const corpus: Corpus = {
      ...uiCorpus,
      questions: [],
      wire: [],
      facts: [
        {
          id: 'f',
          sentenceIds: ['000-a1.p2.s1', '001-b2.p1.s1', '002-c3.p2.s1'],
          outlets: ['alarabiya', 'youm7', 'unidentified-002-c3'],
          independentOutlets: 3,
          relation: 'contradiction',
          contradiction: {
            type: 'naming',
            scope: 'cross',
            strength: 'soft',
            sides: [
              { articleId: '000-a1', sentenceIds: ['000-a1.p2.s1'] },
              { articleId: '002-c3', sentenceIds: ['002-c3.p2.s1'] },
            ],
          },
          similarity: 0.5,
        },
      ],
    };
    const m = sentenceMarks(corpus.facts, corpus.wire, corpus.questions, index);
    expect(m.get('001-b2.p1.s1')?.status).toBe('agreement');
    expect(m.get('000-a1.p2.s1')?.status).toBe('contradiction');
  });
});

describe('highlight modes', () => {
  const contradiction = marks.get('001-b2.p2.s2');
  const agreement = marks.get('000-a1.p2.s1');
  const wired = marks.get('001-b2.p1.s1');
  it('show everything, one kind, or nothing', () => {
    expect(shownParts(contradiction, 'all')).toEqual({ status: 'contradiction', wire: false });
    expect(shownParts(wired, 'all')).toEqual({ status: 'single', wire: true });
    expect(shownParts(agreement, 'contradictions')).toEqual({ status: null, wire: false });
    expect(shownParts(contradiction, 'contradictions')).toEqual({ status: 'contradiction', wire: false });
    expect(shownParts(contradiction, 'agreements')).toEqual({ status: null, wire: false });
    expect(shownParts(agreement, 'agreements')).toEqual({ status: 'agreement', wire: false });
    expect(shownParts(wired, 'agreements')).toEqual({ status: null, wire: true });
    for (const mark of [contradiction, agreement, wired]) {
      expect(shownParts(mark, 'none')).toEqual({ status: null, wire: false });
    }
    expect(shownParts(undefined, 'all')).toEqual({ status: null, wire: false });
  });
});

describe('placeCues', () => {
  const text = 'لم يوقع حفتر على الاتفاق بعد ست ساعات';
  const at = (part: string, kind: Cue['kind'] = 'negation'): Cue => {
    const start = text.indexOf(part);
    return { kind, text: part, start, end: start + part.length };
  };

  it('keeps cues in text order and drops one that overlaps an earlier one', () => {
    const placed = placeCues(text, [at('ست ساعات', 'number'), at('لم يوقع'), at('يوقع حفتر', 'outcome')]);
    expect(placed.map((c) => c.text)).toEqual(['لم يوقع', 'ست ساعات']);
  });

  it('re-anchors a cue whose offsets drifted, by its words, and drops one not in the sentence', () => {
    const drifted = { ...at('حفتر', 'naming'), start: 2, end: 6 };
    const missing: Cue = { kind: 'negation', text: 'لن', start: 0, end: 2 };
    const outside: Cue = { kind: 'number', text: 'ست', start: 500, end: 502 };
    const placed = placeCues(text, [drifted, missing, outside]);
    expect(placed.map((c) => [c.text, text.slice(c.start, c.end)])).toEqual([
      ['حفتر', 'حفتر'],
      ['ست', 'ست'],
    ]);
  });
});

describe('question evidence', () => {
  it('marks every evidence sentence with its answer, the first as deciding, with the answer cue', () => {
    const question = uiCorpus.questions[0];
    const evidence = questionEvidence(question, index);
    expect([...evidence.keys()]).toEqual(['000-a1.p1.s1', '000-a1.p1.s2', '001-b2.p2.s1', '002-c3.p1.s1']);
    expect(evidence.get('000-a1.p1.s1')).toMatchObject({ deciding: true, answerLabel: { en: 'Not signed' } });
    expect(evidence.get('000-a1.p1.s2')).toMatchObject({ deciding: false, cues: [] });
    expect(evidence.get('001-b2.p2.s1')?.cues.map((c) => c.text)).toEqual(['من المتوقع']);
  });

  it('is empty without a selected question', () => {
    expect(questionEvidence(undefined, index).size).toBe(0);
  });
});

describe('selectors', () => {
  it('follow the selected question and return the same value while nothing changes', () => {
    const store = createAppStore(uiCorpus);
    expect(selectQuestionEvidence(store.getState()).size).toBe(0);
    store.getState().selectQuestion('army-position');
    expect([...selectQuestionEvidence(store.getState()).keys()]).toEqual(['001-b2.p1.s1']);
    expect(selectSentenceMarks(store.getState())).toBe(selectSentenceMarks(store.getState()));
    expect(selectMatrix(store.getState())).toBe(selectMatrix(store.getState()));
  });

  it('ignore a question id the corpus does not know', () => {
    const store = createAppStore(uiCorpus);
    store.getState().selectQuestion('who-won');
    expect(store.getState().view.question).toBeNull();
  });

  it('build the matrix over the visible articles: questions, then shared facts, contradictions first', () => {
    const store = createAppStore(uiCorpus);
    const matrix = selectMatrix(store.getState());
    expect(matrix.articles.map((a) => a.id)).toEqual(['000-a1', '001-b2', '002-c3']);
    expect(
      matrix.questions[0]?.cells.map((c) => [c.answer?.answer, c.choiceIndex, c.fallback, c.evidence]),
    ).toEqual([
      ['not-signed', 1, false, '000-a1.p1.s1'],
      ['expected', 2, false, '001-b2.p2.s1'],
      ['not-signed', 1, false, '002-c3.p1.s1'],
    ]);
    expect(matrix.questions[1]?.cells.map((c) => c.fallback)).toEqual([true, false, true]);
    // The single-outlet fact is not a row; the wire copy shared by two outlets is.
    expect(matrix.facts.map((f) => f.fact.id)).toEqual(['f-duration', 'f-arrival', 'f-army']);
    expect(matrix.facts[0]?.cells.map((c) => [c.state, c.sentenceId, c.cue?.text])).toEqual([
      ['absent', undefined, undefined],
      ['differs', '001-b2.p2.s2', 'أكثر من ست ساعات'],
      ['differs', '002-c3.p2.s2', 'نحو ثماني ساعات'],
    ]);
    expect(matrix.facts[2]?.cells.map((c) => [c.state, c.wire])).toEqual([
      ['absent', false],
      ['reports', true],
      ['reports', true],
    ]);

    store.getState().toggleOutlet('youm7');
    const filtered = selectMatrix(store.getState());
    expect(filtered.articles.map((a) => a.id)).toEqual(['000-a1', '002-c3']);
    expect(filtered.questions[0]?.cells).toHaveLength(2);
  });

  it('treat an answer id missing from the choices, or a missing answer, as the fallback', () => {
    const [first] = uiCorpus.questions;
    if (!first) throw new Error('fixture has a question');
    const corpus: Corpus = {
      ...uiCorpus,
      questions: [{ ...first, answers: [{ articleId: '000-a1', answer: 'bogus', evidence: [] }] }],
    };
    const matrix = selectMatrix(createAppStore(corpus).getState());
    expect(matrix.questions[0]?.cells.map((c) => [c.fallback, c.label.en])).toEqual([
      [true, 'Not mentioned'],
      [true, 'Not mentioned'],
      [true, 'Not mentioned'],
    ]);
  });
});

describe('excerpt', () => {
  it('cuts long text at a word boundary with an ellipsis and leaves short text alone', () => {
    expect(excerpt('قصير')).toBe('قصير');
    const long = 'كلمة '.repeat(40);
    const cut = excerpt(long, 30);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(31);
    expect(cut).not.toMatch(/\s…$/);
  });
});

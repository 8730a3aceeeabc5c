import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/types.ts';
import { selectMatrix } from '../../src/state/comparison-selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view.ts';
import { type MatrixWords, matrixRows } from '../../src/ui/export/matrix-rows.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const words: MatrixWords = {
  lang: 'en',
  question: 'Q',
  facts: 'FACTS',
  group: (kind, count) => `${kind.toUpperCase()} ${count}`,
  verdict: 'V',
  reports: 'reports',
  differs: 'differs',
  before: 'before',
  absent: 'absent',
  wire: 'wire',
  outletName: (article) => `name:${article.attribution.outletId}`,
  verdictLabel: (relation, contradiction, independent) =>
    [relation, contradiction?.type, independent].filter((x) => x !== undefined).join('/'),
};

function rowsOf(corpus: Corpus, view: Partial<ViewState> = {}): string[][] {
  const store = createAppStore(corpus, { ...DEFAULT_VIEW, ...view });
  return matrixRows(selectMatrix(store.getState()), words);
}

describe('matrixRows', () => {
  it('gives the header, the questions, a blank row, then every fact two outlets share', () => {
    const rows = rowsOf(uiCorpus);
    expect(rows[0]).toEqual(['Q', 'V', 'name:alarabiya', 'name:youm7', 'name:unidentified-002-c3']);
    expect(rows[1]).toEqual([
      'Did the talks end in an agreement?',
      'contradiction/timing',
      'Not signed «طلب حفتر مهلة حتى صباح الثلاثاء»',
      'Expected',
      'Not signed «وقّع السراج»',
    ]);
    expect(rows[2]).toEqual([
      'Does the army keep its positions?',
      'single-source',
      'Not mentioned',
      'Stays',
      'Not mentioned',
    ]);
    expect(rows[3]).toEqual([]);
    expect(rows[4]?.[0]).toBe('FACTS');
    // Contradiction first, as on screen; a one-outlet fact is no row; wire copies say so.
    expect(rows.slice(5)).toEqual([
      [
        'واستمرت المحادثات أكثر من ست ساعات.',
        'contradiction/number/2',
        'absent',
        'differs «أكثر من ست ساعات»',
        'differs «نحو ثماني ساعات»',
      ],
      ['ووصل الطرفان إلى موسكو لإجراء محادثات.', 'agreement/2', 'reports', 'absent', 'reports'],
      [
        'أكد الجيش الليبي أن قواته باقية في مواقعها.',
        'single-source/1',
        'absent',
        'reports (wire)',
        'reports (wire)',
      ],
    ]);
  });

  it('has a column per selected outlet only, in corpus order', () => {
    const rows = rowsOf(uiCorpus, { outlets: ['unidentified-002-c3', 'youm7'] });
    expect(rows[0]).toEqual(['Q', 'V', 'name:youm7', 'name:unidentified-002-c3']);
    expect(rows.every((row) => row.length === 0 || row.length === 4)).toBe(true);
  });

  it('numbers a second article of one outlet as the table does, and words a story without questions', () => {
    const second = uiCorpus.articles[2];
    if (!second) throw new Error('fixture changed');
    const corpus: Corpus = {
      ...uiCorpus,
      questions: [],
      articles: uiCorpus.articles.map((a) =>
        a === second ? { ...a, attribution: { ...a.attribution, outletId: 'alarabiya' } } : a,
      ),
    };
    const rows = rowsOf(corpus);
    // Without questions the facts lead, in groups: the contradiction first, under its group's header.
    expect(rows[0]).toEqual(['CONTRADICTIONS 1', 'V', 'name:alarabiya', 'name:youm7', 'name:alarabiya (2)']);
  });

  it('gives a story without questions its groups, each under its header and count: contradictions, shared, single-source', () => {
    const { questions: _declared, ...story } = uiCorpus.story;
    const rows = rowsOf({ ...uiCorpus, story, questions: [] });
    const heads = ['name:alarabiya', 'name:youm7', 'name:unidentified-002-c3'];
    expect(rows).toEqual([
      ['CONTRADICTIONS 1', 'V', ...heads],
      [
        'واستمرت المحادثات أكثر من ست ساعات.',
        'contradiction/number/2',
        'absent',
        'differs «أكثر من ست ساعات»',
        'differs «نحو ثماني ساعات»',
      ],
      [],
      ['SHARED 2', 'V', ...heads],
      ['ووصل الطرفان إلى موسكو لإجراء محادثات.', 'agreement/2', 'reports', 'absent', 'reports'],
      [
        'أكد الجيش الليبي أن قواته باقية في مواقعها.',
        'single-source/1',
        'absent',
        'reports (wire)',
        'reports (wire)',
      ],
      [],
      // Every claim one outlet reports alone (the screen folds them).
      ['SINGLE 1', 'V', ...heads],
      ['وطلب حفتر مهلة حتى صباح الثلاثاء.', 'single-source/1', 'reports', 'absent', 'absent'],
    ]);
    // Among the outlets shown: youm7 hidden, «six hours» is a claim the unidentified outlet reports alone.
    const shown = rowsOf(
      { ...uiCorpus, story, questions: [] },
      { outlets: ['alarabiya', 'unidentified-002-c3'] },
    );
    expect(shown.map((r) => r[0])).toEqual([
      'SHARED 1',
      'ووصل الطرفان إلى موسكو لإجراء محادثات.',
      undefined,
      'SINGLE 3',
      'وطلب حفتر مهلة حتى صباح الثلاثاء.',
      // Quoted by their shown sentence.
      'واستمرت المحادثات نحو ثماني ساعات.',
      'وأكد الجيش الليبي أن قواته باقية في مواقعها.',
    ]);
  });

  it('gives no rows when no outlet is selected', () => {
    expect(rowsOf(uiCorpus, { outlets: [] })).toEqual([]);
  });
});

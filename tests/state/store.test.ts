import { describe, expect, it } from 'vitest';
import {
  selectCounts,
  selectOutletById,
  selectSelectableOutlets,
  selectShownDropped,
  selectShownProblems,
  selectUnidentifiedNumbers,
  selectVisibleArticles,
} from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const ids = (store: ReturnType<typeof createAppStore>) =>
  selectVisibleArticles(store.getState()).map((a) => a.id);

describe('store', () => {
  it('starts with every outlet, Arabic, Latin digits', () => {
    const store = createAppStore(uiCorpus);
    expect(store.getState().view).toEqual({ ...DEFAULT_VIEW, outlets: null, lang: 'ar', digits: 'latn' });
    expect(store.getState().outletIds).toEqual(['alarabiya', 'youm7', 'unidentified-002-c3']);
    expect(ids(store)).toEqual(['000-a1', '001-b2', '002-c3']);
  });

  it('hides one outlet from "all" and shows it again, back to "all"', () => {
    const store = createAppStore(uiCorpus);
    store.getState().toggleOutlet('youm7');
    expect(store.getState().view.outlets).toEqual(['alarabiya', 'unidentified-002-c3']);
    expect(ids(store)).toEqual(['000-a1', '002-c3']);
    store.getState().toggleOutlet('youm7');
    expect(store.getState().view.outlets).toBeNull();
  });

  it('keeps the selection in corpus order and can empty it', () => {
    const store = createAppStore(uiCorpus);
    store.getState().setOutlets(['youm7']);
    store.getState().toggleOutlet('alarabiya');
    expect(store.getState().view.outlets).toEqual(['alarabiya', 'youm7']);
    store.getState().toggleOutlet('alarabiya');
    store.getState().toggleOutlet('youm7');
    expect(store.getState().view.outlets).toEqual([]);
    expect(selectVisibleArticles(store.getState())).toEqual([]);
    store.getState().showAllOutlets();
    expect(store.getState().view.outlets).toBeNull();
  });

  it('ignores toggles of unknown outlets and no-op changes', () => {
    const store = createAppStore(uiCorpus);
    const before = store.getState().view;
    store.getState().toggleOutlet('cnn');
    store.getState().setLang('ar');
    store.getState().showAllOutlets();
    expect(store.getState().view).toBe(before);
  });

  it('switches language and digits', () => {
    const store = createAppStore(uiCorpus);
    store.getState().setLang('en');
    store.getState().setDigits('arab');
    expect(store.getState().view).toEqual({ ...DEFAULT_VIEW, outlets: null, lang: 'en', digits: 'arab' });
  });

  it('records what the URL dropped, and lets the reader dismiss it', () => {
    const store = createAppStore(uiCorpus);
    store
      .getState()
      .applyUrl({ ...DEFAULT_VIEW, outlets: ['youm7'], lang: 'en', digits: 'latn' }, [
        { kind: 'unknown-param', param: 'x', value: '1' },
      ]);
    expect(store.getState().view.outlets).toEqual(['youm7']);
    expect(selectShownDropped(store.getState())).toHaveLength(1);
    expect(selectShownProblems(store.getState())).toEqual(uiCorpus.problems);
    store.getState().dismissNotices();
    expect(selectShownDropped(store.getState())).toEqual([]);
    expect(selectShownProblems(store.getState())).toEqual([]);
    // A clean read keeps the notice dismissed; new drops reopen it.
    store.getState().applyUrl({ ...DEFAULT_VIEW, outlets: null, lang: 'ar', digits: 'latn' }, []);
    expect(selectShownProblems(store.getState())).toEqual([]);
    store
      .getState()
      .applyUrl({ ...DEFAULT_VIEW, outlets: null, lang: 'ar', digits: 'latn' }, [
        { kind: 'bad-lang', param: 'lang', value: 'fr' },
      ]);
    expect(selectShownDropped(store.getState())).toHaveLength(1);
  });

  it('tracks the copy status', () => {
    const store = createAppStore(uiCorpus);
    store.getState().setCopyStatus('copied');
    expect(store.getState().copyStatus).toBe('copied');
  });
});

describe('selectors', () => {
  it('are memoised: same inputs, same output object', () => {
    const store = createAppStore(uiCorpus);
    const a = selectVisibleArticles(store.getState());
    store.getState().setLang('en'); // a new view object, same outlet selection
    expect(selectVisibleArticles(store.getState())).toBe(a);
    expect(selectCounts(store.getState())).toBe(selectCounts(store.getState()));
    expect(selectOutletById(store.getState())).toBe(selectOutletById(store.getState()));
  });

  it('count outlets, articles and the selection', () => {
    const store = createAppStore(uiCorpus);
    store.getState().setOutlets(['youm7']);
    expect(selectCounts(store.getState())).toEqual({
      outlets: 2,
      unidentified: 1,
      filterable: 3,
      articles: 3,
      selectedOutlets: 1,
      visibleArticles: 1,
    });
  });

  it('look outlets up by id and list the selectable ones in corpus order', () => {
    const store = createAppStore(uiCorpus);
    expect(selectOutletById(store.getState()).get('youm7')?.name.en).toBe('Youm7');
    expect(selectSelectableOutlets(store.getState()).map((o) => o.id)).toEqual([
      'alarabiya',
      'youm7',
      'unidentified-002-c3',
    ]);
  });

  it('leave out outlets without articles', () => {
    const corpus = {
      ...uiCorpus,
      outlets: [...uiCorpus.outlets, { id: 'idle', name: { ar: 'خامل', en: 'Idle' }, colour: 4 }],
    };
    const store = createAppStore(corpus);
    expect(store.getState().outletIds).not.toContain('idle');
  });

  it('number unidentified outlets only when there are several', () => {
    expect(selectUnidentifiedNumbers(createAppStore(uiCorpus).getState()).size).toBe(0);
    const second = {
      id: 'unidentified-003-d4',
      name: { ar: 'مصدر', en: 'Source' },
      colour: 3,
      unidentified: true,
    };
    const article = uiCorpus.articles[2]!;
    const corpus = {
      ...uiCorpus,
      outlets: [...uiCorpus.outlets, second],
      articles: [
        ...uiCorpus.articles,
        { ...article, id: '003-d4', attribution: { ...article.attribution, outletId: second.id } },
      ],
    };
    const numbers = selectUnidentifiedNumbers(createAppStore(corpus).getState());
    expect([...numbers]).toEqual([
      ['unidentified-002-c3', 1],
      ['unidentified-003-d4', 2],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

const withoutYoum7 = {
  ...uiCorpus,
  articles: uiCorpus.articles.filter((a) => a.attribution.outletId !== 'youm7'),
};

describe('corpus slice', () => {
  it('setCorpus re-derives the outlets and keeps the selection that still applies', () => {
    const store = createAppStore(uiCorpus);
    store.getState().setOutlets(['alarabiya', 'youm7']);
    store.getState().setCorpus(withoutYoum7);
    const state = store.getState();
    expect(state.outletIds).toEqual(['alarabiya', 'unidentified-002-c3']);
    expect(state.view.outlets).toEqual(['alarabiya']);
    expect(state.base).toBe(uiCorpus);
    expect(state.corpus).toBe(withoutYoum7);
  });

  it('setCorpus leaves an unchanged view object alone, so the URL is not rewritten', () => {
    const store = createAppStore(uiCorpus);
    const before = store.getState().view;
    store.getState().setCorpus({ ...uiCorpus });
    expect(store.getState().view).toBe(before);
  });

  it('setBase replaces both the base and the shown corpus', () => {
    const store = createAppStore(uiCorpus);
    store.getState().setBase(withoutYoum7);
    expect(store.getState().base).toBe(withoutYoum7);
    expect(store.getState().corpus).toBe(withoutYoum7);
  });
});

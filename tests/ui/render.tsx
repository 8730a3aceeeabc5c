// Renders the app around a fresh store, so each test starts from a known view.
import { render } from '@testing-library/react';
import type { Corpus } from '../../src/core/types.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view.ts';
import { App } from '../../src/ui/App.tsx';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

export function renderApp(view?: Partial<ViewState>, corpus: Corpus = uiCorpus) {
  const store = createAppStore(corpus, view ? { ...DEFAULT_VIEW, ...view } : undefined);
  const result = render(<App corpus={corpus} store={store} />);
  return { ...result, store };
}

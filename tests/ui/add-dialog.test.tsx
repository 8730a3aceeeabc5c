// @vitest-environment jsdom
// The "add an article" bar and dialog over a real store, the analysis on this thread and storage in memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/core/schema.ts';
import { startOwnArticles } from '../../src/state/own-sync.ts';
import type { OwnStorage } from '../../src/storage/own-storage.ts';
import { StorageFailure } from '../../src/storage/own-storage.ts';
import { createInlineAnalyzer } from '../../src/worker/inline-analyzer.ts';
import { ROOT, registry } from '../core/helpers.ts';
import { renderApp } from './render.tsx';

afterEach(cleanup);

const base = parseCorpus(
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8')),
);
const ARTICLE = readFileSync(
  path.join(ROOT, 'tests/fixtures/holdout-moscow/aljazeera-haftar-leaves.txt'),
  'utf8',
);

function storage(fail?: StorageFailure): OwnStorage {
  return {
    load: async () => ({ records: [], corrupted: 0 }),
    put: async () => {
      if (fail) throw fail;
    },
    remove: async () => undefined,
    putAnalysis: async () => undefined,
    listStories: async () => [],
    putStory: async () => undefined,
    removeStory: async () => undefined,
  };
}

async function setup(fail?: StorageFailure) {
  const rendered = renderApp(undefined, base);
  await act(() =>
    startOwnArticles(rendered.store, { analyzer: createInlineAnalyzer(registry), storage: storage(fail) }),
  );
  return rendered;
}

describe('add an article', { timeout: 60_000 }, () => {
  it('shows its button from the first paint, disabled until the own articles are started (no shift later)', () => {
    renderApp(undefined, base);
    expect(screen.getByTestId('own-open')).toBeDisabled();
  });

  it('says an empty paste is empty, without analysing anything', async () => {
    const { store } = await setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /أضف مقالًا/ }));
    expect(await screen.findByRole('dialog', { name: 'أضف مقالًا من عندك' })).toBeInTheDocument();
    expect(screen.getByLabelText('نص المقال')).toHaveFocus();
    await user.click(screen.getByTestId('own-submit'));
    expect(screen.getByTestId('own-status')).toHaveTextContent('النص الملصق فارغ');
    expect(store.getState().corpus).toBe(base);
  });

  it('adds a pasted article: result in the live region, listed as yours with a remove button; Escape closes', async () => {
    const { store } = await setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('own-open'));
    const paste = await screen.findByLabelText('نص المقال');
    expect(paste).toHaveAttribute('dir', 'rtl');
    expect(paste).toHaveAttribute('lang', 'ar');
    await user.click(paste);
    await user.paste(ARTICLE);
    await user.click(screen.getByTestId('own-submit'));
    await waitFor(() => expect(screen.getAllByTestId('own-result')).toHaveLength(1));
    expect(screen.getByTestId('own-result')).toHaveTextContent('أُضيف، وحُفظ في متصفحك');
    expect(store.getState().corpus.articles.filter((a) => a.own)).toHaveLength(1);
    expect(screen.getByTestId('own-item')).toHaveTextContent('مقالك');
    // A paste is listed, and its remove button named, by the article's headline.
    const title = store.getState().corpus.articles.find((a) => a.own)?.title ?? 'none';
    // Cut in words when long (the title attribute holds it whole).
    expect(screen.getByTestId('own-item')).toHaveTextContent(title.split(' ').slice(0, 4).join(' '));
    expect(screen.getByRole('button', { name: `أزِل «${title}» من المقارنة ومن متصفحك` })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('own-open')).toHaveFocus();
  });

  it('tells a quota failure: shown for this session only', async () => {
    await setup(new StorageFailure('quota', 'full'));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('own-open'));
    await user.click(await screen.findByLabelText('نص المقال'));
    await user.paste(ARTICLE);
    await user.click(screen.getByTestId('own-submit'));
    await waitFor(() => expect(screen.getByTestId('own-result')).toHaveTextContent('لهذه الجلسة فقط'));
    // The notice is a lazily loaded part: it may take a moment on a busy machine.
    expect(await screen.findByTestId('own-storage', {}, { timeout: 5000 })).toHaveTextContent(
      'امتلأت مساحة التخزين',
    );
    expect(screen.getByTestId('own-item')).toHaveTextContent('لم يُحفظ');
  });
});

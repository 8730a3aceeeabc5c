// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Corpus, Outlet } from '../../src/core/types.ts';
import { COLUMNS_PER_PAGE } from '../../src/ui/reader/Columns.tsx';
import { uiCorpus } from '../fixtures/ui-corpus.ts';
import { renderApp } from './render.tsx';

afterEach(cleanup);

/** A story of `n` outlets, each with one copy of the fixture's first article under ids of its own. */
function manyOutlets(n: number): Corpus {
  const template = uiCorpus.articles[0]!;
  const outlets: Outlet[] = [];
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const id = `outlet-${String(i).padStart(2, '0')}`;
    const articleId = `a${String(i).padStart(2, '0')}`;
    outlets.push({ id, name: { ar: `وسيلة ${i}`, en: `Outlet ${i}` }, colour: i });
    articles.push({
      ...template,
      id: articleId,
      file: `${articleId}.txt`,
      attribution: { ...template.attribution, outletId: id },
      paragraphs: template.paragraphs.map((p) => ({
        ...p,
        sentences: p.sentences.map((s) => ({ ...s, id: s.id.replace(template.id, articleId) })),
      })),
    });
  }
  return { ...uiCorpus, outlets, articles, facts: [], wire: [], questions: [] };
}

const shownOutlets = () => screen.getAllByTestId('column').map((c) => c.dataset.outlet);

describe('column pages', () => {
  it('a story of few outlets shows every column and no pager', () => {
    renderApp();
    expect(screen.getAllByTestId('column')).toHaveLength(3);
    expect(screen.queryByTestId('column-pages')).toBeNull();
  });

  it(`twenty outlets show ${COLUMNS_PER_PAGE} columns at a time, with a pager that reaches the rest`, async () => {
    const user = userEvent.setup();
    renderApp(undefined, manyOutlets(20));
    expect(shownOutlets()).toHaveLength(COLUMNS_PER_PAGE);
    expect(shownOutlets()[0]).toBe('outlet-00');
    const pager = screen.getByTestId('column-pages');
    expect(pager).toHaveTextContent(`1–${COLUMNS_PER_PAGE} من 20`);
    await user.click(screen.getByRole('button', { name: 'المقالات التالية' }));
    await user.click(screen.getByRole('button', { name: 'المقالات التالية' }));
    expect(shownOutlets()).toEqual(['outlet-16', 'outlet-17', 'outlet-18', 'outlet-19']);
    expect(screen.getByRole('button', { name: 'المقالات التالية' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'المقالات السابقة' }));
    expect(shownOutlets()[0]).toBe('outlet-08');
  });

  it('asking to see a sentence of an article on another page turns to that page', () => {
    const corpus = manyOutlets(20);
    const { store } = renderApp(undefined, corpus);
    const sentence = corpus.articles[13]!.paragraphs[0]!.sentences[0]!.id;
    act(() => store.getState().focusSentence(sentence));
    expect(shownOutlets()).toContain('outlet-13');
  });
});

// The articles side by side. Phones: one pane at a time, snapping sideways in its own scroller. Wider
// screens: columns share the width (at least 15rem each, so five fit a 1440 px screen) and the column area scrolls when they do not fit.
// The row itself is always right to left, so the first article is at the right in either interface language:
// the articles are Arabic, and a reader who switches to English keeps the same spatial order.
//
// A story with many outlets shows its columns a page at a time (COLUMNS_PER_PAGE): fifty articles side by side
// help nobody and cost the phone its smoothness. The page follows a sentence the reader asks to see.
import { useDeferredValue, useEffect, useState } from 'react';
import type { Article } from '../../core/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectCounts, selectVisibleArticles } from '../../state/selectors.ts';
import { buttonClass } from '../common/styles.ts';
import { ArticleColumn } from './ArticleColumn.tsx';
import { EmptyState, NewStoryEmpty } from './EmptyState.tsx';

export const COLUMNS_PER_PAGE = 8;

const holds = (article: Article, sentenceId: string) =>
  article.paragraphs.some((p) => p.sentences.some((s) => s.id === sentenceId));

/** The page of columns shown, kept on the page that holds a sentence the reader asked to see. */
function useColumnPage(articles: Article[]) {
  const focus = useAppState((state) => state.focus);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(articles.length / COLUMNS_PER_PAGE));
  useEffect(() => {
    if (!focus) return;
    const index = articles.findIndex((article) => holds(article, focus.sentenceId));
    if (index >= 0) setPage(Math.floor(index / COLUMNS_PER_PAGE));
  }, [focus, articles]);
  const current = Math.min(page, pages - 1);
  return { page: current, pages, setPage };
}

export function Columns() {
  const t = useT();
  // Deferred: a toggle paints its button at once; the columns follow in an interruptible render.
  const articles = useDeferredValue(useAppState(selectVisibleArticles));
  const counts = useAppState(selectCounts);
  // A story made in the browser opens empty and its stored articles join it once analysed.
  const analysing = useAppState((state) => state.own.records.length > 0);
  const ownStory = useAppState((state) =>
    state.stories.some((story) => story.id === state.base.story.id && story.own),
  );
  const { page, pages, setPage } = useColumnPage(articles);
  if (counts.articles === 0) {
    if (ownStory && analysing)
      return (
        <p role="status" className="px-6 py-16 text-center text-stone-600">
          {t('stories.analysing')}
        </p>
      );
    return ownStory ? (
      <NewStoryEmpty />
    ) : (
      <p className="px-6 py-16 text-center text-stone-600">{t('empty.noArticles')}</p>
    );
  }
  if (articles.length === 0) return <EmptyState />;
  const first = page * COLUMNS_PER_PAGE;
  const shown = articles.slice(first, first + COLUMNS_PER_PAGE);
  return (
    <>
      {pages > 1 ? (
        <nav
          aria-label={t('reader.pagesLabel')}
          data-testid="column-pages"
          className="flex flex-wrap items-center gap-3 px-4 pt-3 text-sm min-[641px]:px-8 print:hidden"
        >
          <button
            type="button"
            className={buttonClass}
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            {t('reader.pagePrevious')}
          </button>
          <span role="status" className="text-stone-700">
            {t('reader.pageRange', {
              from: first + 1,
              to: first + shown.length,
              count: articles.length,
            })}
          </span>
          <button
            type="button"
            className={buttonClass}
            disabled={page === pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {t('reader.pageNext')}
          </button>
        </nav>
      ) : null}
      {articles.length > 1 ? (
        <p className="px-4 pt-3 text-xs text-stone-600 min-[641px]:hidden print:hidden">
          {t('reader.scrollHint')}
        </p>
      ) : null}
      <div
        dir="rtl"
        data-testid="columns"
        className={
          'flex snap-x snap-mandatory items-start gap-3 overflow-x-auto overscroll-x-contain scroll-px-4 px-4 pt-3 pb-6 ' +
          'min-[641px]:grid min-[641px]:items-stretch min-[641px]:snap-none min-[641px]:auto-cols-[minmax(15rem,44rem)] min-[641px]:grid-flow-col min-[641px]:gap-6 min-[641px]:scroll-px-8 min-[641px]:px-8 min-[641px]:pt-6 ' +
          'print:block print:space-y-8 print:overflow-visible print:p-0'
        }
      >
        {shown.map((article) => (
          <ArticleColumn key={article.id} article={article} />
        ))}
      </div>
    </>
  );
}

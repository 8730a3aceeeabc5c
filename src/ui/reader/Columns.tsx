// The articles side by side. Phones: one pane at a time, snapping sideways in its own scroller. Wider
// screens: columns share the width (at least 15rem each, so five fit a 1440 px screen) and the column area scrolls when they do not fit.
// The row itself is always right to left, so the first article is at the right in either interface language:
// the articles are Arabic, and a reader who switches to English keeps the same spatial order.
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectCounts, selectVisibleArticles } from '../../state/selectors.ts';
import { ArticleColumn } from './ArticleColumn.tsx';
import { EmptyState } from './EmptyState.tsx';

export function Columns() {
  const t = useT();
  const articles = useAppState(selectVisibleArticles);
  const counts = useAppState(selectCounts);
  if (counts.articles === 0) {
    return <p className="px-6 py-16 text-center text-stone-600">{t('empty.noArticles')}</p>;
  }
  if (articles.length === 0) return <EmptyState />;
  return (
    <>
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
        {articles.map((article) => (
          <ArticleColumn key={article.id} article={article} />
        ))}
      </div>
    </>
  );
}

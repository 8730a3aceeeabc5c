import { memo } from 'react';
import type { Article, Outlet } from '../../core/types.ts';
import { dirOf } from '../../i18n/locale.ts';
import { useAppState } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { outletColour } from '../common/palette.ts';
import { ArticleSource } from './ArticleSource.tsx';
import { ArticleText } from './ArticleText.tsx';
import { Clutter } from './Clutter.tsx';

/** Stands in when the corpus names an outlet it does not list, so the article still shows. */
function missingOutlet(id: string): Outlet {
  return { id, name: { ar: id, en: id }, colour: 0, unidentified: true };
}

function ArticleColumnView({ article }: { article: Article }) {
  const outletId = article.attribution.outletId;
  const outlet = useAppState(selectOutletById).get(outletId) ?? missingOutlet(outletId);
  const lang = useAppState((state) => state.view.lang);
  const nameId = `outlet-name-${article.id}`;
  // `relative`: visually hidden text inside is positioned absolutely; without a positioned column it would
  // escape the sideways scroller and widen the whole page on phones.
  return (
    <article
      data-testid="column"
      data-outlet={outletId}
      data-article={article.id}
      aria-labelledby={nameId}
      // The columns always run right to left (see Columns); each column's chrome follows the interface.
      dir={dirOf(lang)}
      className={
        'relative flex w-[88vw] min-w-0 shrink-0 snap-start flex-col rounded-lg border border-t-4 border-stone-200 bg-white ' +
        'shadow-[0_1px_2px_rgb(0_0_0/0.04)] min-[641px]:w-auto print:w-auto print:break-inside-auto print:shadow-none'
      }
      style={{ borderTopColor: outlet.unidentified ? undefined : outletColour(outlet.colour) }}
    >
      <ArticleSource article={article} outlet={outlet} nameId={nameId} />
      <ArticleText article={article} />
      <Clutter removed={article.removed} />
    </article>
  );
}

/** Memoised: its props are the corpus's own objects, so a parent's re-render (a toggle, a question) skips it. */
export const ArticleColumn = memo(ArticleColumnView);

// The reader's own articles: the button that opens the "add" dialog, the list of what they added (each marked
// as theirs, with a remove button and an undo), and what the browser's storage did, in a polite live region.
import { lazy, Suspense, useRef } from 'react';
import { showControls } from '../../i18n/bidi.ts';
import { withStrings } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/use-t.ts';
import { excerpt } from '../../state/comparison.ts';
import { useAppState } from '../../state/react.tsx';
import { OwnBadge } from '../common/OwnBadge.tsx';
import { buttonClass } from '../common/styles.ts';
import { useStartOwn } from '../stories/use-start-own.ts';

// The dialog (paste box, drop zone, outlet list) is fetched when the reader first opens it.
const AddDialog = lazy(withStrings(() => import('./AddDialog.tsx').then((m) => ({ default: m.AddDialog }))));

// What the browser's storage did and the undo of a removal: rare, so their words come when needed.
const OwnNotices = lazy(
  withStrings(() => import('./OwnNotices.tsx').then((m) => ({ default: m.OwnNotices }))),
);

export function OwnArticles() {
  const t = useT();
  const actions = useAppState((state) => state.ownActions);
  const { ready, starting, start } = useStartOwn();
  const own = useAppState((state) => state.own);
  const articles = useAppState((state) => state.corpus.articles);
  // A paste has no file name: the list names each article by its headline, when the analysis found one.
  const titles = new Map(articles.filter((a) => a.own && a.title).map((a) => [a.id, a.title!]));
  const open = useAppState((state) => state.dialog === 'add');
  const setDialog = useAppState((state) => state.setDialog);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setDialog(null);
    opener.current?.focus();
  };
  // The bar is there from the first paint (a bar that appeared later would push the comparison down under the
  // reader); its button starts the own articles' code first if no stored article has started it yet.
  const unsaved = new Set(own.unsaved);
  return (
    <section
      aria-label={t('own.openTitle')}
      className="px-4 pt-3 min-[641px]:px-8 print:hidden"
      data-testid="own-bar"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <button
          ref={opener}
          type="button"
          data-testid="own-open"
          className={buttonClass}
          title={t('own.openTitle')}
          aria-haspopup="dialog"
          disabled={!ready}
          aria-busy={starting}
          onClick={() => void start().then(() => setDialog('add'))}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M8 2.5v11M2.5 8h11" />
          </svg>
          {t('own.open')}
        </button>
        {own.records.length > 0 ? (
          <>
            <span className="font-bold">{t('own.yours', { count: own.records.length })}</span>
            <ul className="flex flex-wrap items-center gap-2" data-testid="own-list">
              {own.records.map((record) => (
                <li
                  key={record.id}
                  data-testid="own-item"
                  data-article={record.id}
                  className="inline-flex items-center gap-2 rounded-full border border-stone-200 bg-white py-0.5 ps-3 pe-1"
                >
                  <OwnBadge />
                  {/* Cut in words, not by the box: a cut box loses a number's leading digits in right-to-left text. */}
                  <bdi dir="auto" title={titles.get(record.id) ?? record.name}>
                    {showControls(excerpt(titles.get(record.id) ?? record.name, 40))}
                  </bdi>
                  {unsaved.has(record.id) ? (
                    <span className="text-xs text-stone-600">({t('own.unsaved')})</span>
                  ) : null}
                  <button
                    type="button"
                    data-testid="own-remove"
                    className="rounded-full px-2 leading-6 underline-offset-2 hover:underline"
                    aria-label={t('own.removeLabel', { name: titles.get(record.id) ?? record.name })}
                    onClick={() => void actions?.remove(record.id)}
                  >
                    {t('own.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div role="status" data-testid="own-notice" className="mt-2 space-y-1 text-sm leading-6 empty:hidden">
        {own.storage !== 'ok' || own.corrupted > 0 || own.removed ? (
          <Suspense fallback={null}>
            <OwnNotices />
          </Suspense>
        ) : null}
      </div>
      {open ? (
        <Suspense fallback={null}>
          <AddDialog open onClose={close} />
        </Suspense>
      ) : null}
    </section>
  );
}

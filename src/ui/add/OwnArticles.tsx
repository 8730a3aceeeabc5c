// The reader's own articles: the button that opens the "add" dialog, the list of what they added (each marked
// as theirs, with a remove button and an undo), and what the browser's storage did, in a polite live region.
import { lazy, Suspense, useRef, useState } from 'react';
import { showControls } from '../../i18n/bidi.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import type { StorageState } from '../../state/slices/own.ts';
import { OwnBadge } from '../common/OwnBadge.tsx';
import { buttonClass } from '../common/styles.ts';

// The dialog (paste box, drop zone, outlet list) is fetched when the reader first opens it.
const AddDialog = lazy(() => import('./AddDialog.tsx').then((m) => ({ default: m.AddDialog })));

const STORAGE_MESSAGE = {
  unavailable: 'own.storageUnavailable',
  quota: 'own.storageQuota',
  failed: 'own.storageFailed',
} as const satisfies Record<Exclude<StorageState, 'ok'>, string>;

export function OwnArticles() {
  const t = useT();
  const actions = useAppState((state) => state.ownActions);
  const startOwn = useAppState((state) => state.startOwn);
  const [starting, setStarting] = useState(false);
  const own = useAppState((state) => state.own);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
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
          disabled={!actions && !startOwn}
          aria-busy={starting}
          onClick={() => {
            if (actions || !startOwn) {
              setOpen(true);
              return;
            }
            setStarting(true);
            void startOwn().then(() => {
              setStarting(false);
              setOpen(true);
            });
          }}
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
                  <bdi dir="auto" className="max-w-[12rem] truncate" title={record.name}>
                    {showControls(record.name)}
                  </bdi>
                  {unsaved.has(record.id) ? (
                    <span className="text-xs text-stone-600">({t('own.unsaved')})</span>
                  ) : null}
                  <button
                    type="button"
                    data-testid="own-remove"
                    className="rounded-full px-2 leading-6 underline-offset-2 hover:underline"
                    aria-label={t('own.removeLabel', { name: record.name })}
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
        {own.storage !== 'ok' ? (
          <p data-testid="own-storage" className="border-s-4 border-s-amber-600 ps-3">
            {t(STORAGE_MESSAGE[own.storage])}
          </p>
        ) : null}
        {own.corrupted > 0 ? (
          <p data-testid="own-corrupted" className="border-s-4 border-s-amber-600 ps-3">
            {t('own.corrupted', { count: own.corrupted })}
          </p>
        ) : null}
        {own.removed ? (
          <p data-testid="own-removed" className="flex flex-wrap items-center gap-2">
            <span>{t('own.removed', { name: own.removed.name })}</span>
            <button
              type="button"
              className={buttonClass}
              data-testid="own-undo"
              onClick={() => void actions?.undo()}
            >
              {t('own.undo')}
            </button>
          </p>
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

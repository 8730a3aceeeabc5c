// "At a glance", under the matrix: who reports each fact, how far each pair of outlets agrees, and when
// each outlet wrote. Closed until the reader opens it: the matrix above already answers the first questions, and
// the charts' code is fetched only then (from the moment the pointer or focus reaches the button, so opening is
// quick), so the first paint neither waits for it nor shifts when it arrives, and readers who never open it never
// download it.
import { lazy, Suspense, useState } from 'react';
import { withStrings } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/use-t.ts';

const loadBody = withStrings(() => import('./GlanceBody.tsx'));
const GlanceBody = lazy(() => loadBody().then((m) => ({ default: m.GlanceBody })));

/** Starts fetching the charts' code when the reader shows an intent to open them. */
const prefetch = () => void loadBody().catch(() => undefined);

export function Glance() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="glance-title" data-testid="glance" className="px-4 pt-6 min-[641px]:px-8">
      <div className="flex items-baseline gap-3">
        <h2 id="glance-title" className="text-lg font-bold">
          {t('glance.title')}
        </h2>
        <button
          type="button"
          data-testid="glance-toggle"
          aria-expanded={open}
          aria-controls="glance-body"
          aria-label={`${open ? t('glance.hide') : t('glance.show')}: ${t('glance.toggleLabel')}`}
          className="text-sm text-blue-800 underline hover:text-blue-950 print:hidden"
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => setOpen(!open)}
        >
          {open ? t('glance.hide') : t('glance.show')}
        </button>
      </div>
      {open ? (
        <div id="glance-body" className="mt-2">
          <Suspense fallback={<p className="text-sm text-stone-600">{t('glance.loading')}</p>}>
            <GlanceBody />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}

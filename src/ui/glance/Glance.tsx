// "At a glance", under the matrix: who reports each fact, how far each pair of outlets agrees, and when
// each outlet wrote. Calm and collapsible; it prints even when collapsed on screen.
import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { AgreementMap } from './AgreementMap.tsx';
import { CoverageChart } from './CoverageChart.tsx';
import { Timeline } from './Timeline.tsx';

export function Glance() {
  const t = useT();
  const [open, setOpen] = useState(true);
  return (
    <section aria-labelledby="glance-title" data-testid="glance" className="px-4 pt-6 min-[641px]:px-8">
      <div className="flex items-baseline gap-3">
        <h2 id="glance-title" className="text-lg font-bold">
          {t('glance.title')}
        </h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="glance-body"
          aria-label={`${open ? t('glance.hide') : t('glance.show')}: ${t('glance.toggleLabel')}`}
          className="text-sm text-blue-800 underline hover:text-blue-950 print:hidden"
          onClick={() => setOpen(!open)}
        >
          {open ? t('glance.hide') : t('glance.show')}
        </button>
      </div>
      <div id="glance-body" className={open ? 'mt-2' : 'hidden print:block'}>
        <div className="grid gap-6 min-[960px]:grid-cols-2">
          <CoverageChart />
          <AgreementMap />
        </div>
        <div className="mt-6">
          <Timeline />
        </div>
      </div>
    </section>
  );
}

import type { Outlet } from '../../core/types.ts';
import { countryName } from '../../i18n/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectCounts, selectIsOutletSelected, selectSelectableOutlets } from '../../state/selectors.ts';
import { OwnBadge } from '../common/OwnBadge.tsx';
import { Swatch } from '../common/Swatch.tsx';
import { useOutletName } from '../common/use-outlet-name.ts';

// Pressed is told by more than colour: a solid border and a filled swatch versus a dashed border and a ring.
const chipClass =
  'relative inline-flex shrink-0 items-center gap-2 rounded-full border px-3 py-0.5 text-sm leading-7 ' +
  'border-dashed border-stone-600/60 text-stone-600 hover:border-stone-900 hover:text-stone-900 ' +
  'aria-pressed:border-solid aria-pressed:border-stone-900 aria-pressed:bg-white aria-pressed:text-stone-900';

function OutletToggle({ outlet }: { outlet: Outlet }) {
  const lang = useAppState((state) => state.view.lang);
  const pressed = useAppState((state) => selectIsOutletSelected(state, outlet.id));
  const toggleOutlet = useAppState((state) => state.toggleOutlet);
  const outletName = useOutletName();
  return (
    <li className="shrink-0">
      <button
        type="button"
        data-testid={`outlet-toggle-${outlet.id}`}
        aria-pressed={pressed}
        className={chipClass}
        onClick={() => toggleOutlet(outlet.id)}
      >
        <Swatch outlet={outlet} hollow={!pressed} />
        {/* A very long name is cut visually (its full text stays the button's name and shows on hover). */}
        <span
          className={`max-w-[16rem] truncate ${outlet.unidentified ? 'text-stone-600' : ''}`}
          title={outletName(outlet)}
        >
          {outletName(outlet)}
        </span>
        {outlet.own ? <OwnBadge /> : null}
        {outlet.country ? (
          <span className="sr-only text-xs text-stone-600 min-[641px]:not-sr-only">
            {countryName(outlet.country, lang)}
          </span>
        ) : null}
      </button>
    </li>
  );
}

export function OutletFilter() {
  const t = useT();
  const outlets = useAppState(selectSelectableOutlets);
  const counts = useAppState(selectCounts);
  const allShown = useAppState((state) => state.view.outlets === null);
  const showAllOutlets = useAppState((state) => state.showAllOutlets);
  return (
    <nav
      aria-label={t('filter.label')}
      className="sticky top-0 z-10 border-b border-stone-200 bg-[#fbfaf7]/95 px-4 py-2 backdrop-blur-sm min-[641px]:px-8 print:hidden"
    >
      <div className="flex items-center gap-3">
        {/* Wider screens wrap the chips, up to about three rows; beyond that the list scrolls in place, so a
            story of fifty outlets does not pin half the screen under a sticky bar. */}
        <ul className="-mx-1 -my-1 flex min-w-0 flex-1 items-center gap-2 overflow-x-auto px-1 py-1.5 min-[641px]:max-h-[8.5rem] min-[641px]:flex-wrap min-[641px]:overflow-x-visible min-[641px]:overflow-y-auto">
          <li className="shrink-0">
            <button
              type="button"
              data-testid="outlet-all"
              aria-pressed={allShown}
              className={chipClass}
              onClick={showAllOutlets}
            >
              {t('filter.all')}
            </button>
          </li>
          {outlets.map((outlet) => (
            <OutletToggle key={outlet.id} outlet={outlet} />
          ))}
        </ul>
        <p className="hidden shrink-0 text-xs text-stone-600 min-[641px]:block">
          {t('filter.shown', { shown: counts.selectedOutlets, total: counts.filterable })}
        </p>
      </div>
    </nav>
  );
}

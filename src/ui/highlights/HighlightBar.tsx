// The switch for what the columns mark (all, contradictions, agreements, none) and the key to the marks.
// Radio buttons: one choice of four, arrow keys move between them, and the choice is in the URL (`h`).
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { HIGHLIGHT_MODES } from '../../state/view.ts';
import { CheckIcon, ClashIcon, PointerIcon, SingleIcon, WireIcon } from './symbols.tsx';

const optionClass =
  'relative inline-flex cursor-pointer items-center rounded-md border border-stone-300 bg-white px-3 text-sm leading-7 text-stone-800 ' +
  'hover:border-stone-900/50 has-[:checked]:border-stone-900 has-[:checked]:bg-stone-900 has-[:checked]:text-white ' +
  'has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700';

/** The key to the marks: each mark's own classes and symbol, then its name. */
const LEGEND = [
  { key: 'agreement', swatch: 'mark mark-agreement text-emerald-950', symbol: <CheckIcon /> },
  { key: 'contradiction', swatch: 'mark mark-contradiction text-orange-950', symbol: <ClashIcon /> },
  { key: 'single', swatch: 'mark-single text-stone-800', symbol: <SingleIcon /> },
  { key: 'wire', swatch: 'mark-wire text-stone-800', symbol: <WireIcon /> },
  { key: 'cue', swatch: 'cue', symbol: 'كلمة' },
  { key: 'evidence', swatch: 'mark-evidence mark-deciding text-blue-950', symbol: <PointerIcon /> },
] as const;

export function HighlightBar() {
  const t = useT();
  const mode = useAppState((state) => state.view.highlight);
  const setHighlight = useAppState((state) => state.setHighlight);
  return (
    <div
      className="flex flex-wrap items-start gap-x-8 gap-y-2 px-4 pt-3 min-[641px]:px-8"
      data-testid="highlight-bar"
    >
      <fieldset className="flex flex-wrap items-center gap-2 print:hidden">
        <legend className="float-start me-2 text-sm font-bold text-stone-800">{t('highlight.switch')}</legend>
        {HIGHLIGHT_MODES.map((value) => (
          <label key={value} className={optionClass}>
            <input
              type="radio"
              name="highlight-mode"
              value={value}
              checked={mode === value}
              onChange={() => setHighlight(value)}
              data-testid={`highlight-${value}`}
              className="sr-only"
            />
            {t(`highlight.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="min-w-0 text-xs leading-6 text-stone-700" data-testid="legend">
        <h2 className="sr-only">{t('legend.title')}</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {LEGEND.map(({ key, swatch, symbol }) => (
            <li key={key} className="inline-flex items-center gap-1.5">
              <span className={`${swatch} px-1`} aria-hidden="true" lang={key === 'cue' ? 'ar' : undefined}>
                {symbol}
              </span>
              {t(`legend.${key}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

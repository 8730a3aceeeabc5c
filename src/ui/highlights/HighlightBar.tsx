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
          <li className="inline-flex items-center gap-1.5">
            <span className="mark mark-agreement px-1 text-emerald-950" aria-hidden="true">
              <CheckIcon />
            </span>
            {t('legend.agreement')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <span className="mark mark-contradiction px-1 text-orange-950" aria-hidden="true">
              <ClashIcon />
            </span>
            {t('legend.contradiction')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <span className="mark-single px-1 text-stone-800" aria-hidden="true">
              <SingleIcon />
            </span>
            {t('legend.single')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <span className="mark-wire px-1 text-stone-800" aria-hidden="true">
              <WireIcon />
            </span>
            {t('legend.wire')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <span className="cue px-1" aria-hidden="true" lang="ar">
              كلمة
            </span>
            {t('legend.cue')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <span className="mark-evidence mark-deciding px-1 text-blue-950" aria-hidden="true">
              <PointerIcon />
            </span>
            {t('legend.evidence')}
          </li>
        </ul>
      </div>
    </div>
  );
}

import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';

export function DigitsSwitch() {
  const t = useT();
  const digits = useAppState((state) => state.view.digits);
  const setDigits = useAppState((state) => state.setDigits);
  const on = digits === 'arab';
  return (
    <button
      type="button"
      data-testid="digits-switch"
      aria-pressed={on}
      title={t('digits.switchTitle')}
      className={`${buttonClass} aria-pressed:border-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-[#fbfaf7] aria-pressed:hover:bg-stone-900/90`}
      onClick={() => setDigits(on ? 'latn' : 'arab')}
    >
      {t('digits.switch')}
    </button>
  );
}

import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';

/** Names the other language, in that language, as language pickers customarily do. */
export function LangSwitch() {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const setLang = useAppState((state) => state.setLang);
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      data-testid="lang-switch"
      lang={other}
      title={t('lang.switchTitle')}
      className={buttonClass}
      onClick={() => setLang(other)}
    >
      {t('lang.switch')}
    </button>
  );
}

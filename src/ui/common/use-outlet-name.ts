// The outlet's name in the interface language; placeholders for unidentified outlets say so.
import { useCallback } from 'react';
import type { Outlet } from '../../core/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectUnidentifiedNumbers } from '../../state/selectors.ts';

export function useOutletName(): (outlet: Outlet) => string {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const numbers = useAppState(selectUnidentifiedNumbers);
  return useCallback(
    (outlet: Outlet) => {
      if (!outlet.unidentified) return outlet.name[lang];
      const n = numbers.get(outlet.id);
      return n === undefined ? t('outlet.unidentified') : t('outlet.unidentifiedNumbered', { n });
    },
    [t, lang, numbers],
  );
}

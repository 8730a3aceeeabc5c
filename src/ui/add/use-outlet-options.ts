// The registry's outlets for the "which outlet?" list, asked of the worker once the dialog opens.
import { useEffect, useState } from 'react';
import type { Lang } from '../../i18n/locale.ts';
import { useAppState } from '../../state/react.tsx';
import type { OutletOption } from '../../worker/messages.ts';

export function useOutletOptions(open: boolean, lang: Lang): OutletOption[] {
  const actions = useAppState((state) => state.ownActions);
  const [options, setOptions] = useState<OutletOption[]>([]);
  useEffect(() => {
    if (!open || !actions) return;
    let live = true;
    actions
      .outlets()
      // Without the list the reader can still type a name or let the text decide.
      .then((list) => live && setOptions(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [open, actions]);
  return [...options].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
}

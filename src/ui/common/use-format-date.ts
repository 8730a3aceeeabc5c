import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { parseIsoDate } from '../../i18n/dates.ts';

/** Formats an ISO date from the corpus in the interface locale; an unreadable one is shown as written. */
export function useFormatIsoDate(): (iso: string) => string {
  const intl = useIntl();
  return useCallback(
    (iso: string) => {
      const parsed = parseIsoDate(iso);
      return parsed ? intl.formatDate(parsed.date, parsed.options) : iso;
    },
    [intl],
  );
}

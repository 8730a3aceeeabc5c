// Typed message lookup: `t('filter.all')` only accepts ids of the catalog.
import { useCallback } from 'react';
import { type PrimitiveType, useIntl } from 'react-intl';
import type { MessageId } from './ar.ts';
import { keepDigitOrder } from './bidi.ts';
import type { Direction } from './locale.ts';

export type MessageValues = Record<string, PrimitiveType>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

export function useT(): Translate {
  const intl = useIntl();
  const dir: Direction = intl.locale.startsWith('ar') ? 'rtl' : 'ltr';
  return useCallback((id, values) => keepDigitOrder(intl.formatMessage({ id }, values), dir), [intl, dir]);
}

// The words for a verdict, in the interface language: one place, so the matrix and the marks say the same.
import { useCallback } from 'react';
import type { Contradiction, Relation } from '../../core/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { isBeforeOutcome } from '../../state/before-outcome.ts';

export function useVerdictLabel(): (
  relation: Relation,
  contradiction?: Pick<Contradiction, 'type' | 'scope'> & Partial<Pick<Contradiction, 'sides'>>,
  independent?: number,
) => string {
  const t = useT();
  return useCallback(
    (relation, contradiction, independent) => {
      if (
        relation === 'contradiction' &&
        contradiction?.sides &&
        isBeforeOutcome({ ...contradiction, sides: contradiction.sides })
      ) {
        return t('verdict.beforeOutcome');
      }
      if (relation === 'contradiction') {
        const base = contradiction
          ? t('verdict.contradictionOf', { type: t(`ctype.${contradiction.type}`) })
          : t('verdict.contradiction');
        return contradiction?.scope === 'internal' ? `${base} (${t('verdict.internal')})` : base;
      }
      if (relation === 'agreement' && independent !== undefined) {
        return `${t('verdict.agreement')}: ${t('verdict.confirmedBy', { count: independent })}`;
      }
      return t(`verdict.${relation}`);
    },
    [t],
  );
}

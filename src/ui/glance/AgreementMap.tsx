// How far each pair of outlets agrees: a table styled as a heat map. A cell's green deepens with the share
// of the facts both outlets report on which they agree, and says it in words ("3 of 4"), so a share of 1 of
// 1 does not pass for strong agreement; contradictions add a mark and their count. The diagonal gives the
// outlet's own fact count.
import { dirOf } from '../../i18n/locale.ts';
import { useT } from '../../i18n/use-t.ts';
import { type PairCounts, selectAgreement } from '../../state/glance-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { Swatch } from '../common/Swatch.tsx';
import { useOutletName } from '../common/use-outlet-name.ts';
import { ClashIcon } from '../highlights/symbols.tsx';

/** Fill for a share of agreement: from almost white to a mid green dark text still reads on (over 7:1). */
export function agreementFill(share: number): string {
  return `rgb(4 120 87 / ${(0.06 + 0.5 * share).toFixed(2)})`;
}

const cellBase =
  'border border-stone-200 px-1.5 py-1 text-center align-middle text-xs leading-5 [print-color-adjust:exact]';

function PairCell({ pair }: { pair: PairCounts }) {
  const t = useT();
  if (pair.shared === 0) {
    return (
      <td className={`${cellBase} text-stone-500`} data-shared={0} data-agree={0} data-contradict={0}>
        {t('glance.agreement.none')}
      </td>
    );
  }
  return (
    <td
      className={`${cellBase} text-stone-950 ${pair.contradict > 0 ? 'outline-2 -outline-offset-2 outline-orange-700' : ''}`}
      style={{ backgroundColor: agreementFill(pair.agree / pair.shared) }}
      data-shared={pair.shared}
      data-agree={pair.agree}
      data-contradict={pair.contradict}
    >
      <span className="block whitespace-nowrap font-bold">
        {t('glance.agreement.agree', { agree: pair.agree, shared: pair.shared })}
      </span>
      {pair.contradict > 0 ? (
        <span className="inline-flex items-center gap-0.5 whitespace-nowrap text-orange-950">
          <ClashIcon />
          {t('glance.agreement.contradict', { count: pair.contradict })}
        </span>
      ) : null}
    </td>
  );
}

export function AgreementMap() {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const agreement = useAppState(selectAgreement);
  const outletName = useOutletName();
  if (agreement.outlets.length < 2) return null;
  return (
    <div data-testid="agreement" className="min-w-0">
      <h3 id="agreement-title" className="font-bold">
        {t('glance.agreement.title')}
      </h3>
      <p id="agreement-caption" className="text-xs leading-5 text-stone-600">
        {t('glance.agreement.caption')}
      </p>
      <p className="text-xs text-stone-600 min-[641px]:hidden print:hidden">
        {t('glance.agreement.scrollHint')}
      </p>
      {/* Focusable, so a keyboard can scroll it on a phone where it is wider than the screen. */}
      <section
        aria-labelledby="agreement-title"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        className="relative mt-1 max-w-full overflow-x-auto overscroll-x-contain"
      >
        <table aria-describedby="agreement-caption" dir={dirOf(lang)} className="border-collapse text-sm">
          <caption className="sr-only">{t('glance.agreement.title')}</caption>
          <thead>
            <tr>
              <td className="px-1" />
              {agreement.outlets.map((outlet) => (
                <th
                  key={outlet.id}
                  scope="col"
                  data-outlet={outlet.id}
                  className="min-w-[4.5rem] max-w-[7rem] px-1 pb-1 text-center align-bottom text-xs font-bold leading-4"
                >
                  <span className="inline-flex items-center gap-1">
                    <Swatch outlet={outlet} />
                    {outletName(outlet)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agreement.outlets.map((row, i) => (
              <tr key={row.id} data-outlet={row.id}>
                <th scope="row" className="max-w-[8rem] pe-2 text-start text-xs font-bold leading-4">
                  <span className="inline-flex items-center gap-1">
                    <Swatch outlet={row} />
                    {outletName(row)}
                  </span>
                </th>
                {agreement.outlets.map((column, j) =>
                  i === j ? (
                    <td
                      key={column.id}
                      className={`${cellBase} bg-stone-100 text-stone-700`}
                      data-own={agreement.own[i]}
                    >
                      {t('glance.agreement.own', { count: agreement.own[i] ?? 0 })}
                    </td>
                  ) : (
                    <PairCell key={column.id} pair={agreement.pairs[i]![j]!} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p
        className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-700"
        aria-hidden="true"
      >
        <span className="inline-flex items-center gap-1">
          {t('glance.agreement.legendLow')}
          {[0, 0.5, 1].map((share) => (
            <span
              key={share}
              className="inline-block h-3 w-4 border border-stone-200 [print-color-adjust:exact]"
              style={{ backgroundColor: agreementFill(share) }}
            />
          ))}
          {t('glance.agreement.legendHigh')}
        </span>
        <span className="inline-flex items-center gap-1 text-orange-950">
          <ClashIcon />
          {t('verdict.contradiction')}
        </span>
      </p>
    </div>
  );
}

// Who reports each fact: a table styled as a chart. Each row is a fact, its header the fact's first words
// (a button that shows its evidence, as a matrix cell does) over a bar of the shown outlets: those that
// differ, those that agree, a lone reporter, and the rest that do not mention it. The numbers stand in
// their own cells, so a screen reader and a colour-blind reader get them without the bar.
import { Fragment, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t.ts';
import { excerpt } from '../../state/comparison.ts';
import { type CoverageRow, selectCoverage } from '../../state/glance-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { ClashIcon, WireIcon } from '../highlights/symbols.tsx';

/** Rows shown before "show more": the contradictions and the best-reported facts. */
const ROWS_SHOWN = 6;

/** Segment looks: a diagonal hatch on "differ", so it is not told from "agree" by colour alone. */
export const SEGMENT = {
  contradict:
    'bg-orange-700 bg-[repeating-linear-gradient(135deg,transparent_0_3px,rgb(255_255_255/0.55)_3px_5px)]',
  agree: 'bg-emerald-700',
  alone: 'bg-stone-500',
  absent: 'bg-stone-100 border border-stone-300',
} as const;

const numberCell =
  'whitespace-nowrap border-b border-stone-200 px-2 py-1.5 text-center align-top tabular-nums';

function Bar({ row, total }: { row: CoverageRow; total: number }) {
  const alone = row.reporting - row.agree - row.contradict;
  const parts = [
    ['contradict', row.contradict],
    ['agree', row.agree],
    ['alone', alone],
  ] as const;
  return (
    <span
      aria-hidden="true"
      data-testid="coverage-bar"
      className={`mt-1 flex h-2.5 w-full overflow-hidden rounded-sm [print-color-adjust:exact] ${SEGMENT.absent}`}
    >
      {parts.map(([kind, count]) =>
        count > 0 ? (
          <span
            key={kind}
            data-segment={kind}
            data-count={count}
            className={`h-full ${SEGMENT[kind]}`}
            style={{ width: `${(100 * count) / Math.max(total, 1)}%` }}
          />
        ) : null,
      )}
    </span>
  );
}

const isContradicted = (row: CoverageRow | undefined) => (row?.contradict ?? 0) > 0;

/** In a story without questions, the chart's contradictions and the rest each under the matrix's heading. */
function GroupHeading({ contradicted, rows }: { contradicted: boolean; rows: CoverageRow[] }) {
  const t = useT();
  const count = rows.filter((r) => isContradicted(r) === contradicted).length;
  return (
    <tr>
      <th
        scope="colgroup"
        colSpan={4}
        data-group={contradicted ? 'contradictions' : 'shared'}
        className="border-b border-stone-300 bg-stone-50 px-1 py-1 text-start text-xs font-bold"
      >
        {t(contradicted ? 'matrix.group.contradictions' : 'matrix.group.shared', { count })}
      </th>
    </tr>
  );
}

export function CoverageChart() {
  const t = useT();
  const intl = useIntl();
  const coverage = useAppState(selectCoverage);
  const focusSentence = useAppState((state) => state.focusSentence);
  const [all, setAll] = useState(false);
  const rows = all ? coverage.rows : coverage.rows.slice(0, ROWS_SHOWN);
  return (
    <div data-testid="coverage" className="min-w-0">
      <h3 id="coverage-title" className="font-bold">
        {t('glance.coverage.title')}
      </h3>
      {coverage.rows.length === 0 ? (
        <p className="text-sm text-stone-600">{t('glance.coverage.none')}</p>
      ) : (
        <table aria-labelledby="coverage-title" className="mt-1 w-full border-collapse text-sm">
          <caption className="pb-1 text-start text-xs leading-5 text-stone-600">
            {t('glance.coverage.caption')}
          </caption>
          <thead>
            <tr className="text-xs text-stone-600">
              <th scope="col" className="border-b border-stone-300 px-1 py-1 text-start font-normal">
                {t('glance.coverage.fact')}
              </th>
              <th scope="col" className="border-b border-stone-300 px-2 py-1 font-normal">
                {t('glance.coverage.reporting')}
              </th>
              <th scope="col" className="border-b border-stone-300 px-2 py-1 font-normal">
                {t('glance.coverage.agree')}
              </th>
              <th scope="col" className="border-b border-stone-300 px-2 py-1 font-normal">
                {t('glance.coverage.contradict')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <Fragment key={row.fact.id}>
                {coverage.grouped && (i === 0 || isContradicted(rows[i - 1]) !== isContradicted(row)) ? (
                  <GroupHeading contradicted={isContradicted(row)} rows={coverage.rows} />
                ) : null}
                <tr data-fact={row.fact.id}>
                  <th
                    scope="row"
                    className="w-full border-b border-stone-200 px-1 py-1.5 text-start align-top font-normal"
                  >
                    <button
                      type="button"
                      disabled={!row.target}
                      className="block w-full rounded-sm text-start hover:bg-stone-100 disabled:hover:bg-transparent"
                      onClick={() => row.target && focusSentence(row.target)}
                    >
                      <q lang="ar" dir="rtl" className="line-clamp-2 text-sm leading-6">
                        {excerpt(row.label, 70)}
                      </q>
                      {row.wire ? (
                        <span className="inline-flex items-center gap-0.5 text-xs text-stone-600">
                          <WireIcon />
                          {t('matrix.wire')}
                        </span>
                      ) : null}
                      <span className="sr-only"> — {t('glance.coverage.action')}</span>
                      <Bar row={row} total={coverage.outlets} />
                    </button>
                  </th>
                  <td className={numberCell} data-count="reporting" data-value={row.reporting}>
                    {t('glance.coverage.of', { count: row.reporting, total: coverage.outlets })}
                  </td>
                  <td className={numberCell} data-count="agree" data-value={row.agree}>
                    {intl.formatNumber(row.agree)}
                  </td>
                  <td
                    className={`${numberCell} ${row.contradict > 0 ? 'font-bold text-orange-900' : ''}`}
                    data-count="contradict"
                    data-value={row.contradict}
                  >
                    <span className="inline-flex items-center gap-1">
                      {row.contradict > 0 ? <ClashIcon /> : null}
                      {intl.formatNumber(row.contradict)}
                    </span>
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {coverage.rows.length > ROWS_SHOWN ? (
        <button
          type="button"
          aria-expanded={all}
          className="mt-1 text-sm text-blue-800 underline hover:text-blue-950 print:hidden"
          onClick={() => setAll(!all)}
        >
          {all
            ? t('glance.coverage.fewer')
            : t('glance.coverage.more', { count: coverage.rows.length - ROWS_SHOWN })}
        </button>
      ) : null}
      {coverage.singleSource > 0 ? (
        <p className="mt-1 text-xs text-stone-600">
          {t('glance.coverage.single', { count: coverage.singleSource })}
        </p>
      ) : null}
      <CoverageLegend />
    </div>
  );
}

function CoverageLegend() {
  const t = useT();
  const items = [
    ['contradict', t('glance.coverage.contradict')],
    ['agree', t('glance.coverage.agree')],
    ['alone', t('legend.single')],
    ['absent', t('glance.coverage.absent')],
  ] as const;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-700" aria-hidden="true">
      {items.map(([kind, label]) => (
        <li key={kind} className="inline-flex items-center gap-1">
          <span className={`inline-block h-2.5 w-4 rounded-sm [print-color-adjust:exact] ${SEGMENT[kind]}`} />
          {label}
        </li>
      ))}
    </ul>
  );
}

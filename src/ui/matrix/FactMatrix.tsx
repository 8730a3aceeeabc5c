// The fact matrix: the story's questions, then the facts two or more outlets report, by the selected
// outlets. A story without questions (no story.json, or a reader's own comparison) leads with its facts in
// three groups: the contradictions, then what several outlets report, then, folded, what one outlet reports
// alone. The table runs right to left like the columns (the first outlet at the right) in either interface
// language; on phones it scrolls sideways in its own box with the row headers pinned.
import { lazy, memo, Suspense, useDeferredValue, useId, useState } from 'react';
import type { Contradiction } from '../../core/types.ts';
import { withStrings } from '../../i18n/catalogs.ts';
import { dirOf } from '../../i18n/locale.ts';
import { useT } from '../../i18n/use-t.ts';
import { isBeforeOutcome } from '../../state/before-outcome.ts';
import { excerpt } from '../../state/comparison.ts';
import {
  type FactRow,
  type Matrix,
  type QuestionRow,
  type SingleClaim,
  selectMatrix,
} from '../../state/comparison-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { Swatch } from '../common/Swatch.tsx';
import { useOutletName } from '../common/use-outlet-name.ts';
import {
  BEFORE_STYLE,
  BeforeIcon,
  ChoiceIcon,
  ClashIcon,
  choiceStyle,
  DashIcon,
  PointerIcon,
  RELATION_STYLES,
  RelationIcon,
  SingleIcon,
  WireIcon,
} from '../highlights/symbols.tsx';
import { useVerdictLabel } from '../highlights/use-verdict-label.ts';

/** Fact rows shown before "show more" (in a story without questions, in each group): enough for the
 * contradictions and the best-confirmed facts. */
const FACTS_SHOWN = 5;

const cellButton =
  'flex w-full min-w-[7.5rem] items-center gap-1.5 rounded-md border px-2 py-1 text-start text-sm leading-6 ' +
  'hover:shadow-[0_0_0_2px_rgb(28_25_23/0.25)] print:border-stone-400';
const rowHeader =
  'sticky right-0 z-[1] min-w-[11rem] max-w-[18rem] border-b border-stone-200 bg-white px-3 py-2 text-start align-top font-normal ' +
  'shadow-[-1px_0_0_#e7e5e4] print:static print:shadow-none';

function VerdictPill({
  label,
  relation,
  contradiction,
}: {
  label: string;
  relation: keyof typeof RELATION_STYLES;
  contradiction?: Contradiction | undefined;
}) {
  // Reports written before the outcome against the outcome: no disagreement among those who knew it.
  const before = relation === 'contradiction' && isBeforeOutcome(contradiction);
  return (
    <span
      data-testid="verdict"
      data-relation={relation}
      data-before={before ? 'true' : undefined}
      className={`mt-1 inline-flex items-center gap-1 rounded-sm border px-1.5 text-xs leading-5 ${before ? BEFORE_STYLE : RELATION_STYLES[relation]}`}
    >
      {before ? <BeforeIcon /> : <RelationIcon relation={relation} />}
      {label}
    </span>
  );
}

function QuestionRowBody({ row, onAnnounce }: { row: QuestionRow; onAnnounce(text: string): void }) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const selected = useAppState((state) => state.view.question === row.question.id);
  const selectQuestion = useAppState((state) => state.selectQuestion);
  const focusSentence = useAppState((state) => state.focusSentence);
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const verdict = useVerdictLabel();
  const { question } = row;
  return (
    <tr aria-current={selected ? 'true' : undefined} data-question={question.id}>
      <th scope="row" dir={dirOf(lang)} className={`${rowHeader} ${selected ? 'bg-blue-50' : ''}`}>
        <span className="flex items-start gap-1.5 font-bold">
          {selected ? (
            <span className="mt-1 text-blue-800">
              <PointerIcon />
              <span className="sr-only">{t('matrix.selected')}: </span>
            </span>
          ) : null}
          {question.label[lang]}
        </span>
        <VerdictPill
          relation={question.verdict}
          contradiction={question.contradiction}
          label={verdict(question.verdict, question.contradiction)}
        />
      </th>
      {row.cells.map((cell) => {
        const outlet = outlets.get(cell.article.attribution.outletId);
        const name = outlet ? outletName(outlet) : cell.article.attribution.outletId;
        return (
          <td
            key={cell.article.id}
            dir={dirOf(lang)}
            className="border-b border-stone-200 px-1.5 py-2 align-top"
          >
            <button
              type="button"
              data-testid="matrix-cell"
              data-question={question.id}
              data-article={cell.article.id}
              data-answer={cell.answer?.answer ?? ''}
              data-evidence={cell.evidence ?? ''}
              className={`${cellButton} ${choiceStyle(cell.choiceIndex, cell.fallback)} ${selected ? 'ring-2 ring-blue-700/40' : ''}`}
              onClick={() => {
                selectQuestion(question.id);
                if (cell.evidence) {
                  focusSentence(cell.evidence);
                  onAnnounce('');
                } else onAnnounce(t('matrix.noEvidence', { outlet: name }));
              }}
            >
              <ChoiceIcon index={cell.choiceIndex} fallback={cell.fallback} />
              <span className="min-w-0">
                {cell.label[lang]}
                {cell.answer?.detail ? (
                  <q lang="ar" dir="rtl" className="block text-xs leading-5 opacity-90">
                    {excerpt(cell.answer.detail, 60)}
                  </q>
                ) : null}
              </span>
              {cell.evidence ? (
                <span className="sr-only"> — {t('matrix.cellAction', { outlet: name })}</span>
              ) : null}
            </button>
          </td>
        );
      })}
    </tr>
  );
}

function FactRowBody({ row }: { row: FactRow }) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const focusSentence = useAppState((state) => state.focusSentence);
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const verdict = useVerdictLabel();
  const { fact } = row;
  return (
    <tr data-fact={fact.id} data-relation={fact.relation}>
      <th scope="row" className={rowHeader}>
        <q lang="ar" dir="rtl" className="block text-sm leading-6">
          {excerpt(row.label, 90)}
        </q>
        <span dir={dirOf(lang)} className="block">
          <VerdictPill
            relation={fact.relation}
            contradiction={fact.contradiction}
            label={verdict(fact.relation, fact.contradiction, fact.independentOutlets)}
          />
        </span>
      </th>
      {row.cells.map((cell) => {
        const outlet = outlets.get(cell.article.attribution.outletId);
        const name = outlet ? outletName(outlet) : cell.article.attribution.outletId;
        const wire = cell.wire ? (
          <span className="inline-flex items-center gap-0.5 text-xs">
            <WireIcon />
            {t('matrix.wire')}
          </span>
        ) : null;
        return (
          <td
            key={cell.article.id}
            dir={dirOf(lang)}
            className="border-b border-stone-200 px-1.5 py-2 align-top"
          >
            {cell.state === 'absent' || !cell.sentenceId ? (
              <span
                data-testid="fact-cell"
                data-state="absent"
                className="flex items-center gap-1.5 px-2 text-sm text-stone-600"
              >
                <DashIcon />
                {t('fact.absent')}
              </span>
            ) : (
              <button
                type="button"
                data-testid="fact-cell"
                data-state={cell.state}
                data-target={cell.sentenceId}
                data-before={cell.state === 'before' ? 'true' : undefined}
                className={`${cellButton} ${cell.state === 'before' ? BEFORE_STYLE : cell.state === 'differs' ? RELATION_STYLES.contradiction : RELATION_STYLES.agreement}`}
                onClick={() => cell.sentenceId && focusSentence(cell.sentenceId)}
              >
                {cell.state === 'before' ? (
                  <BeforeIcon />
                ) : cell.state === 'differs' ? (
                  <ClashIcon />
                ) : fact.relation === 'single-source' ? (
                  <SingleIcon />
                ) : (
                  <RelationIcon relation="agreement" />
                )}
                <span className="min-w-0">
                  {t(
                    cell.state === 'before'
                      ? 'fact.before'
                      : cell.state === 'differs'
                        ? 'fact.differs'
                        : 'fact.reports',
                  )}
                  {cell.cue ? (
                    <>
                      {/* A space, not a margin: the quote's own direction would put a start margin on its far side. */}{' '}
                      <q lang="ar" dir="rtl" className="text-xs">
                        {cell.cue.text}
                      </q>
                    </>
                  ) : null}
                  {wire ? <span className="block">{wire}</span> : null}
                </span>
                <span className="sr-only"> — {t('matrix.cellAction', { outlet: name })}</span>
              </button>
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** Rows are memoised: their props are the memoised matrix's own objects, so an announcement or another row's
 * selection does not re-render the whole table. */
const QuestionRowView = memo(QuestionRowBody);
const FactRowView = memo(FactRowBody);

/** The rows of one group, the first few shown, the rest behind a button of the group's own. */
function FactGroupRows({
  kind,
  heading,
  rows,
  columns,
}: {
  kind: string;
  heading: string;
  rows: FactRow[];
  columns: number;
}) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const [all, setAll] = useState(false);
  const headingId = useId();
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, FACTS_SHOWN);
  return (
    <>
      <tr>
        <th
          id={headingId}
          scope="colgroup"
          colSpan={columns}
          dir={dirOf(lang)}
          data-group={kind}
          className="bg-stone-50 px-3 py-1.5 text-start text-sm font-bold"
        >
          {heading}
        </th>
      </tr>
      {shown.map((row) => (
        <FactRowView key={row.fact.id} row={row} />
      ))}
      {rows.length > FACTS_SHOWN ? (
        <tr className="print:hidden">
          <td colSpan={columns} dir={dirOf(lang)} className="px-3 py-2">
            <button
              type="button"
              aria-expanded={all}
              aria-describedby={headingId}
              className="text-sm text-blue-800 underline hover:text-blue-950"
              onClick={() => setAll(!all)}
            >
              {all ? t('matrix.fewerFacts') : t('matrix.moreFacts', { count: rows.length - FACTS_SHOWN })}
            </button>
          </td>
        </tr>
      ) : null}
    </>
  );
}

// The list's code comes with the glance's charts, fetched on demand: a chunk of its own would make the bundler
// move the modules they share with the entry into a third chunk, loaded up front.
const loadList = withStrings(() => import('../glance/GlanceBody.tsx'));
const SingleClaimsList = lazy(() => loadList().then((m) => ({ default: m.SingleClaimsList })));
/** Starts fetching the list's code when the reader shows an intent to open it. */
const prefetch = () => void loadList().catch(() => undefined);

/** The claims one shown outlet reports alone, folded under a count: a native disclosure whose list (a long
 * story has many claims) is drawn, and its code fetched, only when opened. */
function SingleClaims({ claims }: { claims: SingleClaim[] }) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const [open, setOpen] = useState(false);
  if (claims.length === 0) return null;
  return (
    <details
      data-testid="matrix-single"
      dir={dirOf(lang)}
      className="mt-3 rounded-lg border border-stone-200 bg-white px-3 py-2"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      // React's focus event bubbles: reaching the summary from the keyboard fetches the list's code too.
      onPointerEnter={prefetch}
      onFocus={prefetch}
    >
      <summary className="cursor-pointer text-sm font-bold">
        <span data-group="single">{t('matrix.group.single', { count: claims.length })}</span>
      </summary>
      {open ? (
        <Suspense fallback={null}>
          <SingleClaimsList claims={claims} />
        </Suspense>
      ) : null}
    </details>
  );
}

/** The fact rows: under one heading after a story's questions; in groups, with counts, when they lead. */
function FactRows({ matrix, columns }: { matrix: Matrix; columns: number }) {
  const t = useT();
  if (matrix.questions.length > 0) {
    return <FactGroupRows kind="facts" heading={t('matrix.facts')} rows={matrix.facts} columns={columns} />;
  }
  return (
    <>
      <FactGroupRows
        kind="contradictions"
        heading={t('matrix.group.contradictions', { count: matrix.contradictions.length })}
        rows={matrix.contradictions}
        columns={columns}
      />
      <FactGroupRows
        kind="shared"
        heading={t('matrix.group.shared', { count: matrix.shared.length })}
        rows={matrix.shared}
        columns={columns}
      />
    </>
  );
}

export function FactMatrix() {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  // Deferred: a toggle paints its button at once; the table follows in an interruptible render.
  const matrix = useDeferredValue(useAppState(selectMatrix));
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const [announcement, setAnnouncement] = useState('');
  const leadsWithFacts = matrix.questions.length === 0;
  const singles = matrix.single;
  if (
    matrix.articles.length === 0 ||
    (matrix.questions.length === 0 && matrix.facts.length === 0 && singles.length === 0)
  )
    return null;
  const columns = matrix.articles.length + 1;
  const repeated = new Map<string, number>();
  const hasTable = matrix.questions.length > 0 || matrix.facts.length > 0;
  return (
    <section aria-labelledby="matrix-title" data-testid="matrix" className="px-4 pt-4 min-[641px]:px-8">
      <h2 id="matrix-title" className="text-lg font-bold">
        {t('matrix.title')}
      </h2>
      {hasTable ? (
        <>
          <p className="text-sm text-stone-600 print:hidden">{t('matrix.hint')}</p>
          <p className="text-xs text-stone-600 min-[641px]:hidden print:hidden">{t('matrix.scrollHint')}</p>
        </>
      ) : (
        <p className="text-sm text-stone-600">{t('glance.coverage.none')}</p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {/* `relative`: the visually hidden text in the cells is positioned absolutely; without a positioned
          scroller it would escape the sideways scroll and widen the page on phones. */}
      {hasTable ? (
        <div className="matrix-scroller relative mt-2 max-w-full overflow-x-auto overscroll-x-contain rounded-lg border border-stone-200 bg-white">
          <table dir="rtl" className="w-full border-collapse text-sm">
            <caption dir={dirOf(lang)} className="sr-only">
              {leadsWithFacts ? t('matrix.captionFacts') : t('matrix.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col" dir={dirOf(lang)} className={`${rowHeader} text-xs text-stone-600`}>
                  {matrix.questions.length > 0 ? t('matrix.question') : t('matrix.fact')}
                </th>
                {matrix.articles.map((article) => {
                  const outletId = article.attribution.outletId;
                  const outlet = outlets.get(outletId);
                  const n = (repeated.get(outletId) ?? 0) + 1;
                  repeated.set(outletId, n);
                  return (
                    <th
                      key={article.id}
                      scope="col"
                      dir={dirOf(lang)}
                      data-article={article.id}
                      className="border-b border-stone-200 px-2 py-2 text-start align-bottom text-sm font-bold"
                    >
                      <span className="inline-flex items-center gap-1.5">
                        {outlet ? <Swatch outlet={outlet} /> : null}
                        {outlet ? outletName(outlet) : outletId}
                        {n > 1 ? ` (${n})` : null}
                      </span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            {matrix.questions.length > 0 ? (
              <tbody data-testid="matrix-questions">
                {matrix.questions.map((row) => (
                  <QuestionRowView key={row.question.id} row={row} onAnnounce={setAnnouncement} />
                ))}
              </tbody>
            ) : null}
            {matrix.facts.length > 0 ? (
              <tbody data-testid="matrix-facts">
                <FactRows matrix={matrix} columns={columns} />
              </tbody>
            ) : null}
          </table>
        </div>
      ) : null}
      <SingleClaims claims={singles} />
    </section>
  );
}

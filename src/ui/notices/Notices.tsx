// What the reader should know but did not ask about: parts of the link that were ignored, seed files the
// build could not use. A polite live region, so it is announced without taking focus.
import type { InputProblem } from '../../core/types.ts';
import { showControls } from '../../i18n/bidi.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectShownDropped, selectShownProblems } from '../../state/selectors.ts';
import { keyed } from '../common/keys.ts';
import { buttonClass } from '../common/styles.ts';

/** First-strong isolate: a quoted value keeps its own order inside a sentence of the other direction. */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** Files listed before the rest fold away: a folder of hundreds of broken files must not bury the articles. */
const SHOWN_PROBLEMS = 10;

function ProblemList({ problems }: { problems: InputProblem[] }) {
  const t = useT();
  return (
    <ul className="list-disc ps-5">
      {keyed(problems, (p) => p.file).map(({ key, item: problem }) => (
        <li key={key}>
          <bdi dir="auto" className="font-mono text-xs">
            {showControls(problem.file)}
          </bdi>
          {t('notices.separator')}{' '}
          {t(`problem.${problem.code}`, {
            encoding: problem.encoding ?? '',
            limit: problem.limitMb ?? 0,
            original: problem.duplicateOf === undefined ? '' : isolate(showControls(problem.duplicateOf)),
          })}
        </li>
      ))}
    </ul>
  );
}

export function Notices() {
  const t = useT();
  const allDropped = useAppState(selectShownDropped);
  // Outlets of articles the link's sender added in their browser are told as one line, not one per id.
  const dropped = allDropped.filter((d) => d.kind !== 'missing-own');
  const missingOwn = allDropped.filter((d) => d.kind === 'missing-own').map((d) => isolate(d.value));
  const problems = useAppState(selectShownProblems);
  const dismiss = useAppState((state) => state.dismissNotices);
  const shown = allDropped.length > 0 || problems.length > 0;
  return (
    // The live region stays rendered even when empty (never display:none), so notices that arrive later, after
    // Back or Forward, are announced; only the visible box comes and goes.
    <aside
      aria-label={t('notices.label')}
      className={shown ? 'px-4 pt-3 min-[641px]:px-8 print:hidden' : undefined}
    >
      <div
        className={
          shown
            ? 'flex items-start gap-4 rounded-md border border-stone-200 border-s-4 border-s-amber-600 bg-white px-4 py-3 text-sm leading-6'
            : undefined
        }
      >
        <div
          role="status"
          className={shown ? 'min-w-0 flex-1 space-y-2 [overflow-wrap:anywhere]' : 'sr-only'}
        >
          {missingOwn.length > 0 ? (
            <p data-testid="own-missing-notice">
              <bdi>
                {t('own.linkMissing', {
                  count: missingOwn.length,
                  list: missingOwn.join(t('own.listSeparator')),
                })}
              </bdi>
            </p>
          ) : null}
          {dropped.length > 0 ? (
            <div data-testid="url-notice">
              <p className="font-bold">{t('notices.urlTitle')}</p>
              <ul className="list-disc ps-5">
                {keyed(dropped, (d) => `${d.kind}:${d.param}:${d.value}`).map(({ key, item }) => (
                  <li key={key}>
                    <bdi>
                      {t(`dropped.${item.kind as Exclude<typeof item.kind, 'missing-own'>}`, {
                        param: isolate(item.param),
                        value: isolate(item.value),
                      })}
                    </bdi>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {problems.length > 0 ? (
            <div data-testid="problems-notice">
              <p className="font-bold">{t('notices.problemsTitle')}</p>
              <ProblemList problems={problems.slice(0, SHOWN_PROBLEMS)} />
              {problems.length > SHOWN_PROBLEMS ? (
                <details className="mt-1">
                  <summary>{t('notices.moreProblems', { count: problems.length - SHOWN_PROBLEMS })}</summary>
                  <ProblemList problems={problems.slice(SHOWN_PROBLEMS)} />
                </details>
              ) : null}
            </div>
          ) : null}
        </div>
        {shown ? (
          <button type="button" className={buttonClass} onClick={dismiss}>
            {t('notices.dismiss')}
          </button>
        ) : null}
      </div>
    </aside>
  );
}

// What the reader should know but did not ask about: parts of the link that were ignored, seed files the
// build could not use. A polite live region, so it is announced without taking focus.
import { lazy, Suspense } from 'react';
import type { InputProblem } from '../../core/types.ts';
import { isolate, showControls } from '../../i18n/bidi.ts';
import { withStrings } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectShownDropped, selectShownProblems } from '../../state/selectors.ts';
import { keyed } from '../common/keys.ts';
import { buttonClass } from '../common/styles.ts';

// What a link had to ignore: only links with a problem need these words, so they come with them.
const UrlNotices = lazy(
  withStrings(() => import('./UrlNotices.tsx').then((m) => ({ default: m.UrlNotices }))),
);

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
          {allDropped.length > 0 ? (
            <Suspense fallback={null}>
              <UrlNotices dropped={allDropped} />
            </Suspense>
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

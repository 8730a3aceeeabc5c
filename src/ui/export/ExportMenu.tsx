// "Export and print": a disclosure button opening three actions: the matrix as CSV (the outlets shown), the
// whole corpus as JSON (the documented format, with any article the reader added), and print. A disclosure
// rather than an ARIA menu: Tab reaches the actions in order, Escape closes and returns to the button.
import { type KeyboardEvent, lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ExportKind } from '../../core/export/corpus-file.ts';
import type { Article } from '../../core/types.ts';
import { withStrings } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/use-t.ts';
import { selectMatrix } from '../../state/comparison-selectors.ts';
import { useAppState, useAppStore } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { buttonClass } from '../common/styles.ts';
import { useOutletName } from '../common/use-outlet-name.ts';
import { useVerdictLabel } from '../highlights/use-verdict-label.ts';
import type { MatrixWords } from './matrix-rows.ts';
import { PrintOrigin } from './PrintOrigin.tsx';

const CONFIRMATION_MS = 6000;

// Sharing a story (its file, a link carrying it, opening one) is fetched when the menu first opens.
const StoryShareItems = lazy(
  withStrings(() => import('../stories/StoryShare.tsx').then((m) => ({ default: m.StoryShareItems }))),
);

const itemClass =
  'flex w-full flex-col items-start rounded-md px-3 py-1.5 text-start text-sm leading-6 hover:bg-stone-100 ' +
  'focus-visible:bg-stone-100 aria-disabled:cursor-not-allowed aria-disabled:text-stone-500 aria-disabled:hover:bg-transparent';

export function ExportItem(props: {
  testId: string;
  label: string;
  hint: string;
  disabled?: boolean;
  onSelect(): void;
}) {
  return (
    <li>
      <button
        type="button"
        data-testid={props.testId}
        // aria-disabled, not disabled: the button stays in the tab order, so its hint says why it is off.
        aria-disabled={props.disabled ? 'true' : undefined}
        className={itemClass}
        onClick={() => {
          if (!props.disabled) props.onSelect();
        }}
      >
        <span className="font-bold">{props.label}</span>
        <span className="text-xs text-stone-600">{props.hint}</span>
      </button>
    </li>
  );
}

function useMatrixWords(): MatrixWords {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const verdictLabel = useVerdictLabel();
  const nameOf = useCallback(
    (article: Article) => {
      const outlet = outlets.get(article.attribution.outletId);
      return outlet ? outletName(outlet) : article.attribution.outletId;
    },
    [outlets, outletName],
  );
  return {
    lang,
    question: t('matrix.question'),
    facts: t('matrix.facts'),
    group: (kind, count) => t(`matrix.group.${kind}`, { count }),
    verdict: t('export.verdict'),
    reports: t('fact.reports'),
    differs: t('fact.differs'),
    before: t('fact.before'),
    absent: t('fact.absent'),
    wire: t('matrix.wire'),
    outletName: nameOf,
    verdictLabel,
  };
}

export function ExportMenu() {
  const t = useT();
  const store = useAppStore();
  const matrix = useAppState(selectMatrix);
  const words = useMatrixWords();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const wrapperRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // As matrixRows decides (matrix-rows.ts, fetched with the download: not imported here).
  const hasTable =
    matrix.articles.length > 0 &&
    (matrix.questions.length > 0 || matrix.facts.length > 0 || matrix.single.length > 0);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const save = async (kind: ExportKind) => {
    const { corpus } = store.getState();
    let file: string = kind;
    try {
      const files = await import('./write-files.ts');
      file = files.exportName(corpus, kind);
      files.writeExport(kind, file, corpus, matrix, words);
      setStatus(t('export.done', { file }));
    } catch (error) {
      setStatus(t('export.failed', { file, reason: error instanceof Error ? error.message : String(error) }));
    }
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape bubbles up from the button and the actions inside */}
      <div ref={wrapperRef} className="relative" onKeyDown={onKeyDown}>
        <button
          ref={toggleRef}
          type="button"
          data-testid="export-toggle"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          className={buttonClass}
          onClick={() => {
            // A new round of actions: a confirmation left from the last one would not be announced again.
            if (!open) setStatus('');
            setOpen(!open);
          }}
        >
          {t('export.button')}
          <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3 ${open ? 'rotate-180' : ''}`}>
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </button>
        {open ? (
          <div
            id={panelId}
            data-testid="export-panel"
            // Phones: the panel spans the screen below the button (fixed, top left at its place in the flow), wherever
            // the button wrapped to; wider, the actions end the header row, so it opens back from the end.
            className="fixed inset-x-4 z-20 mt-1 rounded-lg border border-stone-200 bg-white p-1 shadow-lg min-[641px]:absolute min-[641px]:inset-x-auto min-[641px]:end-0 min-[641px]:top-full min-[641px]:w-72"
          >
            <ul>
              <ExportItem
                testId="export-csv"
                label={t('export.csv')}
                hint={hasTable ? t('export.csvHint') : t('export.csvEmpty')}
                disabled={!hasTable}
                onSelect={() => void save('csv')}
              />
              <ExportItem
                testId="export-json"
                label={t('export.json')}
                hint={t('export.jsonHint')}
                onSelect={() => void save('json')}
              />
              <Suspense fallback={null}>
                <StoryShareItems
                  done={(text) => {
                    setStatus(text);
                    close();
                  }}
                />
              </Suspense>
              <ExportItem
                testId="export-print"
                label={t('export.print')}
                hint={t('export.printHint')}
                onSelect={() => {
                  close();
                  window.print();
                }}
              />
            </ul>
          </div>
        ) : null}
      </div>
      {/* Always rendered (never display:none), so screen readers announce the text when it appears. */}
      <span role="status" data-testid="export-status" className="text-sm text-stone-600">
        {status}
      </span>
      <PrintOrigin />
    </>
  );
}

// One article sentence with what the comparison says about it: a marker style by status (tint plus pattern),
// the deciding cue underlined, and a badge that explains it. The sentence the reader asked to see (from
// the matrix or an explanation) scrolls into view, takes focus and keeps a strong outline.
import { Fragment, memo, useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { Cue, Sentence } from '../../core/types.ts';
import type { Lang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/use-t.ts';
import { type EvidenceMark, type SentenceMark, shownParts, underlined } from '../../state/comparison.ts';
import type { HighlightMode } from '../../state/view.ts';
import { Explainer } from './Explainer.tsx';
import { Explanation } from './Explanation.tsx';
import { PointerIcon, StatusIcon, WireIcon } from './symbols.tsx';
import { useVerdictLabel } from './use-verdict-label.ts';

function withCues(text: string, cues: readonly Cue[]) {
  if (cues.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const cue of cues) {
    if (cue.start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, cue.start)}</Fragment>);
    parts.push(
      <span key={`c${cue.start}`} className="cue" data-cue={cue.kind}>
        {text.slice(cue.start, cue.end)}
      </span>,
    );
    at = cue.end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return parts;
}

const BADGE: Record<string, string> = {
  contradiction: 'border-orange-800 bg-orange-50 text-orange-950',
  agreement: 'border-emerald-800 bg-emerald-50 text-emerald-950',
  single: 'border-stone-500 bg-white text-stone-800',
  wire: 'border-stone-600 bg-stone-100 text-stone-900',
  evidence: 'border-blue-800 bg-blue-50 text-blue-950',
};

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export interface MarkedSentenceProps {
  sentence: Sentence;
  mark: SentenceMark | undefined;
  evidence: EvidenceMark | undefined;
  mode: HighlightMode;
  lang: Lang;
  /** Non-zero when the reader asked to see this sentence (a new number asks again). */
  focusSeq: number;
}

/**
 * What the comparison says of each sentence comes as props from its article (ArticleText), which subscribes to the
 * store once for all its sentences: a store change then runs a handful of selectors instead of five per sentence,
 * and the memo below re-renders only the sentences whose props changed.
 */
function MarkedSentenceView({ sentence, mark, evidence, mode, lang, focusSeq }: MarkedSentenceProps) {
  const t = useT();
  const intl = useIntl();
  const verdict = useVerdictLabel();
  const ref = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (focusSeq === 0 || !element) return;
    // Centre it, past the sticky bar; on phones this also brings its outlet's pane into the sideways scroller.
    element.scrollIntoView?.({
      block: 'center',
      inline: 'nearest',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
    element.focus({ preventScroll: true });
  }, [focusSeq]);

  const { status, wire } = shownParts(mark, mode);
  const focused = focusSeq > 0;
  const cues = underlined(
    sentence.text,
    status === 'contradiction' ? (mark?.cues ?? []) : [],
    evidence?.cues ?? [],
  );
  const classes = [
    '[unicode-bidi:isolate]',
    status ? `mark mark-${status}` : '',
    wire ? 'mark-wire' : '',
    evidence ? `mark-evidence${evidence.deciding ? ' mark-deciding' : ''}` : '',
    focused ? 'mark-focus' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const summary: string[] = [];
  if (evidence) summary.push(`${evidence.question.label[lang]}: ${evidence.answerLabel[lang]}`);
  if (status === 'contradiction' && mark) {
    // One label per kind: three contradictions of one type read once («تناقض في التوقيت»), not three times.
    for (const c of mark.contradictions) {
      const label = verdict('contradiction', c);
      if (!summary.includes(label)) summary.push(label);
    }
  }
  if (status === 'agreement' && mark?.agreement)
    summary.push(t('mark.agreement', { count: mark.agreement.independent }));
  if (status === 'single') summary.push(t('mark.single'));
  if (wire) summary.push(t('mark.wire'));
  const kind = evidence ? 'evidence' : (status ?? 'wire');
  const firstContradiction = mark?.contradictions[0];

  return (
    <>
      {/* Isolated: a stray bidi control in one sentence cannot reorder the next. */}
      <span
        ref={ref}
        data-sentence-id={sentence.id}
        data-status={status ?? undefined}
        data-wire={wire ? '' : undefined}
        data-evidence={evidence ? '' : undefined}
        data-focused={focused ? '' : undefined}
        tabIndex={focused ? -1 : undefined}
        className={classes}
      >
        {withCues(sentence.text, cues)}
      </span>
      {summary.length > 0 ? (
        <Explainer
          testId="mark-badge"
          label={t('mark.explain', { summary: summary.join(lang === 'ar' ? '؛ ' : '; ') })}
          title={t('explain.title')}
          badgeClass={BADGE[kind] ?? ''}
          badge={
            <span lang={lang} className="inline-flex items-center gap-1">
              {evidence ? (
                <>
                  <PointerIcon />
                  <span>{evidence.answerLabel[lang]}</span>
                </>
              ) : null}
              {status ? <StatusIcon status={status} /> : null}
              {status === 'agreement' && mark?.agreement ? (
                <span>{intl.formatNumber(mark.agreement.independent)}</span>
              ) : null}
              {status === 'contradiction' && firstContradiction ? (
                <span>{t(`ctype.${firstContradiction.type}`)}</span>
              ) : null}
              {wire ? <WireIcon /> : null}
            </span>
          }
        >
          <Explanation sentenceId={sentence.id} mark={mark} status={status} wire={wire} evidence={evidence} />
        </Explainer>
      ) : null}
    </>
  );
}

/** Memoised: its props are the corpus's own objects, so a parent's re-render (a toggle, a question) skips it. */
export const MarkedSentence = memo(MarkedSentenceView);

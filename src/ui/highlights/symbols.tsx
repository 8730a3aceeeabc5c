// Shapes that carry meaning next to colour, so nothing is told by colour alone (colour-blind readers, print).
import type { Relation } from '../../core/types.ts';
import type { MarkStatus } from '../../state/comparison.ts';

const box = 'inline-block size-3.5 shrink-0 align-[-0.125em]';

/** Answer choices by position: a different shape for each, a hollow dashed ring for "not reported". */
const CHOICE_SHAPES = [
  <circle key="c" cx="8" cy="8" r="5.5" />,
  <rect key="s" x="2.5" y="2.5" width="11" height="11" />,
  <path key="t" d="M8 2 14 13.5H2Z" />,
  <path key="d" d="M8 1.5 14.5 8 8 14.5 1.5 8Z" />,
  <path key="h" d="M4.5 2h7L15 8l-3.5 6h-7L1 8Z" />,
  <path key="p" d="M8 1.5l2 4.5 4.8.5-3.6 3.2 1 4.8L8 12l-4.2 2.5 1-4.8L1.2 6.5 6 6Z" />,
];

/** Text, border and fill per choice position; contrast of the text on the fill is above 7:1. */
export const CHOICE_STYLES = [
  'border-sky-800 bg-sky-50 text-sky-950',
  'border-amber-800 bg-amber-50 text-amber-950',
  'border-fuchsia-800 bg-fuchsia-50 text-fuchsia-950',
  'border-teal-800 bg-teal-50 text-teal-950',
  'border-rose-800 bg-rose-50 text-rose-950',
  'border-lime-800 bg-lime-50 text-lime-950',
];
export const FALLBACK_STYLE = 'border-dashed border-stone-400 bg-white text-stone-700';

export function choiceStyle(index: number, fallback: boolean): string {
  return fallback ? FALLBACK_STYLE : (CHOICE_STYLES[index % CHOICE_STYLES.length] ?? '');
}

export function ChoiceIcon({ index, fallback }: { index: number; fallback: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={box}>
      {fallback ? (
        <circle
          cx="8"
          cy="8"
          r="5.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray="2 2"
        />
      ) : (
        <g fill="currentColor">{CHOICE_SHAPES[index % CHOICE_SHAPES.length]}</g>
      )}
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={box} fill="none">
      <path d="m3 8.5 3.2 3L13 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** "Not equal": two bars crossed by a slash. */
export function ClashIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={box} fill="none">
      <path
        d="M2.5 6h11M2.5 10.5h11M11 2.5 5 14"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function SingleIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={box} fill="none">
      <circle cx="8" cy="8" r="6" stroke="currentColor" strokeWidth="1.5" />
      <path d="M7 5.5 8.5 4.5V11.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function DashIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={box} fill="none">
      <path d="M3.5 8h9" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** Two overlapping sheets: the same text copied. */
export function WireIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={box} fill="none">
      <rect x="2" y="4.5" width="8" height="9.5" rx="1" stroke="currentColor" strokeWidth="1.4" />
      <path d="M6 4.5V2h8v9.5h-4" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

export function PointerIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`${box} rtl:-scale-x-100`} fill="currentColor">
      <path d="M3 3l10 5-10 5 2.5-5Z" />
    </svg>
  );
}

/** Written before the outcome: a clock face. */
export function BeforeIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={box}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v3.2l2 1.3" strokeLinecap="round" />
    </svg>
  );
}

/** A report written before the outcome, set against it: told apart, quietly, not as a clash. */
export const BEFORE_STYLE = 'border-violet-700 bg-violet-50 text-violet-950';

export function RelationIcon({ relation }: { relation: Relation }) {
  if (relation === 'agreement') return <CheckIcon />;
  if (relation === 'contradiction') return <ClashIcon />;
  if (relation === 'single-source') return <SingleIcon />;
  return <DashIcon />;
}

export const RELATION_STYLES: Record<Relation, string> = {
  agreement: 'border-emerald-800 bg-emerald-50 text-emerald-950',
  contradiction: 'border-orange-800 bg-orange-50 text-orange-950',
  'single-source': 'border-stone-500 bg-white text-stone-800',
  unreported: 'border-dashed border-stone-400 bg-white text-stone-700',
};

export function StatusIcon({ status }: { status: MarkStatus }) {
  if (status === 'agreement') return <CheckIcon />;
  if (status === 'contradiction') return <ClashIcon />;
  return <SingleIcon />;
}

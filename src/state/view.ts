// The view: everything the reader chose that a shared link must reproduce. The URL is its source of truth.
import { DEFAULT_DIGITS, DEFAULT_LANG, type Digits, type Lang } from '../i18n/locale.ts';

/**
 * Which sentence markers the columns show. `essential`, the default, marks what a reader must see: contradictions,
 * wire copy, and single-source claims that carry a figure (a number a reader can check); agreements are marked on
 * request (`all`, `agreements`).
 */
export type HighlightMode = 'essential' | 'all' | 'contradictions' | 'agreements' | 'none';
export const HIGHLIGHT_MODES: readonly HighlightMode[] = [
  'essential',
  'all',
  'contradictions',
  'agreements',
  'none',
];

export function isHighlightMode(value: string): value is HighlightMode {
  return (HIGHLIGHT_MODES as readonly string[]).includes(value);
}

export interface ViewState {
  /** The story shown; null means the default story (the seeds folder's own articles). */
  story: string | null;
  /** Selected outlet ids in corpus order; null means every outlet (the default). */
  outlets: string[] | null;
  lang: Lang;
  digits: Digits;
  /** The story question the reader picked in the matrix, or null. */
  question: string | null;
  highlight: HighlightMode;
}

export const DEFAULT_VIEW: ViewState = {
  story: null,
  outlets: null,
  lang: DEFAULT_LANG,
  digits: DEFAULT_DIGITS,
  question: null,
  highlight: 'essential',
};

/**
 * Canonical selection: known ids only, in corpus order, no duplicates; selecting every outlet is the same
 * as "all" (null), so one view has one URL.
 */
export function normaliseOutlets(ids: readonly string[] | null, known: readonly string[]): string[] | null {
  if (ids === null) return null;
  const wanted = new Set(ids);
  const result = known.filter((id) => wanted.has(id));
  return result.length === known.length && known.length > 0 ? null : result;
}

export function sameOutlets(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return (
    (a.story ?? null) === (b.story ?? null) &&
    a.lang === b.lang &&
    a.digits === b.digits &&
    a.question === b.question &&
    a.highlight === b.highlight &&
    sameOutlets(a.outlets, b.outlets)
  );
}

// The dateline opening a news body: `دبي - (العربية نت):`, `القاهرة - أ ف ب:`, `موسكو (رويترز) -`.

import { countWords } from '../text/words.ts';
import type { Dateline } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

// A word never starts with a tatweel: "القاهرة ـ «الشرق الأوسط»" uses a lone tatweel as its dash.
const WORD = String.raw`(?!ـ)[\p{L}\p{M}]+`;
const place = (max: number) => String.raw`(${WORD}(?:[ \t]${WORD}){0,${max - 1}})`;
const DASH = String.raw`(?:\s*[-–—]\s*|\s+ـ+\s*)`;
// The source in brackets or guillemets: "(العربية نت)", "«الشرق الأوسط»".
const PAREN = String.raw`([(«]([^()«»\n]{2,40})[)»])`;
const PLAIN_SOURCE = String.raw`([\p{L}\p{M}][\p{L}\p{M}.]*(?:[ \t][\p{L}\p{M}.]+){0,2})`;

interface Form {
  pattern: RegExp;
  /** Capture-group numbers: place, source as written (with brackets), bare source. */
  groups: { place?: number; written?: number; source?: number };
  minRestWords: number;
}

const FORMS: Form[] = [
  // دبي - (العربية نت): …
  {
    pattern: new RegExp(String.raw`^${place(3)}${DASH}${PAREN}\s*[:\-–—]?\s*`, 'u'),
    groups: { place: 1, written: 2, source: 3 },
    minRestWords: 1,
  },
  // موسكو (رويترز) - …
  {
    pattern: new RegExp(String.raw`^${place(3)}\s*${PAREN}\s*(?:[:\-–—]|\s+ـ+)\s*`, 'u'),
    groups: { place: 1, written: 2, source: 3 },
    minRestWords: 1,
  },
  // القاهرة - أ ف ب: …
  {
    pattern: new RegExp(String.raw`^${place(3)}${DASH}${PLAIN_SOURCE}\s*:\s*`, 'u'),
    groups: { place: 1, written: 2, source: 2 },
    minRestWords: 1,
  },
  // (رويترز) - …
  {
    pattern: new RegExp(String.raw`^${PAREN}\s*(?:[:\-–—]|\s+ـ+)\s*`, 'u'),
    groups: { written: 1, source: 2 },
    minRestWords: 1,
  },
  // طرابلس - … (a place alone; only before a real sentence, so "X - Y" headlines stay whole)
  { pattern: new RegExp(`^${place(2)}${DASH}`, 'u'), groups: { place: 1 }, minRestWords: 5 },
];

export interface DatelineMatch extends Dateline {
  sourceAsWritten?: string;
  /** The paragraph text after the dateline. */
  rest: string;
}

export function matchDateline(text: string): DatelineMatch | undefined {
  for (const form of FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length).trim();
    if (countWords(rest) < form.minRestWords) continue;
    const pick = (n?: number) => (n === undefined ? undefined : m[n]?.trim());
    const result: DatelineMatch = { raw: m[0].trim(), rest };
    const placeText = pick(form.groups.place);
    const source = pick(form.groups.source);
    const written = pick(form.groups.written);
    if (placeText) result.place = placeText;
    if (source) result.source = source;
    if (written) result.sourceAsWritten = written;
    return result;
  }
  return undefined;
}

const SLASH = String.raw`\s*/\s*`;
const NAME = String.raw`(${WORD}(?:[ \t]${WORD}){1,3})`;
const AGENCY = String.raw`(${WORD}(?:[ \t]${WORD}){0,2})`;
// "أنقرة/ الأناضول", "إزمير/ زينب بيلغين/ الأناضول": place, reporter, agency on a line of their own.
const STANDALONE = new RegExp(`^${place(2)}${SLASH}(?:${NAME}${SLASH})?${AGENCY}$`, 'u');

export interface StandaloneDateline extends Dateline {
  /** The reporter named between place and agency. */
  byline?: string;
}

/** A dateline that is a whole line of its own, just above the body. */
export function matchStandaloneDateline(text: string): StandaloneDateline | undefined {
  const m = STANDALONE.exec(text.trim());
  if (!m) return undefined;
  const [, placeText = '', name, source = ''] = m;
  return { place: placeText, source, raw: text.trim(), ...(name !== undefined && { byline: name }) };
}

/**
 * Find the dateline at the start of the first body paragraph, or standing alone on the line
 * just above it (then that line is removed: as the byline when it names the reporter).
 */
export function findDateline(draft: Draft): Draft {
  const index = draft.lines.findIndex((l, i) => i >= draft.bodyStart && isPending(l));
  const line = draft.lines[index];
  if (!line) return draft;
  const match = matchDateline(line.text);
  if (match) {
    const { rest: _rest, sourceAsWritten, ...dateline } = match;
    return { ...draft, dateline, datelineSourceAsWritten: sourceAsWritten, datelineIndex: index };
  }
  const above = draft.lines.findLastIndex((l, i) => i < index && l.text !== '');
  const aboveLine = draft.lines[above];
  // The head pass may have taken the short line for a label of the page head.
  const free = aboveLine && (isPending(aboveLine) || aboveLine.reason === 'header');
  const alone = free ? matchStandaloneDateline(aboveLine.text) : undefined;
  if (!alone) return draft;
  const { byline, ...dateline } = alone;
  const asByline = byline !== undefined && draft.byline === undefined;
  return withReasons(
    {
      ...draft,
      dateline,
      datelineSourceAsWritten: dateline.source,
      datelineIndex: above,
      ...(asByline && { byline }),
    },
    new Map([[above, asByline ? ('byline' as const) : ('header' as const)]]),
  );
}

// The dateline opening a news body: `دبي - (العربية نت):`, `القاهرة - أ ف ب:`, `موسكو (رويترز) -`,
// `القاهرة - بوابة الوسط الثلاثاء 14 يناير 2020، 10:12 صباحا`, `لندن: «الشرق الأوسط»`,
// `طرابلس 14 يناير 2020 (وال) -`, `موسكو - سبوتنيك`, `واشنطن - الحرة / خاص`; or a line of its own.

import { MONTH_NAMES, WEEKDAYS } from '../text/date-words.ts';
import { foldArabic } from '../text/fold-arabic.ts';
import { countWords } from '../text/words.ts';
import type { Dateline, OutletRegistryEntry } from '../types.ts';
import {
  anyOf,
  DATE,
  hasSentenceWord,
  isCommonPlace,
  looksLikeOutletName,
  sourceKey,
  TIME,
  WIRE_AGENCIES,
} from './dateline-words.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

// A word never starts with a tatweel: "القاهرة ـ «الشرق الأوسط»" uses a lone tatweel as its dash.
const WORD = String.raw`(?!ـ)[\p{L}\p{M}]+`;
const place = (max: number) => String.raw`(?<place>${WORD}(?:[ \t]${WORD}){0,${max - 1}})`;
// The shortest place the rest of the form allows: "طرابلس" in "طرابلس الثلاثاء 14 يناير".
const shortPlace = (max: number) => String.raw`(?<place>${WORD}(?:[ \t]${WORD}){0,${max - 1}}?)`;
const DASH = String.raw`(?:\s*[-–—]\s*|\s+ـ+\s*)`;
// The source in brackets or guillemets: "(العربية نت)", "«الشرق الأوسط»".
const PAREN = String.raw`(?<written>[(«](?<source>[^()«»\n]{2,40})[)»])`;
// The source in quotes: "«الشرق الأوسط»", "\"هسبريس\"", "(رويترز)".
const QUOTED = String.raw`(?<written>[(«"“](?<source>[^()«»"“”\n:.،؟!]{2,40})[)»"”])`;
const PLAIN_SOURCE = String.raw`(?<plain>[\p{L}\p{M}][\p{L}\p{M}.]*(?:[ \t][\p{L}\p{M}.]+){0,2})`;
// A source of one to four words, the fewest the rest of the form allows.
const SHORT_SOURCE = (max: number) => String.raw`(?<plain>${WORD}(?:[ \t]${WORD}){0,${max - 1}}?)`;
// Place and date apart: "طرابلس 14 يناير", "طرابلس في 14 يناير", "طرابلس، 14 يناير", "طرابلس - 14 يناير".
const IN = String.raw`(?:${anyOf(['في'])}\s+)?`;
const BEFORE_DATE = String.raw`(?:${DASH}|\s*[،,]\s*|\s+)${IN}`;
const STAMP = String.raw`${DATE}(?:\s*[،,|\-–—]?\s*(?<time>${TIME}))?`;
const SEP = String.raw`(?:[:\-–—]|\s+ـ+)`;
const NOT_LETTER = String.raw`(?![\p{L}\p{M}])`;

/** The source names a dateline may carry (folded): the registry's dateline markers. */
export type KnownSources = ReadonlySet<string>;

const knownCache = new WeakMap<readonly OutletRegistryEntry[], KnownSources>();
export function knownSources(registry: readonly OutletRegistryEntry[]): KnownSources {
  let known = knownCache.get(registry);
  if (!known) {
    known = new Set(registry.flatMap((o) => (o.markers.dateline ?? []).map(sourceKey)));
    knownCache.set(registry, known);
  }
  return known;
}

const isKnown = (source: string, known: KnownSources) => {
  const key = sourceKey(source);
  return known.has(key) || WIRE_AGENCIES.includes(key);
};

type Groups = Partial<Record<'place' | 'written' | 'source' | 'plain' | 'time' | 'sep', string>>;

interface Found {
  /** Length of the dateline at the start of the text. */
  length: number;
  groups: Groups;
}

interface Form {
  find: (text: string, known: KnownSources) => Found | undefined;
  minRestWords: number;
  /** May also stand alone on its line, the body starting on the next. */
  alone?: boolean;
  /** Only alone on its line. */
  onlyAlone?: boolean;
  /** A further check, for forms whose source or place may be an ordinary phrase. */
  accept?: (g: Groups, known: KnownSources, alone: boolean) => boolean;
}

const byPattern =
  (pattern: RegExp) =>
  (text: string): Found | undefined => {
    const m = pattern.exec(text);
    return m ? { length: m[0].length, groups: { ...m.groups } } : undefined;
  };

const re = (source: string) => new RegExp(source, 'u');
const nameLike = (source: string, known: KnownSources) =>
  isKnown(source, known) || looksLikeOutletName(source);

/**
 * "موسكو - سبوتنيك", "القاهرة - بوابة الوسط:": a source the registry or the wire list knows by name,
 * with no bracket. A wire agency may run straight into the body; an outlet's name (often an ordinary
 * phrase: "الشرق الأوسط") needs a mark after it or the end of the line.
 */
const PLACE_DASH = re(`^${place(3)}${DASH}`);
const TOKEN = String.raw`[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*`;
const AFTER_NAME = re(String.raw`^\s*(?:[:\-–—.|]|\s+ـ+)\s*`);
// The first one to four words after the dash, longest first.
const FIRST_WORDS = [4, 3, 2, 1].map((k) => re(`^${TOKEN}(?:[ \\t]+${TOKEN}){${k - 1}}${NOT_LETTER}`));
function findKnownSource(text: string, known: KnownSources): Found | undefined {
  const head = PLACE_DASH.exec(text);
  if (!head) return undefined;
  const after = text.slice(head[0].length);
  for (const words of FIRST_WORDS) {
    const name = words.exec(after)?.[0];
    if (name === undefined) continue;
    const key = sourceKey(name);
    const wire = WIRE_AGENCIES.includes(key);
    if (!wire && !known.has(key)) continue;
    const tail = after.slice(name.length);
    const mark = AFTER_NAME.exec(tail)?.[0];
    const length = head[0].length + name.length;
    const groups = { place: head.groups?.place, plain: name };
    if (mark !== undefined) return { length: length + mark.length, groups };
    if (tail.trim() === '') return { length: text.length, groups };
    if (wire && /^\s/.test(tail)) return { length, groups };
  }
  return undefined;
}

const FORMS: Form[] = [
  // القاهرة - بوابة الوسط الثلاثاء 14 يناير 2020، 10:12 صباحا …: the publication date follows the source
  // (after a comma or a bar: "موسكو - بوابة الوسط | الإثنين 13 يناير 2020, 09:12 مساء").
  {
    find: byPattern(
      re(
        String.raw`^${place(3)}${DASH}(?:${PAREN}|${SHORT_SOURCE(4)})\s*[،,|]?\s*${STAMP}\s*(?:[:\-–—|]|\s+ـ+)?\s*`,
      ),
    ),
    minRestWords: 1,
    alone: true,
    // An unbracketed source before a bare date may be a sentence's subject; a time or a name decides.
    accept: (g, known) =>
      g.plain === undefined ||
      (!hasSentenceWord(g.plain) && (g.time !== undefined || nameLike(g.plain, known))),
  },
  // طرابلس 14 يناير 2020 (وال) - …
  {
    find: byPattern(re(String.raw`^${shortPlace(3)}${BEFORE_DATE}${STAMP}\s*${PAREN}\s*(?<sep>${SEP})?\s*`)),
    minRestWords: 1,
    alone: true,
    accept: (g, known, alone) => alone || g.sep !== undefined || isKnown(g.source ?? '', known),
  },
  // طرابلس في 14 يناير/ وال/ …
  {
    find: byPattern(
      re(
        String.raw`^${shortPlace(3)}${BEFORE_DATE}${STAMP}\s*/\s*(?<plain>${WORD}(?:[ \t]${WORD}){0,2})\s*/\s*${SEP}?\s*`,
      ),
    ),
    minRestWords: 1,
    alone: true,
    accept: (g) => !hasSentenceWord(g.plain ?? ''),
  },
  // طرابلس 14 يناير 2020 - …: a place and a date, no source.
  {
    find: byPattern(re(String.raw`^${shortPlace(3)}(?:\s*[،,]\s*|\s+)${IN}${STAMP}\s*${SEP}\s*`)),
    minRestWords: 1,
    alone: true,
    accept: (g) => isCommonPlace(g.place ?? ''),
  },
  // واشنطن - الحرة / خاص …
  {
    find: byPattern(
      re(
        String.raw`^${place(2)}${DASH}(?:${PAREN}|(?<plain>${WORD}(?:[ \t]${WORD}){0,2}))\s*/\s*${anyOf(['خاص', 'حصري', 'حصريا'])}\s*(?:[:\-–—.]|\s+ـ+)?\s*`,
      ),
    ),
    minRestWords: 1,
    alone: true,
    accept: (g) => !hasSentenceWord(`${g.place ?? ''} ${g.plain ?? ''}`),
  },
  // دبي - (العربية نت): …
  {
    find: byPattern(re(String.raw`^${place(3)}${DASH}${PAREN}\s*[:\-–—]?\s*`)),
    minRestWords: 1,
    alone: true,
    accept: (g, known, alone) => !alone || nameLike(g.source ?? '', known),
  },
  // موسكو (رويترز) - …
  {
    find: byPattern(re(String.raw`^${place(3)}\s*${PAREN}\s*${SEP}\s*`)),
    minRestWords: 1,
    alone: true,
    accept: (g, known, alone) => !alone || nameLike(g.source ?? '', known),
  },
  // القاهرة - أ ف ب: …
  { find: byPattern(re(String.raw`^${place(3)}${DASH}${PLAIN_SOURCE}\s*:\s*`)), minRestWords: 1 },
  // (رويترز) - …
  { find: byPattern(re(String.raw`^${PAREN}\s*${SEP}\s*`)), minRestWords: 1 },
  // لندن: «الشرق الأوسط» …: after a colon, quotes also open a remark ("حفتر: «لن نوقع»",
  // "السراج: «الجزيرة» نقلت …"), so the quoted words must name an outlet and the place be a city
  // datelines are written from; on a line of its own, an outlet's name of two words will do.
  {
    find: byPattern(re(String.raw`^${place(2)}\s*:\s*${QUOTED}\s*(?:[:\-–—.]|\s+ـ+)?\s*`)),
    minRestWords: 1,
    alone: true,
    accept: (g, known, alone) =>
      !hasSentenceWord(g.place ?? '') &&
      nameLike(g.source ?? '', known) &&
      (isCommonPlace(g.place ?? '') || (alone && countWords(g.source ?? '') >= 2)),
  },
  // غزة - "هسبريس": …: the source in quotes after a dash.
  {
    find: byPattern(re(String.raw`^${place(3)}${DASH}${QUOTED}\s*[:\-–—]?\s*`)),
    minRestWords: 1,
    alone: true,
    accept: (g, known) => nameLike(g.source ?? '', known),
  },
  // موسكو - سبوتنيك …
  { find: findKnownSource, minRestWords: 1, alone: true },
  // الحرة / خاص - واشنطن (a line of its own: the source first, then the place)
  {
    find: byPattern(
      re(
        String.raw`^(?<plain>${WORD}(?:[ \t]${WORD}){0,2})\s*/\s*${anyOf(['خاص', 'ترجمات'])}${DASH}${place(2)}$`,
      ),
    ),
    minRestWords: 0,
    onlyAlone: true,
    accept: (g) => !hasSentenceWord(`${g.place ?? ''} ${g.plain ?? ''}`),
  },
  // طرابلس - … (a place alone; only before a real sentence, so "X - Y" headlines stay whole)
  { find: byPattern(re(`^${place(2)}${DASH}`)), minRestWords: 5 },
];

export interface DatelineMatch extends Dateline {
  sourceAsWritten?: string;
  /** The paragraph text after the dateline. */
  rest: string;
}

function toMatch(text: string, found: Found): DatelineMatch {
  const g = found.groups;
  const result: DatelineMatch = {
    raw: text.slice(0, found.length).trim(),
    rest: text.slice(found.length).trim(),
  };
  const placeText = g.place?.trim();
  const source = (g.source ?? g.plain)?.trim();
  const written = (g.written ?? g.plain)?.trim();
  if (placeText) result.place = placeText;
  if (source) result.source = source;
  if (written) result.sourceAsWritten = written;
  return result;
}

// A weekday or a month is when, not where: "الثلاثاء - 19 جمادى الأولى …" is a date stamp. (A month
// inside a place's name is still a place: "العاشر من رمضان".)
const DAY_NAMES = new Set(WEEKDAYS.map(foldArabic));
const MONTHS = new Set(MONTH_NAMES.map(foldArabic));
const placeIsDate = (found: Found) => {
  const p = found.groups.place?.trim();
  if (p === undefined) return false;
  const folded = foldArabic(p);
  return MONTHS.has(folded) || DAY_NAMES.has(folded.split(/\s+/)[0]!.replace(/^[وف]/, ''));
};

/** The dateline opening a paragraph, with the paragraph's text after it. */
export function matchDateline(text: string, known: KnownSources = new Set()): DatelineMatch | undefined {
  for (const form of FORMS) {
    if (form.onlyAlone) continue;
    const found = form.find(text, known);
    if (!found || placeIsDate(found)) continue;
    if (countWords(text.slice(found.length)) < form.minRestWords) continue;
    if (form.accept && !form.accept(found.groups, known, false)) continue;
    return toMatch(text, found);
  }
  return undefined;
}

/** A line that is a dateline and nothing else: `القاهرة - بوابة الوسط الثلاثاء 14 يناير 2020، 10:12 صباحا`. */
export function matchDatelineAlone(
  text: string,
  known: KnownSources = new Set(),
): (Dateline & { sourceAsWritten?: string }) | undefined {
  const line = text.trim();
  for (const form of FORMS) {
    if (!form.alone && !form.onlyAlone) continue;
    const found = form.find(line, known);
    if (!found || placeIsDate(found) || line.slice(found.length).trim() !== '') continue;
    if (form.accept && !form.accept(found.groups, known, true)) continue;
    const { rest: _rest, ...dateline } = toMatch(line, found);
    return dateline;
  }
  return undefined;
}

const SLASH = String.raw`\s*/\s*`;
const NAME = String.raw`(${WORD}(?:[ \t]${WORD}){1,3})`;
const AGENCY = String.raw`(${WORD}(?:[ \t]${WORD}){0,2})`;
const PLACE = String.raw`(${WORD}(?:[ \t]${WORD}){0,1})`;
// "أنقرة/ الأناضول", "إزمير/ زينب بيلغين/ الأناضول": place, reporter, agency on a line of their own.
const STANDALONE = new RegExp(`^${PLACE}${SLASH}(?:${NAME}${SLASH})?${AGENCY}$`, 'u');

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
 * just above it or as the first body line (then that line is removed: as the byline when it
 * names the reporter, else as a header line).
 */
export function findDateline(draft: Draft): Draft {
  const index = draft.lines.findIndex((l, i) => i >= draft.bodyStart && isPending(l));
  const line = draft.lines[index];
  if (!line) return draft;
  const known = knownSources(draft.registry);
  const removed = (at: number, found: StandaloneDateline & { sourceAsWritten?: string }): Draft => {
    const { byline, sourceAsWritten, ...dateline } = found;
    const asByline = byline !== undefined && draft.byline === undefined;
    return withReasons(
      {
        ...draft,
        dateline,
        datelineSourceAsWritten: sourceAsWritten ?? dateline.source,
        datelineIndex: at,
        ...(asByline && { byline }),
      },
      new Map([[at, asByline ? ('byline' as const) : ('header' as const)]]),
    );
  };
  // The dateline alone on the first body line, the body on the next (before the opening forms:
  // "القاهرة - بوابة الوسط الثلاثاء 14 يناير 2020" is not the place "القاهرة" before a sentence).
  const hasNext = draft.lines.some((l, i) => i > index && isPending(l));
  const own = hasNext ? matchDatelineAlone(line.text, known) : undefined;
  if (own) return removed(index, own);
  const match = matchDateline(line.text, known);
  if (match) {
    const { rest: _rest, sourceAsWritten, ...dateline } = match;
    return { ...draft, dateline, datelineSourceAsWritten: sourceAsWritten, datelineIndex: index };
  }
  const above = draft.lines.findLastIndex((l, i) => i < index && l.text !== '');
  const aboveLine = draft.lines[above];
  if (!aboveLine) return draft;
  // The head pass may have taken the short line for a label of the page head.
  if (isPending(aboveLine) || aboveLine.reason === 'header') {
    const alone = matchStandaloneDateline(aboveLine.text);
    if (alone) return removed(above, alone);
    const dated = matchDatelineAlone(aboveLine.text, known);
    return dated ? removed(above, dated) : draft;
  }
  // A page with no headline: the title pass took the dateline line for it.
  if (aboveLine.reason === 'title' && above === draft.titleIndex) {
    const dated = matchStandaloneDateline(aboveLine.text) ?? matchDatelineAlone(aboveLine.text, known);
    if (dated) return { ...removed(above, dated), title: null, titleIndex: undefined };
  }
  return draft;
}

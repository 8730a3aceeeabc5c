// The URL codec: view state <-> query string. Pure (no window), so it is tested without a browser.
// Shape borrowed from firefox-devtools/profiler url-handling: one small parse/stringify per field and a table
// of version upgraders, so a link shared today still opens after the format changes. Bad input is dropped and
// reported, never thrown: a reader who follows a mangled link still gets a page and is told what was ignored.
import { UNIDENTIFIED_PREFIX } from '../core/ingest/attribute-outlet.ts';
import { OWN_PREFIX } from '../core/types.ts';
import { isDigits, isLang } from '../i18n/locale.ts';
import { MINE_STORY } from '../storage/story-id.ts';
import { DEFAULT_VIEW, isHighlightMode, normaliseOutlets, type ViewState } from './view.ts';

export const URL_VERSION = 1;
/** `o=all`: every outlet; no outlet may have this id (the registry refuses it). */
export const ALL_OUTLETS = 'all';
/**
 * Longest value read for one parameter; longer values are dropped whole. 8,000 characters is about what static
 * hosts accept on a request line, and holds every outlet of a story of ~190 outlets with ids of up to 40 characters
 * (the registry's limit), so every link the app writes for such a story opens again.
 */
export const MAX_VALUE_LENGTH = 8000;
/** Parameters read at most; the rest of a huge query is ignored. */
export const MAX_PARAMS = 50;
/** Problems reported at most, so a garbage link cannot flood the notice. */
export const MAX_DROPPED = 10;
/** Length of a raw value as quoted back to the reader. */
const REPORT_LENGTH = 60;

export type DroppedKind =
  | 'unknown-story'
  | 'story-unavailable'
  /** A story its sender made in their own browser, which this browser does not have. */
  | 'missing-own-story'
  | 'unknown-outlet'
  /** An outlet of an article the link's sender added in their own browser (see `OWN_OUTLET`). */
  | 'missing-own'
  | 'bad-lang'
  | 'bad-digits'
  | 'unknown-question'
  | 'bad-highlight'
  | 'unknown-param'
  | 'repeated-param'
  | 'future-version'
  | 'bad-version'
  | 'too-long';

export interface Dropped {
  kind: DroppedKind;
  /** Parameter name as written in the link. */
  param: string;
  /** The raw value (clipped) that was ignored. */
  value: string;
}

export interface KnownValues {
  /** Story ids, the default story first; none when the app has one story. */
  storyIds?: readonly string[];
  /** Outlet ids of the corpus, in corpus order. */
  outletIds: readonly string[];
  /** Question ids of the corpus; none when absent. */
  questionIds?: readonly string[];
}

type Report = (kind: DroppedKind, param: string, value: string) => void;

interface FieldCodec {
  param: string;
  /** Reads a present parameter into part of the view; reports what it cannot use. */
  parse(raw: string, known: KnownValues, report: Report): Partial<ViewState>;
  /** The parameter value, or null when the view holds the default (omitted from the URL). */
  stringify(view: ViewState): string | null;
}

/** Story ids are written by the build from folder names or story.json: lower case like outlet ids. */
const storyToken = (raw: string) => raw.trim().toLowerCase();

const storyField: FieldCodec = {
  param: 's',
  parse(raw, known, report) {
    const value = storyToken(raw);
    const ids = known.storyIds ?? [];
    if (value === '' || value === ids[0]) return { story: null };
    if (ids.includes(value)) return { story: value };
    report(MINE_STORY.test(value) ? 'missing-own-story' : 'unknown-story', 's', raw);
    return { story: null };
  },
  stringify(view) {
    return view.story == null ? null : encodeURIComponent(view.story);
  },
};

/**
 * The story a query names, without reading the rest: the app loads that story before it can check the outlets and
 * question the link names. Null: the default story (none named, or one the app does not have).
 */
export function storyInQuery(search: string, storyIds: readonly string[]): string | null {
  const raw = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('s');
  if (raw === null) return null;
  const value = storyToken(raw.replace(FORMAT_CHARS, ''));
  return value !== storyIds[0] && storyIds.includes(value) ? value : null;
}

/**
 * The outlet ids the reader's own articles get (src/core/add-articles.ts): `own-<hash>` for a name they typed,
 * `unidentified-own-<hash>` for an article nothing identifies. A link naming one the recipient lacks names an
 * article its sender added in their browser, and says so rather than "unknown outlet".
 */
const OWN_OUTLET = new RegExp(`^(?:${UNIDENTIFIED_PREFIX})?${OWN_PREFIX}[a-z0-9-]+$`);

/**
 * Whether a link names a story made in a browser or an outlet of the reader's own articles: then the app reads it
 * only once those are loaded.
 */
export function linkNamesOwn(search: string): boolean {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const o = params.get('o') ?? '';
  if (MINE_STORY.test(storyToken((params.get('s') ?? '').replace(FORMAT_CHARS, '')))) return true;
  return o.split(',').some((token) => OWN_OUTLET.test(token.trim().toLowerCase()));
}

/** Problems that mean "the sender had something this browser lacks": the link is then left as it was written. */
export const namesMissingOwn = (dropped: readonly Dropped[]): boolean =>
  dropped.some((d) => d.kind === 'missing-own' || d.kind === 'missing-own-story');

const outletsField: FieldCodec = {
  param: 'o',
  parse(raw, known, report) {
    const tokens = raw
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter((token) => token !== '');
    if (tokens.length === 0) return { outlets: [] };
    // `o=all` is the hand-written way to ask for every outlet (the codec itself writes nothing for it).
    if (tokens.length === 1 && tokens[0] === ALL_OUTLETS) return { outlets: null };
    const knownIds = new Set(known.outletIds);
    const good: string[] = [];
    const reported = new Set<string>();
    for (const token of tokens) {
      if (knownIds.has(token)) good.push(token);
      else if (!reported.has(token)) {
        reported.add(token);
        report(OWN_OUTLET.test(token) ? 'missing-own' : 'unknown-outlet', 'o', token);
      }
    }
    // Nothing usable: showing every outlet beats an empty page the reader did not ask for.
    if (good.length === 0) return { outlets: null };
    return { outlets: normaliseOutlets(good, known.outletIds) };
  },
  stringify(view) {
    if (view.outlets === null) return null;
    return view.outlets.map(encodeURIComponent).join(',');
  },
};

const langField: FieldCodec = {
  param: 'lang',
  parse(raw, _known, report) {
    const value = raw.trim().toLowerCase();
    if (isLang(value)) return { lang: value };
    report('bad-lang', 'lang', raw);
    return {};
  },
  stringify(view) {
    return view.lang === DEFAULT_VIEW.lang ? null : view.lang;
  },
};

const digitsField: FieldCodec = {
  param: 'digits',
  parse(raw, _known, report) {
    const value = raw.trim().toLowerCase();
    if (isDigits(value)) return { digits: value };
    report('bad-digits', 'digits', raw);
    return {};
  },
  stringify(view) {
    return view.digits === DEFAULT_VIEW.digits ? null : view.digits;
  },
};

const questionField: FieldCodec = {
  param: 'q',
  parse(raw, known, report) {
    // Question ids come from the story config, which writes them in lower case like outlet ids.
    const value = raw.trim().toLowerCase();
    if (value === '') return {};
    if ((known.questionIds ?? []).includes(value)) return { question: value };
    report('unknown-question', 'q', raw);
    return {};
  },
  stringify(view) {
    // `== null`: a view built before these fields existed (undefined) writes no parameter either.
    return view.question == null ? null : encodeURIComponent(view.question);
  },
};

const highlightField: FieldCodec = {
  param: 'h',
  parse(raw, _known, report) {
    const value = raw.trim().toLowerCase();
    if (isHighlightMode(value)) return { highlight: value };
    report('bad-highlight', 'h', raw);
    return {};
  },
  stringify(view) {
    return view.highlight === DEFAULT_VIEW.highlight || view.highlight === undefined ? null : view.highlight;
  },
};

const FIELDS: readonly FieldCodec[] = [
  storyField,
  outletsField,
  langField,
  digitsField,
  questionField,
  highlightField,
];
const VERSION_PARAM = 'v';

/** Raw parameters after de-duplication: name -> first value. Upgraders rewrite it in place. */
export type RawQuery = Map<string, string>;
export type Upgrader = (query: RawQuery) => void;

/**
 * `UPGRADERS[n]` turns a version n-1 query into a version n query. Version 1 is the first format, so the
 * table is empty; a future `o` rename would add e.g. `2: (q) => { q.set('outlets', q.get('o')) ... }`.
 */
export const UPGRADERS: Readonly<Record<number, Upgrader>> = {};

export function upgradeQuery(
  query: RawQuery,
  from: number,
  to: number = URL_VERSION,
  upgraders: Readonly<Record<number, Upgrader>> = UPGRADERS,
): RawQuery {
  for (let version = from + 1; version <= to; version++) upgraders[version]?.(query);
  return query;
}

const FORMAT_CHARS = /\p{Cf}/gu;

/** A raw value as quoted back to the reader: bidi controls removed (they would reorder the notice), clipped. */
function clip(value: string): string {
  const clean = value.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  return clean.length > REPORT_LENGTH ? `${clean.slice(0, REPORT_LENGTH)}…` : clean;
}

function parseVersion(raw: string | undefined, report: Report): number {
  if (raw === undefined) return URL_VERSION; // links made before versions existed, or typed by hand
  const value = raw.trim();
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
    report('bad-version', VERSION_PARAM, raw);
    return URL_VERSION;
  }
  const version = Number(value);
  if (version > URL_VERSION) report('future-version', VERSION_PARAM, value);
  return Math.min(version, URL_VERSION);
}

function readParams(search: string, report: Report): RawQuery {
  const query: RawQuery = new Map();
  // URLSearchParams never throws: malformed percent-escapes are kept as written.
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const seen = new Set<string>();
  let count = 0;
  for (const [rawName, rawValue] of params) {
    if (++count > MAX_PARAMS) break;
    // Invisible format characters (bidi controls, zero-width joiners) never belong in a link's names or ids:
    // a value that differs from a valid one only by them is that value.
    const name = rawName.replace(FORMAT_CHARS, '');
    const value = rawValue.replace(FORMAT_CHARS, '');
    if (seen.has(name)) report('repeated-param', name, value);
    else if (value.length > MAX_VALUE_LENGTH) report('too-long', name, value);
    else query.set(name, value);
    seen.add(name);
  }
  return query;
}

export function stateFromUrl(search: string, known: KnownValues): { view: ViewState; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const report: Report = (kind, param, value) => {
    if (dropped.length < MAX_DROPPED) dropped.push({ kind, param: clip(param), value: clip(value) });
  };
  const query = readParams(search, report);

  const version = parseVersion(query.get(VERSION_PARAM), report);
  query.delete(VERSION_PARAM);
  upgradeQuery(query, version);

  let view: ViewState = { ...DEFAULT_VIEW };
  for (const field of FIELDS) {
    const raw = query.get(field.param);
    if (raw === undefined) continue;
    query.delete(field.param);
    view = { ...view, ...field.parse(raw, known, report) };
  }
  for (const [name, value] of query) report('unknown-param', name, value);
  return { view, dropped };
}

/** The query string (with `?`) for a view: `v=1` always, other fields only when not default. */
export function urlFromState(view: ViewState): string {
  const parts = [`${VERSION_PARAM}=${URL_VERSION}`];
  for (const field of FIELDS) {
    const value = field.stringify(view);
    if (value !== null) parts.push(`${field.param}=${value}`);
  }
  return `?${parts.join('&')}`;
}

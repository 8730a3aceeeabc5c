/**
 * The Corpus contract: what the pure pipeline produces and the app consumes.
 * Everything here is plain JSON (no Dates, Maps or classes) so the same value
 * can be bundled at build time, written by the CLI and posted from a worker.
 */

export const SCHEMA_VERSION = 1 as const;

/** Raw input to the pipeline: one scraped file. The runner reads it; the core never touches the file system. */
export interface ArticleInput {
  /** File name as found on disk (no directories), e.g. `000_abc.txt`. */
  file: string;
  bytes: Uint8Array;
}

/** Why a line of the scraped page was not kept as article body. */
export type RemovalReason =
  | 'template' // `{{ … }}` / `{% … %}` leftovers of a page template
  | 'repeated' // the body (or a line of it) repeated a second time; a short label said three times or more
  | 'share' // share-button labels: WhatsApp, Telegram, Email, Facebook …
  | 'read-also' // "اقرأ أيضاً" teasers and the headline after them
  | 'breaking' // "عاجل" breaking-news tickers and their unrelated items
  | 'comments' // reader comments and the comment widget
  | 'font-size' // font-size widgets: "ت + ت - الحجم الطبيعي"
  | 'latest-news' // "أحدث الأخبار" lists, their items and dates
  | 'source-line' // "المصدر: وكالات"
  | 'punctuation' // a line holding only punctuation or invisible characters
  | 'header' // the outlet's name, a section label, breadcrumbs or a date stamp around the headline
  | 'tags' // the article's tags or keywords ("الكلمات المفتاحية" and the tags after it)
  | 'site-notice' // the site's own notices: copyright, cookies, newsletter, view counters, subscriber notices
  | 'byline' // "كتب : وكالات" (kept in `byline`)
  | 'caption' // a photo caption or credit (kept in `captions`)
  | 'title' // the headline (kept in `title`)
  | 'markup'; // HTML: a line of tags only, a comment, or a <script>, <style> or <head> block and its contents

export interface RemovedLine {
  /** 1-based line number in the decoded file. */
  line: number;
  text: string;
  reason: RemovalReason;
}

export interface Caption {
  text: string;
  /** Photo credit, e.g. `أ.ب`, when the caption carries one. */
  credit?: string;
}

export interface Dateline {
  /** Place, e.g. `دبي`. */
  place?: string;
  /** Agency or outlet named in the dateline, e.g. `العربية نت`. */
  source?: string;
  /** The dateline exactly as it stood at the start of the body. */
  raw: string;
}

export interface Sentence {
  /** Stable id, unique in the corpus: `${articleId}.p${paragraph}.s${sentence}` (1-based). */
  id: string;
  text: string;
}

export interface Paragraph {
  id: string;
  sentences: Sentence[];
}

export type AttributionConfidence = 'sure' | 'likely' | 'unconfirmed' | 'unknown';

/** One clue to the outlet: the kind of marker, the text it matched, and where. */
export interface AttributionEvidence {
  /**
   * `dateline`: the dateline's source, e.g. "(العربية نت)"; `header`: a line above the headline;
   * `selfReference`: the body naming its own outlet; `widget`: a page widget among removed clutter;
   * `domain`: the outlet's web address in the text; `provenance`: the provenance file.
   */
  kind: 'dateline' | 'header' | 'selfReference' | 'widget' | 'domain' | 'provenance';
  /** The matched marker or line as written (for `provenance`, the outlet id the file names). */
  text: string;
  /** 1-based line in the file where the marker was found. */
  line?: number;
  /** For `provenance`: how sure the provenance file is. */
  confidence?: AttributionConfidence;
}

/** How the article's outlet was found. */
export interface OutletAttribution {
  /**
   * Outlet id in the registry, or a placeholder when nothing identifies it: `unidentified-${articleId}`,
   * or `unidentified-<short hash of the article id>` when the article id is over 24 characters.
   */
  outletId: string;
  confidence: AttributionConfidence;
  /** What decided: markers found in the text, the provenance file, or nothing. */
  method: 'text' | 'provenance' | 'text+provenance' | 'none';
  /** What pointed to the outlet, as data; the interface words it in the reader's language. */
  evidence: AttributionEvidence[];
  /** The outlet the text alone pointed to, when the provenance file overrode it. */
  textOutletId?: string;
}

export interface Article {
  /** Stable id derived from the file name alone (a hash of it unless it is plain `[a-z0-9_-]+.txt`): lower-case, `[a-z0-9-]`. */
  id: string;
  file: string;
  attribution: OutletAttribution;
  /** The headline, or null when the scraped page had none. */
  title: string | null;
  byline?: string;
  dateline?: Dateline;
  captions: Caption[];
  /** ISO date (YYYY-MM-DD) or date-time, from provenance. */
  published?: string;
  /** Original address, from provenance, when it is known in full. */
  url?: string;
  /** The original address as far as it is known (may be elided, so not a link). */
  addressHint?: string;
  /** What the provenance file notes about the article (republications, doubts), per language or as one text. */
  provenanceNote?: LocalisedNote;
  paragraphs: Paragraph[];
  removed: RemovedLine[];
  /** Non-fatal notes about the input (e.g. "decoded as UTF-8 with BOM"). */
  notes: string[];
}

export interface LocalisedName {
  ar: string;
  en: string;
}

/** An entry of the outlet registry (`seeds/outlets.json`), as carried into the corpus. */
export interface Outlet {
  id: string;
  name: LocalisedName;
  /** ISO 3166-1 alpha-2, e.g. `EG`. */
  country?: string;
  ownership?: LocalisedName;
  homepage?: string;
  /** Stable colour key index (0-based) for the outlet's swatch. */
  colour: number;
  /** True for the placeholder outlet of an article nothing identifies. */
  unidentified?: boolean;
}

/** Text markers that identify an outlet. Matched only in the position their kind names. */
export interface OutletMarkers {
  /** Names that appear in a dateline at the start of the body: `دبي - (العربية نت):`. */
  dateline?: string[];
  /** The outlet naming itself inside the text, e.g. `لـ«البيان»`. */
  selfReference?: string[];
  /** A line standing alone above the headline, e.g. `تركيا الآن`. */
  header?: string[];
  /** Text of the outlet's own page widgets found among removed clutter, e.g. `عدد الردود`. */
  widget?: string[];
  /** Domain names, e.g. `youm7.com`. */
  domain?: string[];
}

export interface OutletRegistryEntry extends Omit<Outlet, 'colour' | 'unidentified'> {
  markers: OutletMarkers;
}

/** What the provenance file (`seeds/sources.json`) knows about one file. */
export interface Provenance {
  outlet?: string;
  confidence?: AttributionConfidence;
  published?: string;
  url?: string;
  addressHint?: string;
  note?: LocalisedNote;
}

/** A note written once (any language) or per interface language. */
export type LocalisedNote = string | { ar?: string; en?: string };

export interface StoryConfig {
  id: string;
  title: LocalisedName;
  /** ISO date of the event. */
  date: string;
}

/** Why a file could not be used: a code the interface words in its language, and a reason for logs. */
export type ProblemCode =
  | 'unreadable' // the runner could not read the file
  | 'too-large' // larger than one article can be (`limitMb`)
  | 'binary' // not text: NUL bytes or many control characters
  | 'invalid-encoding' // not valid in the encoding tried (`encoding`), and no other encoding honestly fits
  | 'empty' // nothing visible in it
  | 'only-clutter' // every line is page clutter
  | 'not-arabic' // text, but too few of its letters are Arabic to be an Arabic article
  | 'duplicate'; // the same text as another file (`duplicateOf`), which is kept

/** A seed that could not be used, reported by name. */
export interface InputProblem {
  file: string;
  code: ProblemCode;
  /** The encoding tried, for `invalid-encoding` (e.g. `UTF-8`). */
  encoding?: string;
  /** For `too-large`: the limit, in megabytes (MiB). */
  limitMb?: number;
  /** For `duplicate`: the file with the same text, which is kept (the first in file-name order). */
  duplicateOf?: string;
  /** Plain English with the technical detail (byte offsets), for the build log and the CLI. */
  reason: string;
}

export interface Corpus {
  schemaVersion: typeof SCHEMA_VERSION;
  story: StoryConfig;
  outlets: Outlet[];
  articles: Article[];
  problems: InputProblem[];
}

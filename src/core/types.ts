/**
 * The Corpus contract: what the pure pipeline produces and the app consumes.
 * Everything here is plain JSON (no Dates, Maps or classes) so the same value
 * can be bundled at build time, written by the CLI and posted from a worker.
 */

/** 2: adds the comparison (`questions`, `facts`, `wire`, sentence `cues`) and the story's `questions` config. */
export const SCHEMA_VERSION = 2 as const;

/** The start of the ids of a reader's own articles and of the outlets they name; no registry outlet may take it. */
export const OWN_PREFIX = 'own-';

/** Raw input to the pipeline: one scraped file. The runner reads it; the core never touches the file system. */
export interface ArticleInput {
  /** File name as found on disk (no directories), e.g. `000_abc.txt`. */
  file: string;
  bytes: Uint8Array;
}

/** Why a line of the scraped page was not kept as article body. */
export const REMOVAL_REASONS = [
  'template', // `{{ … }}` / `{% … %}` leftovers of a page template
  'repeated', // the body (or a line of it) repeated a second time; a short label said three times or more
  'share', // share-button labels: WhatsApp, Telegram, Email, Facebook …
  'read-also', // "اقرأ أيضاً" teasers and the headline after them
  'breaking', // "عاجل" breaking-news tickers and their unrelated items
  'comments', // reader comments and the comment widget
  'font-size', // font-size widgets: "ت + ت - الحجم الطبيعي"
  'latest-news', // "أحدث الأخبار" lists, their items and dates
  'source-line', // "المصدر: وكالات"
  'punctuation', // a line holding only punctuation or invisible characters
  'header', // the outlet's name, a section label, breadcrumbs or a date stamp around the headline
  'tags', // the article's tags or keywords ("الكلمات المفتاحية" and the tags after it)
  'site-notice', // the site's own notices: copyright, cookies, newsletter, view counters, subscriber notices
  'byline', // "كتب : وكالات" (kept in `byline`)
  'caption', // a photo caption or credit (kept in `captions`)
  'title', // the headline (kept in `title`)
  'markup', // HTML: a line of tags only, a comment, or a <script>, <style> or <head> block and its contents
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

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
  /** What the comparison found in this sentence (negations, modality, numbers, sources …), in text order. */
  cues?: Cue[];
}

// ---- the comparison -------------------------------------------------------------------------

/**
 * A kind of cue: a word or phrase in a sentence that changes what it claims or how sure it is.
 * - `negation`: لم، لن، لا، دون، من دون، بدون، غير، رفض، عدم … (scoped: "لا سيما" is not one)
 * - `modality`: قد + present verb, من المتوقع أن، يُنتظر، إمكانية … (might happen: written before an outcome)
 * - `future`: سـ/سوف + present verb (will happen)
 * - `ongoing`: الجارية الآن، لا تزال، تتواصل … (still happening as the text was written)
 * - `outcome`: انتهت، اختتمت، أجّل، وقّع … (something happened and is over)
 * - `background`: وكان/وكانت + past, قد + past (told as earlier context)
 * - `attribution`: who is quoted or credited (قال، أكد، بحسب، نقلاً عن، مصادر …); `value` is the source as written
 * - `number`: a quantity with its unit (`value`: "6 ساعات", digits folded to ASCII)
 * - `date`: a day or time (`value`: an ISO date when it can be resolved, else the words)
 * - `naming`: a stance in naming (ما يسمى، المعترف بها دوليا، a name in quotes), or an alias of a story actor (`value`: actor id)
 * - `predicate`: the word stating what happened, when it is the opposite or a denial of the other report's
 *   («يرتفع»/«يهبط», «ترفض»)
 * - `entity`: a name of a place, actor or object that differs from the other report's (مصر/السودان, النفط/الذهب)
 *
 * `predicate` and `entity` exist only against another report, so they appear only as the `cue` of a
 * contradiction's side, never in a sentence's own `cues`.
 */
export const CUE_KINDS = [
  'negation',
  'modality',
  'future',
  'ongoing',
  'outcome',
  'background',
  'attribution',
  'number',
  'date',
  'naming',
  'predicate',
  'entity',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  kind: CueKind;
  /** The cue exactly as written in the sentence (`sentence.text.slice(start, end)`). */
  text: string;
  /** UTF-16 offsets into the sentence text, so the interface can mark the cue itself. */
  start: number;
  end: number;
  /** A normalised value: the number with its unit, the resolved date, the quoted source, the actor id. */
  value?: string;
}

/** A cue as evidence elsewhere in the corpus: the cue plus the sentence it stands in (or `<article id>.title`). */
export interface CueRef extends Cue {
  sentenceId: string;
}

/** How outlets relate on one question or one reported fact. */
export type Relation = 'agreement' | 'contradiction' | 'single-source' | 'unreported';

/**
 * What kind of difference makes a contradiction.
 * - `negation`: one says it happened, another that it did not
 * - `number`: different quantities
 * - `timing`: before vs after the outcome, or different days
 * - `attribution`: different sources for the same claim
 * - `naming`: different names or stances for the same actor
 * - `opposite`: opposite predicates, a reversal or a denial (rises/falls, released/still held,
 *   approves/withdraws, accepts/refuses, confirms/denies)
 * - `actor`: another actor, place or object in the same claim (Egypt/Sudan, oil/gold)
 */
export const CONTRADICTION_TYPES = [
  'negation',
  'number',
  'timing',
  'attribution',
  'naming',
  'opposite',
  'actor',
] as const;
export type ContradictionType = (typeof CONTRADICTION_TYPES)[number];

export interface Contradiction {
  type: ContradictionType;
  /** `cross`: between outlets; `internal`: inside one article. */
  scope: 'cross' | 'internal';
  /** `clear`: the texts cannot both be right; `soft`: a differing detail, source or stance. */
  strength: 'clear' | 'soft';
  /** The two (or more) sides, each a set of sentences of one article and the cue that sets it apart. */
  sides: { articleId: string; sentenceIds: string[]; cue?: CueRef }[];
}

/** One fact reported by one or more outlets: sentences aligned across articles. */
export interface Fact {
  /** Stable id: `f` + a hash of its sorted sentence ids. */
  id: string;
  /** Every sentence that reports the fact, in corpus order. */
  sentenceIds: string[];
  /** Outlet ids that report it, in corpus order. */
  outlets: string[];
  /** Outlets that report it independently: copies of one wire text count once. */
  independentOutlets: number;
  relation: Exclude<Relation, 'unreported'>;
  /** Present when `relation` is `contradiction`: the strongest of `conflicts`. */
  contradiction?: Contradiction;
  /**
   * Every pair of articles whose sentences in this fact contradict, the strongest first, one per pair of articles
   * (at most 64): what the fact's verdict is among the outlets a reader shows. Present with `contradiction`.
   */
  conflicts?: Contradiction[];
  /** The best pairwise similarity that grouped it (0–1), for the explanation. */
  similarity: number;
}

/** Passages two or more outlets share nearly word for word: one agency text, not independent confirmations. */
export interface WireGroup {
  id: string;
  sentenceIds: string[];
  articleIds: string[];
  /** Character n-gram similarity of the closest pair (0–1). */
  similarity: number;
}

/** One article's answer to a story question. */
export interface Answer {
  articleId: string;
  /** An answer id from the question's config, or the question's fallback (`unreported`). */
  answer: string;
  /** Detail ids from the config that the text also supports (e.g. `postponed`, `deadline`, `one-side-signed`). */
  details?: string[];
  /** The words that carry the detail, quoted from the text (e.g. «طلب مهلة حتى صباح الثلاثاء»). */
  detail?: string;
  /**
   * Sentence ids that support the answer, the deciding one first; `<article id>.title` stands for the headline.
   * Empty for the fallback.
   */
  evidence: string[];
  /** The cue that decided, when one did. */
  cue?: CueRef;
  /** Which of the config's patterns matched (its index in the answer's `patterns`), for the explanation. */
  pattern?: string;
}

/** A story question as answered over the corpus. */
export interface QuestionResult {
  id: string;
  label: LocalisedName;
  /** The possible answers in the config's order, then the fallback. */
  /**
   * `beforeOutcome`: an answer written before the outcome (every pattern of it needs a modal, future or ongoing
   * cue), so that the verdict among some outlets follows the story's rules (src/state/among.ts).
   */
  choices: { id: string; label: LocalisedName; beforeOutcome?: true }[];
  /** Across articles that answered (the fallback aside). */
  verdict: Relation;
  /** Present when `verdict` is `contradiction`. */
  contradiction?: Contradiction;
  answers: Answer[];
}

export interface Paragraph {
  id: string;
  sentences: Sentence[];
}

export const ATTRIBUTION_CONFIDENCES = ['sure', 'likely', 'unconfirmed', 'unknown'] as const;
export type AttributionConfidence = (typeof ATTRIBUTION_CONFIDENCES)[number];

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
  /** True for an article the reader added in their browser (id `own-<hash of its text>`), not bundled. */
  own?: true;
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
  /** True for an outlet the reader named when adding their own article (not in the registry). */
  own?: true;
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

/** A question readers ask about the story, and how the text signals each answer (see docs/data-format.md). */
export interface StoryQuestion {
  id: string;
  label: LocalisedName;
  /** Named word lists the patterns refer to as `{name}`, e.g. `"sign": ["وقع", "التوقيع", …]`. */
  terms?: Record<string, string[]>;
  /** The answers in order of precedence: the first whose pattern matches an article decides. */
  answers: { id: string; label: LocalisedName; patterns: string[] }[];
  /** The answer when no pattern matches, e.g. `unreported`. */
  fallback: { id: string; label: LocalisedName };
  /** Extra detail an answer can carry (postponed, deadline, one side signed). */
  details?: { id: string; label: LocalisedName; patterns: string[] }[];
}

/** A person or body the story's outlets name in different ways. */
export interface StoryActor {
  id: string;
  label: LocalisedName;
  /** Every way outlets name it, e.g. "حفتر", "المشير", "قائد الجيش الوطني الليبي". */
  aliases: string[];
}

export interface StoryConfig {
  id: string;
  title: LocalisedName;
  /** ISO date of the event, when known (a bare folder of articles may not say). */
  date?: string;
  questions?: StoryQuestion[];
  actors?: StoryActor[];
}

/** Why a file could not be used: a code the interface words in its language, and a reason for logs. */
export const PROBLEM_CODES = [
  'unreadable', // the runner could not read the file
  'too-large', // larger than one article can be (`limitMb`)
  'binary', // not text: NUL bytes or many control characters
  'invalid-encoding', // not valid in the encoding tried (`encoding`), and no other encoding honestly fits
  'empty', // nothing visible in it
  'only-clutter', // every line is page clutter
  'not-arabic', // text, but too few of its letters are Arabic to be an Arabic article
  'duplicate', // the same text as another file (`duplicateOf`), which is kept
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

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

/** What the story picker shows of a story before its articles are loaded. */
export interface StorySummary {
  id: string;
  title: LocalisedName;
  date?: string;
  articles: number;
  outlets: number;
  /** Made in the reader's browser (kept in IndexedDB), not bundled by the build. */
  own?: true;
}

export interface Corpus {
  schemaVersion: typeof SCHEMA_VERSION;
  story: StoryConfig;
  outlets: Outlet[];
  articles: Article[];
  problems: InputProblem[];
  /** The story's questions, each answered for every article. Empty when the story declares none. */
  questions: QuestionResult[];
  /** Reported facts: sentences aligned across (and inside) articles, with their relation. */
  facts: Fact[];
  /** Shared wire copy. */
  wire: WireGroup[];
}

// The word stream every cue family and every story-question pattern reads: the sentence cut into
// words with their UTF-16 offsets, each word folded (foldArabic) for comparison, clause starts and
// direct-quote spans marked. Matching is on folded surface forms with the usual proclitics, never on
// stems: a light stemmer merges «الآن» with «أن» and «مشيراً» with «المشير».
import { foldArabic } from '../../text/fold-arabic.ts';

export interface Token {
  /** As written (what `text.slice(start, end)` gives). */
  raw: string;
  /** Folded for comparison (foldArabic). */
  fold: string;
  /** The folded word without its tanween alef (اتفاقاً → اتفاق), when the fathatan is written. */
  bare?: string;
  start: number;
  end: number;
  /** A clause starts here: punctuation before it, or it opens a clause (فيما، بينما، لكن …). */
  clauseStart: boolean;
  /** Only a comma stands before this word (not a full stop, colon or semicolon). */
  afterComma: boolean;
  /** The clause starts with this word itself (فيما، بينما، لكن، غير أن …), not after punctuation. */
  opener: boolean;
  /** Inside a direct quotation ("…", «…», “…”). */
  inQuote: boolean;
  /** The word begins a quotation. */
  opensQuote: boolean;
  /** A proclitic written apart before the word («لـ«البيان»», «و السراج»), folded. */
  apart?: string;
  /** On the first word of an aside set between commas and kept in its clause: the index after its last word. */
  asideEnd?: number;
}

// Letters, marks (diacritics), digits and the joiners/tatweel written inside words. A digit group may
// carry a decimal or thousands separator (6.5, 1,000, ١٬٠٠٠).
const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:[.,٫٬]\p{N}+)*/gu;
const CLAUSE_PUNCTUATION = /[،,;؛:.!?؟\n\u2026]/;
const COMMA_ONLY = /^[^;؛:.!?؟\n\u2026]*[،,][^;؛:.!?؟\n\u2026]*$/;
/** The longest aside between two commas that does not end the clause («وقّع السراج، مساء الاثنين، على …»). */
const MAX_ASIDE = 4;
/**
 * An adverbial aside — a phrase opened by a preposition of time or place, «، في ختام يوم طويل من
 * المحادثات في موسكو،» — may be longer: it says when or where, and the clause goes on after it.
 */
const MAX_ADVERBIAL_ASIDE = 10;
const ADVERBIAL_OPENERS = new Set([
  'في',
  'خلال',
  'عقب',
  'اثر',
  'اثناء',
  'ابان',
  'وسط',
  'عند',
  'لدى',
  'منذ',
  'على',
]);
/** Words that carry a clause of their own: an aside holding one is no adverbial («، بعد أن رفض …،»). */
const CLAUSE_MARKERS = new Set([
  'ان',
  'انه',
  'انها',
  'الذي',
  'التي',
  'الذين',
  'اللذان',
  'اللتان',
  'حيث',
  'كما',
  'اذ',
]);
const QUOTE_OPEN = new Set(['«', '“', '„']);
const QUOTE_CLOSE = new Set(['»', '”']);
const STRAIGHT_QUOTE = '"';
const TANWEEN_ALEF = /(?:\u064B\u0627|\u0627\u064B)[\p{M}]*$/u;
/** Single-letter proclitics that some outlets write as a word of their own. */
const APART_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** Words that open a new clause even without punctuation before them. */
const CLAUSE_OPENERS = new Set([
  'فيما',
  'وفيما',
  'بينما',
  'وبينما',
  'لكن',
  'ولكن',
  'لكنه',
  'لكنها',
  'ولكنه',
  'ولكنها',
  'حين',
  'ثم',
]);
/** «غير أن»، «إلا أن»: "however" opens a clause. */
const CONTRAST_BEFORE_AN = new Set(['غير', 'الا', 'بيد']);

/** The folded word without a written tanween alef, or undefined when it has none. */
function withoutTanween(raw: string, fold: string): string | undefined {
  return TANWEEN_ALEF.test(raw) && fold.endsWith('ا') ? fold.slice(0, -1) : undefined;
}

/** Which characters of `text` lie inside a direct quotation, and where each quotation opens. */
function quoteMap(text: string): { inside: boolean[]; opens: Set<number> } {
  const inside: boolean[] = new Array(text.length).fill(false);
  const opens = new Set<number>();
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (QUOTE_OPEN.has(ch)) {
      depth++;
      opens.add(i);
    } else if (QUOTE_CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === STRAIGHT_QUOTE) {
      straight = !straight;
      if (straight) opens.add(i);
    } else inside[i] = depth > 0 || straight;
  }
  return { inside, opens };
}

export function tokenize(text: string): Token[] {
  const { inside, opens } = quoteMap(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  let pendingApart: string | undefined;
  let pendingBoundary = true;
  let pendingQuote = false;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    const between = text.slice(previousEnd, start);
    previousEnd = start + raw.length;
    if (CLAUSE_PUNCTUATION.test(between)) pendingBoundary = true;
    for (let i = start - between.length; i < start; i++) if (opens.has(i)) pendingQuote = true;
    const fold = foldArabic(raw);
    const bare = withoutTanween(raw, fold);
    if (APART_CLITICS.has(fold) && text.slice(previousEnd, previousEnd + 3).match(/^[\s\u0640«"“]/)) {
      pendingApart = fold;
      continue;
    }
    const next = text.slice(previousEnd).match(/^\s*([\p{L}\p{M}]+)/u)?.[1];
    const opensClause =
      CLAUSE_OPENERS.has(fold) ||
      (CONTRAST_BEFORE_AN.has(fold) && next !== undefined && /^[اأإ]ن/.test(next));
    tokens.push({
      raw,
      fold,
      ...(bare === undefined ? {} : { bare }),
      start,
      end: previousEnd,
      clauseStart: pendingBoundary || opensClause,
      afterComma: COMMA_ONLY.test(between),
      opener: opensClause,
      inQuote: inside[start] ?? false,
      opensQuote: pendingQuote,
      ...(pendingApart === undefined ? {} : { apart: pendingApart }),
    });
    pendingApart = undefined;
    pendingBoundary = false;
    pendingQuote = false;
  }
  joinAsides(tokens);
  return tokens;
}

const NEGATORS = new Set(['لم', 'لن', 'لا', 'ما', 'ليس', 'قد']);

/**
 * A short aside between two commas — a name, a title, a time («، المشير خليفة حفتر،», «، مساء الاثنين،»)
 * — belongs to the clause around it: Arabic news sets appositions between commas.
 */
function joinAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.clauseStart || !t.afterComma || t.opener) continue;
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.clauseStart) j++;
    const next = tokens[j];
    if (!next?.afterComma || next.opener) continue;
    const aside = tokens.slice(i, j);
    const adverbial =
      ADVERBIAL_OPENERS.has(t.fold) && !aside.some((w) => CLAUSE_MARKERS.has(withoutConj(w.fold)));
    if (j - i > (adverbial ? MAX_ADVERBIAL_ASIDE : MAX_ASIDE)) continue;
    // A verb (ي-initial: a ت-initial word is as often a name, «تشاويش») or a negator makes it a clause.
    if (aside.some((w) => /^ي/.test(withoutConj(w.fold)) && isPresentVerb(w.fold))) continue;
    if (aside.some((w) => NEGATORS.has(withoutConj(w.fold)))) continue;
    t.clauseStart = false;
    t.asideEnd = j;
    next.clauseStart = false;
  }
}

/** Proclitics a word may carry: conjunctions only (particles, verbs) or any (nouns). */
export type Clitics = 'none' | 'conj' | 'all';
const CONJ = ['و', 'ف'];
const ALL = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/**
 * Whether the folded token is the folded word with allowed proclitics: «ولم» is «لم», «للتوقيع» is
 * «التوقيع» (ل + ال → لل). A word ending in `*` matches any folded token that begins with it.
 */
export function wordMatches(tokenFold: string, word: string, clitics: Clitics = 'all'): boolean {
  // No closures here: this runs for every word against every listed phrase.
  const prefix = word.endsWith('*');
  const stem = prefix ? word.slice(0, -1) : word;
  if (sameWord(tokenFold, stem, prefix)) return true;
  if (clitics === 'none') return false;
  const list = clitics === 'conj' ? CONJ : ALL;
  const article = stem.startsWith('ال');
  for (let k = 0; k < list.length; k++) {
    const c = list[k] as string;
    if (!tokenFold.startsWith(c)) continue;
    const rest = tokenFold.slice(c.length);
    if (sameWord(rest, stem, prefix)) return true;
    // ل + ال is written لل: «للتوقيع», «وللاتفاق».
    if (article && c.endsWith('ل') && sameWord(`ا${rest}`, stem, prefix)) return true;
  }
  return false;
}

function sameWord(rest: string, stem: string, prefix: boolean): boolean {
  return prefix ? rest.length > 0 && rest.startsWith(stem) : rest === stem;
}

/** `wordMatches` on the token as written and, when it carries a tanween alef, without it. */
export function tokenMatches(t: Token, word: string, clitics: Clitics = 'all'): boolean {
  return wordMatches(t.fold, word, clitics) || (t.bare !== undefined && wordMatches(t.bare, word, clitics));
}

/** The token without a leading و/ف conjunction (for shape tests on verbs). */
export function withoutConj(fold: string): string {
  return fold.length > 3 && /^[وف]/.test(fold) ? fold.slice(1) : fold;
}

/** A phrase of folded words; the first may carry proclitics. */
export interface Phrase {
  words: string[];
  clitics: Clitics;
}

export function phrase(text: string, clitics: Clitics = 'conj'): Phrase {
  return { words: foldArabic(text).split(' '), clitics };
}

/** How many tokens the phrase covers at `i` (0 when it does not match there). Stays in one clause. */
export function phraseAt(tokens: Token[], i: number, p: Phrase): number {
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k];
    if (!t || (k > 0 && t.clauseStart)) return 0;
    if (!tokenMatches(t, p.words[k] ?? '', k === 0 ? p.clitics : 'none')) return 0;
  }
  return p.words.length;
}

/** The longest of the phrases at `i`, as a token count (0 for none). */
export function longestAt(tokens: Token[], i: number, phrases: Phrase[]): number {
  let best = 0;
  for (const p of phrases) best = Math.max(best, phraseAt(tokens, i, p));
  return best;
}

/**
 * Present (imperfect) verb by shape: ي/ت/ن-initial. Past verbs of the تفعّل/تفاعل forms look the same
 * as a ت-present («توصل» reached vs «تشهد» witnesses), so the common ones are listed as past.
 */
const PAST_T = new Set(
  'توصل تمكن تعهد تقدم تراجع تخلي تسلم تلقي تبني تجاوز تحول تدخل تولي توقف تعرض تعاون تفاوض تحقق تكرر تزايد تصاعد تم تمت تبين'.split(
    ' ',
  ),
);
/** Nouns of the same shape that news writes every day: the day, the hand, months («يوم»، «يناير»، «نوفمبر»). */
const NOT_PRESENT = new Set(
  'يوم يوما يومي يومين يومان يوميا يومية يد يدي يديه يمين يسار يمن يناير يونيو يوليو تموز تشرين نيسان نوفمبر'.split(
    ' ',
  ),
);
export function isPresentVerb(fold: string): boolean {
  const w = withoutConj(fold);
  if (w.length < 3 || w.startsWith('ال') || PAST_T.has(w) || NOT_PRESENT.has(w)) return false;
  if (w.endsWith('وا') || (w.endsWith('ه') && w.length <= 3)) return false;
  if (w.startsWith('ي')) return true;
  if (w.startsWith('ت')) return !w.endsWith('ت');
  if (w.startsWith('ن')) return w.length >= 4 && !w.startsWith('نا') && !w.endsWith('ت');
  return false;
}

/**
 * Past verb by shape, for the word after «قد»: not a present, not a noun with the article, and not
 * a verbal noun of the انفعال/افتعال/تفعيل shapes («قد انطلاق» is a writer's slip, neither modal nor past).
 */
export function isPastVerb(fold: string): boolean {
  const w = withoutConj(fold);
  if (w.length < 2 || w.length > 7 || w.startsWith('ال') || isPresentVerb(w)) return false;
  if (!/^\p{L}+$/u.test(w)) return false;
  if (PAST_T.has(w)) return true;
  if (/^ا.*ا.$/.test(w) || /^ت..ي.$/.test(w)) return false;
  return true;
}

/** Token index range [first, last] covered by a character span, or undefined. */
export function tokenSpan(tokens: Token[], start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? undefined : [first, last];
}

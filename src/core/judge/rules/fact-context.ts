// What the verdicts (fact-verdicts.ts) read off two reports of one fact: each sentence's content words
// as predicate keys with their families, its clauses and the actors each names, which words a cue
// governs, and how surely the two sentences tell one claim at all.

import { actorMatcher, aliasTexts } from '../../compare/align/align-actors.ts';
import { pairScores } from '../../compare/align/align-facts.ts';
import { buildLexicon } from '../../compare/align/align-lexicon.ts';
import { predicateKey } from '../../compare/align/align-predicates.ts';
import { clauseSpans } from '../../compare/align/align-units.ts';
import { foldArabic } from '../../text/fold-arabic.ts';
import { makeStemmer, rawWords } from '../../text/stem.ts';
import { EVENT_WORDS, FUNCTION_WORDS } from '../../text/stopwords.ts';
import type { Article, Cue, CueKind, Sentence, StoryConfig, WireGroup } from '../../types.ts';

export interface Located {
  sentence: Sentence;
  articleId: string;
}

export interface Token {
  /** The predicate key, and `family:<id>` when the word belongs to a family of the lexicon. */
  keys: string[];
  start: number;
  end: number;
  /** The word states its family's event negated («باقية»: does not withdraw). */
  reversed: boolean;
  /** The word itself negates the predicate after it («أجّل التوقيع», «رفض المشاركة»). */
  negator: boolean;
  /** The word denies the whole clause after it («نفى أن تكون أرسلت قوات»). */
  denial: boolean;
}

export interface Clause {
  start: number;
  end: number;
  tokens: Token[];
  actors: Set<string>;
}

export interface VerdictContext {
  byId: Map<string, Located>;
  tokens: (s: Sentence) => Token[];
  clauses: (s: Sentence) => Clause[];
  /** The two sentences (by id) are copies of one wire text. */
  sameWire: (a: string, b: string) => boolean;
  /** The sentence's wire group (an index into the story's wire list), -1 for none. */
  wireGroupOf: (id: string) => number;
  actorsIn: (text: string) => Set<string>;
  actorIds: Set<string>;
  /** The aligner's own score for the pair (align-facts.ts), 0 when it did not score them together. */
  score: (a: string, b: string) => number;
}

// A cue governs a word it covers or one at most this many words after it («لم ولن ينسحب»: «لم ولن» then the verb).
const GOVERN_WORDS = 2;
// Families whose words negate the predicate they govern.
const NEGATING_FAMILIES = new Set(['postpone', 'reject', 'fail']);
// Verbs of denial: what follows them in their clause is said not to be so. General news Arabic.
const DENIAL = new Set([
  'نفي',
  'نفت',
  'ينفي',
  'تنفي',
  'نفوا',
  'انكر',
  'انكرت',
  'ينكر',
  'تنكر',
  'كذب',
  'كذبت',
  'دحض',
]);

// Words that make what follows a condition, not a statement: «بشرط انسحاب الجيش» asserts no withdrawal.
const CONDITIONAL = new Set(['بشرط', 'شرط', 'شريطه', 'مشروطا', 'مشروط', 'اذا', 'لو', 'حال', 'حاله']);

/** The token is said under a condition: a conditional word at most two words before it. */
export function conditional(text: string, token: Token): boolean {
  const before = rawWords(text.slice(0, token.start)).slice(-GOVERN_WORDS).map(foldArabic);
  return before.some((w) => CONDITIONAL.has(w) || CONDITIONAL.has(bareOf(w)));
}

export const cuesOf = (s: Sentence, kinds: ReadonlySet<CueKind> | CueKind): Cue[] =>
  (s.cues ?? []).filter((c) => (typeof kinds === 'string' ? c.kind === kinds : kinds.has(c.kind)));

export const hasKey = (t: Token, key: string): boolean => t.keys.includes(key);
export const keySet = (toks: readonly Token[]): Set<string> => new Set(toks.flatMap((t) => t.keys));
export const isFamilyKey = (key: string): boolean => key.startsWith('family:');

const bareOf = (folded: string) => (/^[وف]/.test(folded) ? folded.slice(1) : folded);

/**
 * Whether `cue` governs `token`. A cue governs the content words it covers («قد يوقعان», «سيصل»); one
 * that covers none («لم», «من دون», «من المتوقع أن») governs the first content word after it, if that
 * comes within two words: «لم تنسحب من طرابلس» negates the withdrawal, not Tripoli. A denial governs
 * its whole clause.
 */
export function governs(
  cue: { start: number; end: number },
  token: Token,
  tokens: readonly Token[],
  text: string,
  clauseEnd = text.length,
): boolean {
  const covered = tokens.filter((t) => !t.negator && cue.start <= t.start && t.start < cue.end);
  if (covered.some((t) => t.denial) || isDenial(text.slice(cue.start, cue.end)))
    return token.start >= cue.end && token.start < clauseEnd;
  if (covered.length > 0) return covered.includes(token);
  const next = tokens.find((t) => !t.negator && t.start >= cue.end);
  if (next === undefined || rawWords(text.slice(cue.end, next.start)).length > GOVERN_WORDS) return false;
  if (next === token) return true;
  // A support noun carries the negation on to its object: «دون اتخاذ إجراءات» is "without measures"
  // as much as «من دون أي إجراءات», «دون القيام بزيارة» "without a visit".
  if (!SUPPORT.has(bareOf(foldArabic(text.slice(next.start, next.end))))) return false;
  const object = tokens.find((t) => !t.negator && t.start >= next.end);
  return object === token && rawWords(text.slice(next.end, token.start)).length <= 1;
}

// Verbal nouns that add no event of their own, only carry their object's: taking (measures), doing. Nouns
// only: after a verb («لم يقم الوزير بزيارة») the next word is usually its subject, not what is negated.
const SUPPORT = new Set(['اتخاذ', 'القيام', 'قيام']);

const isDenial = (written: string) => {
  const words = rawWords(written).map(foldArabic);
  return words.length === 1 && DENIAL.has(bareOf(words[0] ?? ''));
};

const WEAK = /[اويىةء]/g;

/** A present or jussive verb: «تنهر», «ينسحب», «يستقيل» (its person prefix off), else undefined. */
function verbStem(bare: string): string | undefined {
  return /^[يتن]/.test(bare) && !bare.startsWith('ال') && bare.length >= 4 ? bare.slice(1) : undefined;
}

/**
 * A verbal noun of a derived verb («انهيار», «انسحاب», «اجتماع», «إعلان», «استقالة»; not «تفعيل»,
 * whose nouns often drift from their verbs: «تقرير» is a report), the
 * article and a preposition off, and its first letter (the pattern's alif or taa), else undefined.
 */
function masdarStem(bare: string): string | undefined {
  const w = bare.replace(/^(?:[بلك]?ال|لل|[بلك](?=ا))/, '').replace(/ه$/, '');
  if (w.length < 5) return undefined;
  return /^ا.+ا.$/.test(w) ? w.slice(1) : undefined;
}

/**
 * Whether two written words are a verb and the verbal noun of the same verb: the same letters once the
 * verb's prefix and the noun's pattern letter are off and long vowels are dropped (at least three of them
 * left), «تنهر» → «نهر», «انهيار» → «نهر». Only these two shapes are compared; a root shared by
 * two nouns is often two meanings.
 */
export function sameRoot(a: string, b: string): boolean {
  const [fa, fb] = [bareOf(foldArabic(a)), bareOf(foldArabic(b))];
  const skeleton = (w: string | undefined) => w?.replace(WEAK, '');
  const pairs = [
    [skeleton(verbStem(fa)), skeleton(masdarStem(fb))],
    [skeleton(masdarStem(fa)), skeleton(verbStem(fb))],
  ];
  return pairs.some(([p, q]) => p !== undefined && q !== undefined && p.length >= 3 && p === q);
}

// Two clauses tell one event of the same actor, or of no actor at all («انتهت المحادثات»).
export const sameActors = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === 0 && b.size === 0 ? true : [...a].some((x) => b.has(x));

export function verdictContext(
  articles: readonly Article[],
  wire: readonly WireGroup[],
  story: StoryConfig,
): VerdictContext {
  const byId = new Map<string, Located>();
  for (const a of articles)
    for (const p of a.paragraphs)
      for (const sentence of p.sentences) byId.set(sentence.id, { sentence, articleId: a.id });
  const stem = makeStemmer([...byId.values()].flatMap((l) => rawWords(l.sentence.text)));
  const names = new Set(aliasTexts(story.actors).flatMap(rawWords).map(stem));
  const lexicon = buildLexicon(stem, story);
  const cache = new Map<string, Token[]>();
  const tokens = (s: Sentence) => {
    const hit = cache.get(s.id);
    if (hit) return hit;
    const out: Token[] = [];
    let previous = '';
    for (const m of s.text.matchAll(/[\p{L}\p{M}\u0640]+/gu)) {
      const folded = foldArabic(m[0]);
      const before = previous;
      previous = folded;
      const bare = bareOf(folded);
      const st = stem(m[0]);
      const key = predicateKey(st);
      const family = lexicon.familyOf(key) ?? lexicon.familyOfWord(folded);
      // «أجّل» (postponed) is spelt like «أجل» of «من أجل» (for the sake of), a function word.
      const negator = family !== undefined && NEGATING_FAMILIES.has(family.family) && before !== 'من';
      const denial = DENIAL.has(bare);
      const functionWord =
        (FUNCTION_WORDS.has(folded) || FUNCTION_WORDS.has(bare)) &&
        !EVENT_WORDS.has(folded) &&
        !EVENT_WORDS.has(bare);
      if (folded.length < 3 || (functionWord && !negator && !denial) || names.has(st)) continue;
      // A stem cut too short still counts when the word as written belongs to a family («والتقى»).
      const main = key.length >= 3 ? key : family ? bare : undefined;
      if (main === undefined) continue;
      out.push({
        keys: family ? [main, `family:${family.family}`] : [main],
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        reversed: family?.reversed ?? false,
        negator,
        denial,
      });
    }
    cache.set(s.id, out);
    return out;
  };
  const match = actorMatcher(story.actors);
  const actorSets = new Map<string, Set<string>>();
  const actorsIn = (text: string) => {
    let set = actorSets.get(text);
    if (!set) {
      set = new Set(match(text).map((m) => m.actor));
      actorSets.set(text, set);
    }
    return set;
  };
  const clauseCache = new Map<string, Clause[]>();
  const clauses = (s: Sentence) => {
    const hit = clauseCache.get(s.id);
    if (hit) return hit;
    const toks = tokens(s);
    const out = clauseSpans(s.text).map(({ start, end }) => ({
      start,
      end,
      tokens: toks.filter((t) => t.start >= start && t.start < end),
      actors: actorsIn(s.text.slice(start, end)),
    }));
    clauseCache.set(s.id, out);
    return out;
  };
  const wireGroup = new Map<string, number>();
  for (const [k, g] of wire.entries()) for (const id of g.sentenceIds) wireGroup.set(id, k);
  return {
    byId,
    tokens,
    clauses,
    sameWire: (a, b) => a !== b && wireGroup.has(a) && wireGroup.get(a) === wireGroup.get(b),
    wireGroupOf: (id) => wireGroup.get(id) ?? -1,
    actorsIn,
    actorIds: new Set((story.actors ?? []).map((a) => a.id)),
    score: pairScores(articles, wire, story),
  };
}

/** The predicate keys two sentences share (first key of each word: no families). */
export function sharedKeys(ctx: VerdictContext, x: Located, y: Located): string[] {
  const ky = new Set(ctx.tokens(y.sentence).map((t) => t.keys[0]));
  return [...new Set(ctx.tokens(x.sentence).map((t) => t.keys[0] ?? ''))].filter((k) => ky.has(k));
}

/** Shared keys over the smaller sentence's keys: how much of the shorter report the longer one repeats. */
export function keyOverlap(ctx: VerdictContext, x: Located, y: Located): number {
  const size = (l: Located) => new Set(ctx.tokens(l.sentence).map((t) => t.keys[0])).size;
  const smaller = Math.min(size(x), size(y));
  return smaller === 0 ? 0 : sharedKeys(ctx, x, y).length / smaller;
}

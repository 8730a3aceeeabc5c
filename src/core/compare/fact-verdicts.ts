// Verdicts on aligned facts: do the reports agree, or do they differ in a way a reader should see?
// Read from the cues each sentence carries (cues.ts) and from the predicate the two reports share, so
// polarity is compared relative to the predicate: «لم تنسحب» and «لن ينسحب» agree (both say "stays").
import { foldArabic } from '../text/fold-arabic.ts';
import { makeStemmer, rawWords } from '../text/stem.ts';
import { EVENT_WORDS, FUNCTION_WORDS } from '../text/stopwords.ts';
import type {
  Article,
  Contradiction,
  ContradictionType,
  Cue,
  CueKind,
  Fact,
  Sentence,
  StoryConfig,
  WireGroup,
} from '../types.ts';
import { actorMatcher } from './align-actors.ts';
import { buildLexicon } from './align-lexicon.ts';
import { predicateKey } from './align-predicates.ts';
import { foldedWords, longestCommonRun } from './align-units.ts';
import { compareQuantities, quantityOf } from './fact-numbers.ts';

interface Located {
  sentence: Sentence;
  articleId: string;
}

interface Token {
  /** The predicate key, and `family:<id>` when the word belongs to a family of the lexicon. */
  keys: string[];
  start: number;
  end: number;
  /** The word states its family's event negated («باقية»: does not withdraw). */
  reversed: boolean;
  /** The word itself negates the predicate after it («أجّل التوقيع», «رفض المشاركة»). */
  negator: boolean;
}

interface Candidate {
  type: ContradictionType;
  strength: 'clear' | 'soft';
  a: Located;
  b: Located;
  cueA?: Cue;
  cueB?: Cue;
}

// A cue governs a word it covers or one at most this many words after it («لم ولن ينسحب»: «لم ولن» then the verb).
const GOVERN_WORDS = 2;
const BEFORE_OUTCOME: ReadonlySet<CueKind> = new Set(['modality', 'future', 'ongoing']);
const ORDER: ContradictionType[] = ['negation', 'number', 'timing', 'attribution', 'naming'];
// Two reports of one claim in the same words: a run this long makes a differing source a clear conflict.
const SAME_WORDS_RUN = 5;
// …or this many content words (predicate keys) in common: a claim, not a topic.
const SAME_CLAIM_KEYS = 4;

function sharedKeyCount(ctx: VerdictContext, x: Located, y: Located): number {
  const ky = new Set(ctx.tokens(y.sentence).map((t) => t.keys[0]));
  return new Set(
    ctx
      .tokens(x.sentence)
      .map((t) => t.keys[0])
      .filter((k) => ky.has(k)),
  ).size;
}

const cuesOf = (s: Sentence, kinds: ReadonlySet<CueKind> | CueKind) =>
  (s.cues ?? []).filter((c) => (typeof kinds === 'string' ? c.kind === kinds : kinds.has(c.kind)));

// A cue governs the content words it covers («قد يوقعان», «سيصل»); one that covers none («لم», «من دون»,
// «من المتوقع أن») governs the first content word after it, if that comes within two words:
// «لم تنسحب من طرابلس» negates the withdrawal, not Tripoli.
function governs(
  cue: { start: number; end: number },
  token: Token,
  tokens: readonly Token[],
  text: string,
): boolean {
  const covered = tokens.filter((t) => !t.negator && cue.start <= t.start && t.start < cue.end);
  if (covered.length > 0) return covered.includes(token);
  const next = tokens.find((t) => !t.negator && t.start >= cue.end);
  return next === token && rawWords(text.slice(cue.end, token.start)).length <= GOVERN_WORDS;
}

const hasKey = (t: Token, key: string) => t.keys.includes(key);
const keySet = (toks: readonly Token[]) => new Set(toks.flatMap((t) => t.keys));
// Families whose words negate the predicate they govern.
const NEGATING_FAMILIES = new Set(['postpone', 'reject', 'fail']);

export interface VerdictContext {
  byId: Map<string, Located>;
  tokens: (s: Sentence) => Token[];
  wirePairs: Set<string>;
  actorsIn: (text: string) => Set<string>;
  actorIds: Set<string>;
}

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
  const names = new Set((story.actors ?? []).flatMap((a) => a.aliases.flatMap(rawWords)).map(stem));
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
      const bare = /^[وف]/.test(folded) ? folded.slice(1) : folded;
      const st = stem(m[0]);
      const key = predicateKey(st);
      const family = lexicon.familyOf(key);
      // «أجّل» (postponed) is spelt like «أجل» of «من أجل» (for the sake of), a function word.
      const negator = family !== undefined && NEGATING_FAMILIES.has(family.family) && before !== 'من';
      const functionWord =
        (FUNCTION_WORDS.has(folded) || FUNCTION_WORDS.has(bare)) &&
        !EVENT_WORDS.has(folded) &&
        !EVENT_WORDS.has(bare);
      if (folded.length < 3 || (functionWord && !negator) || names.has(st) || key.length < 3) continue;
      out.push({
        keys: family ? [key, `family:${family.family}`] : [key],
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        reversed: family?.reversed ?? false,
        negator,
      });
    }
    cache.set(s.id, out);
    return out;
  };
  const wirePairs = new Set<string>();
  for (const g of wire)
    for (const a of g.sentenceIds) for (const b of g.sentenceIds) if (a !== b) wirePairs.add(`${a} ${b}`);
  const match = actorMatcher(story.actors);
  return {
    byId,
    tokens,
    wirePairs,
    actorsIn: (text) => new Set(match(text).map((m) => m.actor)),
    actorIds: new Set((story.actors ?? []).map((a) => a.id)),
  };
}

/** Polarity of each predicate two sentences share: true when a negation governs every mention of it. */
function sharedPolarity(ctx: VerdictContext, a: Sentence, b: Sentence) {
  const ta = ctx.tokens(a);
  const tb = ctx.tokens(b);
  const kb = keySet(tb);
  const shared = [...keySet(ta)].filter((k) => kb.has(k));
  const polarity = (s: Sentence, toks: Token[], key: string) => {
    // Negators: the negation cues, and words that negate what they govern («أجّل التوقيع»).
    const negs: Cue[] = [
      ...cuesOf(s, 'negation'),
      ...toks
        .filter((t) => t.negator)
        .map((t) => ({
          kind: 'negation' as const,
          text: s.text.slice(t.start, t.end),
          start: t.start,
          end: t.end,
        })),
    ];
    const states = toks
      .filter((t) => hasKey(t, key) && !t.negator)
      .map((t) => {
        const cue = negs.find((c) => governs(c, t, toks, s.text));
        return { negated: (cue !== undefined) !== t.reversed, cue };
      });
    if (states.length === 0) return undefined;
    if (states.every((x) => x.negated)) return { negated: true, cue: states.find((x) => x.cue)?.cue };
    if (states.every((x) => !x.negated)) return { negated: false, cue: undefined };
    return undefined; // said both ways in one sentence: no polarity to compare
  };
  return shared.map((key) => ({ key, a: polarity(a, ta, key), b: polarity(b, tb, key) }));
}

/**
 * The modal, future or ongoing cue on one of `keys` in the sentence, if any: on the verb it governs or
 * on the word right after that verb («وتستمر المحادثات»: the talks are what goes on).
 */
function beforeCue(ctx: VerdictContext, l: Located, keys: ReadonlySet<string>): Cue | undefined {
  const toks = ctx.tokens(l.sentence);
  return cuesOf(l.sentence, BEFORE_OUTCOME).find((c) => {
    const governed = toks.filter((t) => governs(c, t, toks, l.sentence.text));
    const last = governed[governed.length - 1];
    const after = last === undefined ? undefined : toks.find((t) => t.start > last.start && !t.negator);
    const near =
      after && rawWords(l.sentence.text.slice(last?.end ?? 0, after.start)).length <= 1 ? [after] : [];
    return [...governed, ...near].some((t) => t.keys.some((k) => keys.has(k)));
  });
}

function negation(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  for (const { key, a, b } of sharedPolarity(ctx, x.sentence, y.sentence)) {
    if (a === undefined || b === undefined || a.negated === b.negated) continue;
    // "May sign" against "did not sign" is a question of when, not of whether: timing decides.
    const keys = new Set([key]);
    if (beforeCue(ctx, x, keys) !== undefined || beforeCue(ctx, y, keys) !== undefined) continue;
    const hedged = [x, y].some((l) => cuesOf(l.sentence, BEFORE_OUTCOME).length > 0);
    return { type: 'negation', strength: hedged ? 'soft' : 'clear', a: x, b: y, cueA: a.cue, cueB: b.cue };
  }
  return undefined;
}

/** A modal, future or "still going" cue on a predicate the other sentence tells as done. */
function timing(ctx: VerdictContext, x: Located, y: Located, internal: boolean): Candidate | undefined {
  const ky = keySet(ctx.tokens(y.sentence));
  const shared = new Set([...keySet(ctx.tokens(x.sentence))].filter((k) => ky.has(k)));
  for (const [early, late] of [
    [x, y],
    [y, x],
  ] as const) {
    const cue = beforeCue(ctx, early, shared);
    if (cue === undefined || beforeCue(ctx, late, shared) !== undefined) continue;
    const background = cuesOf(early.sentence, 'background').length > 0;
    // An article's own earlier expectation, told as background next to its outcome, is not a conflict.
    if (internal && background) continue;
    const outcome = cuesOf(late.sentence, 'outcome')[0];
    const strength = outcome !== undefined && !background ? 'clear' : 'soft';
    return { type: 'timing', strength, a: early, b: late, cueA: cue, cueB: outcome };
  }
  return undefined;
}

function numbers(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  let best: Candidate | undefined;
  for (const ca of cuesOf(x.sentence, 'number')) {
    const qa = quantityOf(ca, x.sentence.text);
    if (qa === null) continue;
    for (const cb of cuesOf(y.sentence, 'number')) {
      const qb = quantityOf(cb, y.sentence.text);
      if (qb === null) continue;
      const verdict = compareQuantities(qa, qb);
      if (verdict === null) continue;
      if (best === undefined || verdict === 'clear')
        best = { type: 'number', strength: verdict, a: x, b: y, cueA: ca, cueB: cb };
    }
  }
  if (best) return best;
  // Dates: one resolved day each, and not the same day.
  const days = (l: Located) =>
    cuesOf(l.sentence, 'date').filter((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.value ?? ''));
  const [da, db] = [days(x), days(y)];
  // A sentence's day is often another event's (a ceasefire "since Sunday" in a report of Monday's talks).
  const sameDay = da[0]?.value === db[0]?.value;
  if (da.length === 1 && db.length === 1 && !sameDay && sharedKeyCount(ctx, x, y) >= SAME_CLAIM_KEYS)
    return { type: 'number', strength: 'soft', a: x, b: y, cueA: da[0], cueB: db[0] };
  return undefined;
}

function sourceWords(cue: Cue): Set<string> {
  return new Set(foldedWords(cue.value ?? cue.text).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w)));
}

function attribution(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  // One article citing two sources is two sources, not a conflict.
  if (x.articleId === y.articleId) return undefined;
  const ca = cuesOf(x.sentence, 'attribution').filter((c) => c.value);
  const cb = cuesOf(y.sentence, 'attribution').filter((c) => c.value);
  if (ca.length === 0 || cb.length === 0) return undefined;
  const wa = new Set(ca.flatMap((c) => [...sourceWords(c)]));
  const wb = new Set(cb.flatMap((c) => [...sourceWords(c)]));
  if (wa.size === 0 || wb.size === 0 || [...wa].some((w) => wb.has(w))) return undefined;
  const run = longestCommonRun(foldedWords(x.sentence.text), foldedWords(y.sentence.text));
  // Differing sources matter when the claim is plainly the same: its words, or most of its predicates.
  if (run < SAME_WORDS_RUN && sharedKeyCount(ctx, x, y) < SAME_CLAIM_KEYS) return undefined;
  return {
    type: 'attribution',
    strength: run >= SAME_WORDS_RUN ? 'clear' : 'soft',
    a: x,
    b: y,
    cueA: ca[0],
    cueB: cb[0],
  };
}

// A stance marker is about the actor named next to it (before «المعترف بها دوليا», after «ما يسمى»).
const STANCE_WINDOW = 60;

function naming(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  const common = [...ctx.actorsIn(x.sentence.text)].filter((a) => ctx.actorsIn(y.sentence.text).has(a));
  if (common.length === 0) return undefined;
  const stance = (l: Located) =>
    cuesOf(l.sentence, 'naming').filter((c) => {
      if (ctx.actorIds.has(c.value ?? '')) return false;
      // A name in quotes is a stance only when the quoted name is the actor's («“الجيش الوطني الليبي”»),
      // not an agency's («"سبوتنيك"»); a marker is about the actor named next to it.
      const about = /^["“«]/.test(c.text)
        ? c.text
        : l.sentence.text.slice(Math.max(0, c.start - STANCE_WINDOW), c.end + STANCE_WINDOW);
      const near = ctx.actorsIn(about);
      return common.some((a) => near.has(a));
    });
  const [sa, sb] = [stance(x), stance(y)];
  if (sa.length === 0 && sb.length === 0) return undefined;
  const key = (c: Cue) => foldArabic(c.value ?? c.text);
  const ka = new Set(sa.map(key));
  const kb = new Set(sb.map(key));
  if (ka.size === kb.size && [...ka].every((k) => kb.has(k))) return undefined;
  return { type: 'naming', strength: 'soft', a: x, b: y, cueA: sa[0], cueB: sb[0] };
}

const rank = (c: Candidate) => (c.strength === 'clear' ? 0 : 10) + ORDER.indexOf(c.type);

/** The strongest difference between two sentences of one fact, if any. */
export function comparePair(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  if (ctx.wirePairs.has(`${x.sentence.id} ${y.sentence.id}`)) return undefined; // one text, not two reports
  const internal = x.articleId === y.articleId;
  const found = [
    negation(ctx, x, y),
    numbers(ctx, x, y),
    timing(ctx, x, y, internal),
    attribution(ctx, x, y),
    naming(ctx, x, y),
  ];
  return found.filter((c): c is Candidate => c !== undefined).sort((p, q) => rank(p) - rank(q))[0];
}

const ref = (cue: Cue | undefined, sentenceId: string) =>
  cue === undefined ? undefined : { ...cue, sentenceId };

/** The fact with its verdict: a contradiction when two of its sentences differ, else as aligned. */
export function judgeFact(ctx: VerdictContext, fact: Fact): Fact {
  const located = fact.sentenceIds.map((id) => ctx.byId.get(id)).filter((l): l is Located => l !== undefined);
  let best: Candidate | undefined;
  for (let i = 0; i < located.length; i++)
    for (let j = i + 1; j < located.length; j++) {
      const x = located[i];
      const y = located[j];
      if (x === undefined || y === undefined) continue;
      const c = comparePair(ctx, x, y);
      if (c !== undefined && (best === undefined || rank(c) < rank(best))) best = c;
    }
  if (best === undefined) return fact;
  const side = (l: Located, cue: Cue | undefined) => {
    const cueRef = ref(cue, l.sentence.id);
    return { articleId: l.articleId, sentenceIds: [l.sentence.id], ...(cueRef ? { cue: cueRef } : {}) };
  };
  const contradiction: Contradiction = {
    type: best.type,
    scope: best.a.articleId === best.b.articleId ? 'internal' : 'cross',
    strength: best.strength,
    sides: [side(best.a, best.cueA), side(best.b, best.cueB)],
  };
  return { ...fact, relation: 'contradiction', contradiction };
}

/** Verdicts for every fact; facts of one sentence pass through unchanged. */
export function judgeFacts(
  facts: readonly Fact[],
  articles: readonly Article[],
  wire: readonly WireGroup[],
  story: StoryConfig,
): Fact[] {
  const ctx = verdictContext(articles, wire, story);
  return facts.map((f) => (f.sentenceIds.length > 1 ? judgeFact(ctx, f) : f));
}

// Verdicts on aligned facts: do the reports agree, or do they differ in a way a reader should see?
// Read from the cues each sentence carries (cues.ts) and from the predicate the two reports share, so
// polarity is compared relative to the predicate: «لم تنسحب» and «لن ينسحب» agree (both say "stays").

import { foldedWords, longestCommonRun } from '../../compare/align/align-units.ts';
import { foldArabic } from '../../text/fold-arabic.ts';
import { lightStem, rawWords } from '../../text/stem.ts';
import { FUNCTION_WORDS } from '../../text/stopwords.ts';
import type {
  Article,
  Contradiction,
  ContradictionType,
  Cue,
  CueKind,
  Fact,
  StoryConfig,
  WireGroup,
} from '../../types.ts';
import { judgeCandidate } from '../candidate.ts';
import { NEGATORS } from '../lexicon.ts';
import { sameRoot as judgeSameRoot } from '../swap.ts';
import {
  type Clause,
  conditional,
  cuesOf,
  governs,
  hasKey,
  isFamilyKey,
  keyOverlap,
  keySet,
  type Located,
  sameActors,
  sameRoot,
  sharedKeys,
  type Token,
  type VerdictContext,
  verdictContext,
} from './fact-context.ts';
import { compareQuantities, quantityOf } from './fact-numbers.ts';

interface Candidate {
  type: ContradictionType;
  strength: 'clear' | 'soft';
  a: Located;
  b: Located;
  cueA?: Cue;
  cueB?: Cue;
  /** The difference sits on a predicate family both reports name (align-lexicon.ts): a claim, not a word. */
  onFamily?: boolean;
  /** Found by the relation judge (src/core/judge), which weighs the whole pair of sentences itself. */
  judge?: boolean;
}

const BEFORE_OUTCOME: ReadonlySet<CueKind> = new Set(['modality', 'future', 'ongoing']);
const ORDER: ContradictionType[] = [
  'negation',
  'opposite',
  'number',
  'actor',
  'timing',
  'attribution',
  'naming',
];
// Two reports of one claim in the same words: a run this long makes a differing source a clear conflict.
const SAME_WORDS_RUN = 5;
// …or this many content words (predicate keys) in common: a claim, not a topic.
const SAME_CLAIM_KEYS = 4;

/**
 * A contradiction is shown only between two sentences that surely tell one claim: a fact groups
 * sentences by average linkage, so two of its members may share little but their neighbours. Measured
 * on the gold (docs/research/seeds-facts.json): every false contradiction the seeds showed came from a
 * pair under both bars (its aligner score under 0.37 and under a third of its content words shared),
 * every real one found reached one. A pair whose difference sits on a predicate family both name (one
 * signs, the other does not) needs less of its words in common.
 */
export const CLAIM_SCORE = 0.4;
export const CLAIM_OVERLAP = 0.45;
export const FAMILY_OVERLAP = 0.3;

export { type VerdictContext, verdictContext };

function sameClaim(ctx: VerdictContext, c: Candidate): boolean {
  if (c.judge) return true;
  if (ctx.score(c.a.sentence.id, c.b.sentence.id) >= CLAIM_SCORE) return true;
  const overlap = keyOverlap(ctx, c.a, c.b);
  return overlap >= CLAIM_OVERLAP || (c.onFamily === true && overlap >= FAMILY_OVERLAP);
}

/** The negation cues of a sentence and the words that negate what they govern («أجّل التوقيع»). */
function negators(l: Located, toks: readonly Token[]): Cue[] {
  return [
    ...cuesOf(l.sentence, 'negation'),
    ...toks
      .filter((t) => t.negator || t.denial)
      .map((t) => ({
        kind: 'negation' as const,
        text: l.sentence.text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
      })),
  ];
}

/** Polarity of `key` in one clause: true when a negation governs every mention of it there. */
function polarity(ctx: VerdictContext, l: Located, clause: Clause, key: string) {
  const toks = ctx.tokens(l.sentence);
  const negs = negators(l, toks);
  const states = clause.tokens
    .filter((t) => hasKey(t, key) && !t.negator && !t.denial && !conditional(l.sentence.text, t))
    .map((t) => {
      const cue = negs.find((c) => {
        const home = ctx.clauses(l.sentence).find((k) => c.start >= k.start && c.start < k.end);
        return governs(c, t, toks, l.sentence.text, home?.end);
      });
      return { negated: (cue !== undefined) !== t.reversed, cue };
    });
  if (states.length === 0) return undefined;
  if (states.every((x) => x.negated)) return { negated: true, cue: states.find((x) => x.cue)?.cue };
  if (states.every((x) => !x.negated)) return { negated: false, cue: undefined };
  return undefined; // said both ways in one clause: no polarity to compare
}

/**
 * The modal, future or ongoing cue on one of `keys` in the sentence, if any: on the word it governs or
 * the word right after that («وتستمر المحادثات»: the talks are what goes on; «إمكانية التوقيع»). Not
 * after a future verb, which is the predicate itself: «ستشرف عليه الأمم المتحدة» tells what the UN
 * will do, not that the UN is to come.
 */
function beforeCue(ctx: VerdictContext, l: Located, keys: ReadonlySet<string>): Cue | undefined {
  const toks = ctx.tokens(l.sentence);
  return cuesOf(l.sentence, BEFORE_OUTCOME).find((c) => {
    const governed = toks.filter((t) => governs(c, t, toks, l.sentence.text));
    const last = governed[governed.length - 1];
    const after = last === undefined ? undefined : toks.find((t) => t.start > last.start && !t.negator);
    // Only after a cue that is a word of the predicate itself, not a particle or adverb («الآن موجودون»).
    const own = governed.some((t) => c.start <= t.start && t.start < c.end);
    const near =
      c.kind !== 'future' &&
      own &&
      after &&
      rawWords(l.sentence.text.slice(last?.end ?? 0, after.start)).length <= 1
        ? [after]
        : [];
    return [...governed, ...near].some((t) => t.keys.some((k) => keys.has(k)));
  });
}

// Negation is compared clause by clause, between clauses of the same actor (or of none): «لم يلتق حفتر
// والسراج، إذ جلس كل وفد في قاعة» negates the meeting of the two, not the sitting of each delegation.
// A predicate is one key in both, or a verb in one and its verbal noun in the other («ولم تنهر
// الإهراءات» / «انهيار الإهراءات»: sameRoot) when the two clauses share the rest of the slot.
function negation(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  for (const ca of ctx.clauses(x.sentence)) {
    for (const cb of ctx.clauses(y.sentence)) {
      if (!sameActors(ca.actors, cb.actors)) continue;
      const kb = keySet(cb.tokens);
      for (const key of [...keySet(ca.tokens)].filter((k) => kb.has(k))) {
        const found = opposed(ctx, x, ca, key, y, cb, key);
        if (found) return found;
      }
      for (const [ka, kbRoot] of rootPairs(x, ca, y, cb)) {
        const found = opposed(ctx, x, ca, ka, y, cb, kbRoot);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** A denial verb («نفى»، «رفض») whose root the other sentence says too: the two deny alike. Not a particle. */
function deniesToo(denial: string, otherText: string): boolean {
  const word = rawWords(denial)[0];
  if (word === undefined || rawWords(denial).length > 1 || NEGATORS.has(foldArabic(word))) return false;
  const stem = lightStem(word);
  return stem.length >= 3 && rawWords(otherText).some((w) => judgeSameRoot(lightStem(w), stem));
}

/** The two clauses say the predicate (`ka` in one, `kb` in the other) with opposite polarity. */
function opposed(
  ctx: VerdictContext,
  x: Located,
  ca: Clause,
  ka: string,
  y: Located,
  cb: Clause,
  kb: string,
): Candidate | undefined {
  const a = polarity(ctx, x, ca, ka);
  const b = polarity(ctx, y, cb, kb);
  if (a === undefined || b === undefined || a.negated === b.negated) return undefined;
  // Both deny with one verb, in another word order («ينفي التسبب» / «نفى مستشفى مصري تسببه»): they deny alike.
  const [denier, other] = a.negated ? [a.cue, y] : [b.cue, x];
  if (denier !== undefined && deniesToo(denier.text, other.sentence.text)) return undefined;
  // "May sign" against "did not sign" is a question of when, not of whether: timing decides.
  if (beforeCue(ctx, x, new Set([ka])) !== undefined || beforeCue(ctx, y, new Set([kb])) !== undefined)
    return undefined;
  const hedged = [x, y].some((l) => cuesOf(l.sentence, BEFORE_OUTCOME).length > 0);
  return {
    type: 'negation',
    strength: hedged ? 'soft' : 'clear',
    a: x,
    b: y,
    cueA: a.cue,
    cueB: b.cue,
    onFamily: isFamilyKey(ka) && ka === kb,
  };
}

// A verb and its verbal noun name one predicate only in one slot: two more words in common.
const ROOT_SLOT_KEYS = 2;

/** Keys of the two clauses that differ but name one predicate, a verb against its verbal noun. */
function rootPairs(x: Located, ca: Clause, y: Located, cb: Clause): [string, string][] {
  const pairs: [string, string][] = [];
  const kb = keySet(cb.tokens);
  const shared = [...keySet(ca.tokens)].filter((k) => kb.has(k));
  for (const ta of ca.tokens)
    for (const tb of cb.tokens) {
      const [ka, kbKey] = [ta.keys[0], tb.keys[0]];
      if (ka === undefined || kbKey === undefined || ka === kbKey || kb.has(ka)) continue;
      if (!sameRoot(x.sentence.text.slice(ta.start, ta.end), y.sentence.text.slice(tb.start, tb.end)))
        continue;
      if (shared.length >= ROOT_SLOT_KEYS) pairs.push([ka, kbKey]);
    }
  return pairs;
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
    const families = new Set([...shared].filter(isFamilyKey));
    const onFamily = beforeCue(ctx, early, families) !== undefined;
    return { type: 'timing', strength, a: early, b: late, cueA: cue, cueB: outcome, onFamily };
  }
  return undefined;
}

/**
 * How many predicate keys the clauses holding two cues share, the cues' own words aside: a number or a
 * day belongs to the claim of its clause («اعتبارا من منتصف ليل 12 يناير» dates the ceasefire, not the talks).
 * With `asides`, a clause set off by commas on both sides («وقرر المجلس، في جلسة عقدها الأربعاء، إعلان…»)
 * dates the clause it interrupts, so that clause's words count as its slot too.
 */
function slotKeys(ctx: VerdictContext, x: Located, ca: Cue, y: Located, cb: Cue, asides = false): number {
  const around = (l: Located, c: Cue) => {
    const all = ctx.clauses(l.sentence);
    const k = all.findIndex((cl) => c.start >= cl.start && c.start < cl.end);
    const clause = all[k];
    const own = (clause?.tokens ?? []).filter((t) => t.end <= c.start || t.start >= c.end);
    const host =
      asides && clause && isAside(l.sentence.text, clause, all[k + 1]) ? [all[k - 1], all[k + 1]] : [];
    return keySet([...own, ...host.flatMap((h) => h?.tokens ?? [])]);
  };
  const kb = around(y, cb);
  return [...around(x, ca)].filter((k) => kb.has(k)).length;
}

const COMMA_AT = /^\s*[،,]/;
const COMMA_BEFORE = /[،,]\s*$/;

/** A clause between two commas, with a clause after it: an aside in the middle of another. */
function isAside(text: string, clause: Clause, next: Clause | undefined): boolean {
  return (
    next !== undefined &&
    COMMA_BEFORE.test(text.slice(0, clause.start)) &&
    COMMA_AT.test(text.slice(clause.end, next.start))
  );
}

// A number's slot: its clause shares two words with the other's («استمرت المحادثات 6 ساعات» / «… 8 ساعات»);
// one shared word is often a homonym («خارج المبنى» / «الخارجية»).
const NUMBER_SLOT_KEYS = 2;
// A day's slot as a number's; the sentences around must share more (days()): most sentences of a story
// carry its day, for one event or another.
const DATE_SLOT_KEYS = 2;

function numbers(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  let best: Candidate | undefined;
  for (const ca of cuesOf(x.sentence, 'number')) {
    const qa = quantityOf(ca, x.sentence.text);
    if (qa === null) continue;
    for (const cb of cuesOf(y.sentence, 'number')) {
      const qb = quantityOf(cb, y.sentence.text);
      if (qb === null) continue;
      const verdict = compareQuantities(qa, qb);
      if (verdict === null || slotKeys(ctx, x, ca, y, cb) < NUMBER_SLOT_KEYS) continue;
      if (best === undefined || verdict === 'clear')
        best = { type: 'number', strength: verdict, a: x, b: y, cueA: ca, cueB: cb };
    }
  }
  return best;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
// A day after these bounds the claim («حتى صباح الثلاثاء», «منذ الأحد», «قبل الاثنين»): a deadline or a
// start, not the day it happened.
const BOUNDS = new Set(['حتي', 'منذ', 'قبل', 'قبيل', 'بعد', 'لحين', 'لغايه', 'غايه', 'مهله']);

/** The one day a sentence says its claim happened on (a day named twice, «مساء أمس الثلاثاء», is one). */
function oneDay(l: Located): Cue | undefined {
  const days = cuesOf(l.sentence, 'date').filter((c) => FULL_DAY.test(c.value ?? ''));
  if (new Set(days.map((c) => c.value)).size !== 1) return undefined;
  const before = rawWords(l.sentence.text.slice(0, days[0]!.start)).slice(-1).map(foldArabic);
  return before.some((w) => BOUNDS.has(w) || BOUNDS.has(w.replace(/^[وف]/, ''))) ? undefined : days[0];
}

/**
 * Different days for one claim: one resolved day each, not the same, in clauses that share two words
 * besides the day (a day's slot, as a number's), in sentences that share four. Which pairs tell one claim
 * at all is sameClaim's to say (the aligner's score or the words in common); when the sentences share
 * most of their words, a day in an aside dates the clause it interrupts. A day resolved from «أمس» or a
 * weekday rests on the publication date, so the clash is soft, and a different figure outranks it (two
 * days beside «135 قتيلا» and «137» are a count that grew).
 */
function days(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  const [ca, cb] = [oneDay(x), oneDay(y)];
  if (ca === undefined || cb === undefined || ca.value === cb.value) return undefined;
  if (sharedKeys(ctx, x, y).length < SAME_CLAIM_KEYS) return undefined;
  const asides = keyOverlap(ctx, x, y) >= CLAIM_OVERLAP;
  if (slotKeys(ctx, x, ca, y, cb, asides) < DATE_SLOT_KEYS) return undefined;
  return { type: 'timing', strength: 'soft', a: x, b: y, cueA: ca, cueB: cb };
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
  // Differing sources matter when the claim is plainly the same: its words, or most of its predicates
  // and a close alignment both (outlets quote different people on one topic all the time).
  const plain =
    sharedKeys(ctx, x, y).length >= SAME_CLAIM_KEYS &&
    keyOverlap(ctx, x, y) >= CLAIM_OVERLAP &&
    ctx.score(x.sentence.id, y.sentence.id) >= CLAIM_SCORE;
  if (run < SAME_WORDS_RUN && !plain) return undefined;
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

/** How a candidate ranks: the rules' before the relation judge's, clear before soft, then by ORDER. */
export const rank = (c: Pick<Candidate, 'judge' | 'strength' | 'type'>) =>
  (c.judge ? 20 : 0) + (c.strength === 'clear' ? 0 : 10) + ORDER.indexOf(c.type);

/** The relation judge's contradiction (src/core/judge), between two reports of one claim. */
function judged(x: Located, y: Located): Candidate | undefined {
  const v = judgeCandidate(x.sentence.text, y.sentence.text);
  if (v === undefined) return undefined;
  return {
    type: v.type,
    strength: v.strength,
    a: x,
    b: y,
    ...(v.cueA ? { cueA: v.cueA } : {}),
    ...(v.cueB ? { cueB: v.cueB } : {}),
    judge: true,
  };
}

/** The strongest difference between two sentences of one fact, if any. */
export function comparePair(ctx: VerdictContext, x: Located, y: Located): Candidate | undefined {
  // One agency text copied: not two reports, unless the copy was changed where it matters (another figure,
  // the opposite verb, another place), which a reader must see first.
  if (ctx.sameWire(x.sentence.id, y.sentence.id))
    return x.articleId === y.articleId ? undefined : judged(x, y);
  const internal = x.articleId === y.articleId;
  const found = [
    negation(ctx, x, y),
    numbers(ctx, x, y),
    timing(ctx, x, y, internal),
    days(ctx, x, y),
    attribution(ctx, x, y),
    naming(ctx, x, y),
  ];
  const ruled = found
    .filter((c): c is Candidate => c !== undefined && sameClaim(ctx, c))
    .sort((p, q) => rank(p) - rank(q))[0];
  if (ruled !== undefined || internal) return ruled;
  // The rules above read clauses, cues and the story's actors; where they find nothing, the relation judge
  // reads the pair whole (opposite predicates, another place or object, a changed figure). Not where a report
  // was written before the outcome: "may withdraw" against "will not" is a question of when, the rules' to say.
  if ([x, y].some((l) => cuesOf(l.sentence, BEFORE_OUTCOME).length > 0)) return undefined;
  return judged(x, y);
}

const ref = (cue: Cue | undefined, sentenceId: string) =>
  cue === undefined ? undefined : { ...cue, sentenceId };

/** The fact with its verdict: a contradiction when two of its sentences differ, else as aligned. */
export function judgeFact(ctx: VerdictContext, fact: Fact): Fact {
  const located = fact.sentenceIds.map((id) => ctx.byId.get(id)).filter((l): l is Located => l !== undefined);
  // Copies of one sentence (one text, cues and wire group) compare alike with any other sentence, so
  // only the first pair of each kind (the two copy classes, and whether they share an article) is
  // compared, and a later pair of the kind takes its result: it ranks as the first did, so it could never come
  // before it. The verdict is still the first pair, in order, of the best rank (a large fact of a wire-heavy
  // story holds hundreds of copies of a few texts). Every pair of articles that contradict is kept too (the
  // fact's `conflicts`), so a reader who shows only some outlets sees the verdict of those outlets.
  const n = located.length;
  const classOf = new Int32Array(n);
  const articleOf = new Int32Array(n);
  const classes = new Map<string, number>();
  const articles = new Map<string, number>();
  located.forEach((l, i) => {
    const key = `${ctx.wireGroupOf(l.sentence.id)}\u0001${l.sentence.text}\u0001${JSON.stringify(l.sentence.cues ?? [])}`;
    classOf[i] = classes.get(key) ?? classes.size;
    classes.set(key, classOf[i] as number);
    articleOf[i] = articles.get(l.articleId) ?? articles.size;
    articles.set(l.articleId, articleOf[i] as number);
  });
  const k = classes.size;
  // Each kind's result (its first pair's candidate and rank), null when the kind does not contradict.
  // `swapped`: the candidate's first side is the pair's second sentence (a timing candidate puts the earlier
  // report first), so a later pair of the kind takes its sentences the same way round.
  const results = new Map<number, { c: Candidate; rank: number; swapped: boolean } | null>();
  const pairsSeen = new Set<number>();
  const found: { c: Candidate; rank: number; order: number }[] = [];
  let best: Candidate | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const kind =
        ((classOf[i] as number) * k + (classOf[j] as number)) * 2 + (articleOf[i] === articleOf[j] ? 1 : 0);
      let result = results.get(kind);
      if (result === undefined) {
        const c = comparePair(ctx, located[i] as Located, located[j] as Located);
        result = c === undefined ? null : { c, rank: rank(c), swapped: c.a !== located[i] };
        results.set(kind, result);
        // The first pair of the best rank is the verdict; a later pair of a kind ranks as its first did.
        if (result !== null && result.rank < bestRank) {
          best = result.c;
          bestRank = result.rank;
        }
      }
      if (result === null || found.length >= MAX_CONFLICTS) continue;
      const [x, y] = [articleOf[i] as number, articleOf[j] as number];
      const articlePair = Math.min(x, y) * articles.size + Math.max(x, y);
      if (pairsSeen.has(articlePair)) continue;
      pairsSeen.add(articlePair);
      const [first, second] = result.swapped ? [located[j], located[i]] : [located[i], located[j]];
      const c = result.c.a === first ? result.c : { ...result.c, a: first as Located, b: second as Located };
      found.push({ c, rank: result.rank, order: found.length });
    }
    // Nothing ranks before 0, and once the conflicts are full nothing more can be added.
    if (bestRank === 0 && found.length >= MAX_CONFLICTS) break;
  }
  if (best === undefined) return fact;
  const side = (l: Located, cue: Cue | undefined) => {
    const cueRef = ref(cue, l.sentence.id);
    return { articleId: l.articleId, sentenceIds: [l.sentence.id], ...(cueRef ? { cue: cueRef } : {}) };
  };
  const asContradiction = (c: Candidate): Contradiction => ({
    type: c.type,
    scope: c.a.articleId === c.b.articleId ? 'internal' : 'cross',
    strength: c.strength,
    sides: [side(c.a, c.cueA), side(c.b, c.cueB)],
  });
  const contradiction = asContradiction(best);
  const conflicts = found
    .sort((p, q) => p.rank - q.rank || p.order - q.order)
    .map(({ c }) => (c === best ? contradiction : asContradiction(c)));
  return { ...fact, relation: 'contradiction', contradiction, conflicts };
}

/** The most pairs of articles a fact keeps as its conflicts (a wire-heavy story can have thousands). */
export const MAX_CONFLICTS = 64;

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

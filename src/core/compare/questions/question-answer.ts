// One article's answer to one story question.
//
// Precedence, in this order:
// 1. Matches told as background (after «وكان»، «سبق أن»، «في وقت سابق» … in the same sentence, up to a
//    clause opener such as «فيما») and matches decided by a speaker's own intention (a `future` or
//    `modality` cue whose value is `intent`) never decide; nor does an outcome supposed after «إذا»/«لو»
//    in its clause («إذا فشلت المحادثات»), though a supposed signature is still one to come.
// 2. A veto (`!pattern`) that matches anywhere in the article — headline included, background
//    included, since "the talks had ended" still says they ended — rules its answer out.
// 3. The body decides before the headline: the headline only answers when the body says nothing.
// 4. Among the answers left, the config's order decides: the first answer with a match wins. A story
//    lists its outcome answers (with their negations) before its expectations, so an explicit outcome
//    outranks a modal, and a "not yet" (one side asked for time) before a "done".
import { foldArabic } from '../../text/fold-arabic.ts';
import type { Answer, Cue, CueKind, CueRef } from '../../types.ts';
import { withoutConj } from '../cues/cues-tokens.ts';
import { type Match, matchAll, type Terms, type Unit } from './question-match.ts';
import type { Pattern } from './question-pattern.ts';

export interface CompiledQuestion {
  /** `beforeOutcome`: every pattern needs a modal, future or ongoing cue (see `needsCue`). */
  answers: { id: string; patterns: Pattern[]; beforeOutcome?: boolean }[];
  fallback: string;
  details: { id: string; patterns: Pattern[] }[];
  terms: Terms;
}

interface Hit {
  unit: Unit;
  match: Match;
  pattern: Pattern;
}

/** Which cue explains a match best: what happened, then what did not, then what may. */
const DECIDING: readonly CueKind[] = ['outcome', 'negation', 'modality', 'future', 'ongoing'];

function decidingCue(hit: Hit): Cue | undefined {
  const rank = (c: Cue) => {
    const r = DECIDING.indexOf(c.kind);
    return r < 0 ? DECIDING.length : r;
  };
  const byRank = (cues: Cue[]) => [...cues].sort((a, b) => rank(a) - rank(b))[0];
  const own = byRank(hit.match.cues.filter((c) => DECIDING.includes(c.kind)));
  if (own) return own;
  // A pattern of words only: the cue that covers its words, if any («وقّع» is an outcome cue).
  const { first, end } = hit.match;
  const inside = hit.unit.cues
    .filter((s) => s.first < end && s.last >= first && DECIDING.includes(s.cue.kind))
    .map((s) => s.cue);
  return byRank(inside) ?? hit.match.cues[0];
}

/** Told as earlier context: a background cue before the match, with no clause opener between. */
function isBackground(hit: Hit): boolean {
  const { unit, match } = hit;
  for (const { cue, first } of unit.cues) {
    if (cue.kind !== 'background' || first >= match.first) continue;
    if (!unit.tokens.slice(first + 1, match.first + 1).some((t) => t.opener)) return true;
  }
  return false;
}

/** «لن», «ولن», «فلن» (withoutConj keeps a conjunction on so short a word). */
const isLan = (text: string) => /^[وف]?لن$/.test(foldArabic(text));

/**
 * A speaker's own intention: a future or modal cue marked `intent`, or «لن» ("will not") inside a
 * direct quotation («"لن نوقع على أي اتفاق لا …"» is a stance, not an outcome).
 */
function isIntent(hit: Hit): boolean {
  return hit.match.cues.some((c) => {
    if ((c.kind === 'future' || c.kind === 'modality') && c.value === 'intent') return true;
    if (c.kind !== 'negation' || !isLan(c.text)) return false;
    return hit.unit.tokens.some((t) => t.start === c.start && t.inQuote);
  });
}

/**
 * True "so far" only: an `ongoing` cue in the match's clause («لم يوقع الطرفان حتى الآن») dates the
 * claim to the hour of writing, so it is an outcome only if nothing says the process is still going.
 */
function isSoFar(hit: Hit): boolean {
  const [from, to] = clauseOf(hit);
  if (isConditionalRefusal(hit)) return true;
  return hit.unit.cues.some((c) => c.cue.kind === 'ongoing' && c.first >= from && c.last < to);
}

/** The clause around a match, as token indices [from, to). */
function clauseOf(hit: Hit): [number, number] {
  const { tokens } = hit.unit;
  let from = hit.match.first;
  while (from > 0 && !tokens[from]!.clauseStart) from--;
  let to = hit.match.end;
  while (to < tokens.length && !tokens[to]!.clauseStart) to++;
  return [from, to];
}

const folded = (hit: Hit, i: number) => withoutConj(hit.unit.tokens[i]?.fold ?? '');

/** «إذا»، «لو»، «في حال»: what follows in the clause is supposed, not told («ما إذا كانا سيحضران»). */
const CONDITION = new Set(['اذا', 'لو', 'حال', 'حاله']);

/** A match after a condition word earlier in its clause is a supposition, never an answer. */
function isSupposed(hit: Hit): boolean {
  const [from] = clauseOf(hit);
  for (let i = from; i < hit.match.first; i++) if (CONDITION.has(folded(hit, i))) return true;
  return false;
}

/** What «لن» waits for: «قبل أن»، «إلا بعد»، «ما لم»، «حتى»، «ريثما». */
const UNTIL = new Set(['قبل', 'الا', 'حتى', 'حتي', 'ريثما', 'لحين']);

/**
 * «لن يوقّع قبل أن يطمئن» (will not sign until …) sets a condition on a signature still to come: a
 * refusal only once the process is over, so it is read like a "so far".
 */
function isConditionalRefusal(hit: Hit): boolean {
  if (!hit.match.cues.some((c) => c.kind === 'negation' && isLan(c.text))) return false;
  const [, to] = clauseOf(hit);
  for (let i = hit.match.first + 1; i < to; i++) {
    const w = folded(hit, i);
    if (UNTIL.has(w) || (w === 'ما' && folded(hit, i + 1) === 'لم')) return true;
  }
  return false;
}

// Matches kept per sentence shape: the precedence below asks for the same pattern's matches several
// times, and copies of one sentence (questions.ts shares their tokens and cue spans) match alike.
const matchCache = new WeakMap<Unit['tokens'], WeakMap<Pattern, Match[]>>();
function matchesOf(unit: Unit, pattern: Pattern, terms: Terms): Match[] {
  let byPattern = matchCache.get(unit.tokens);
  if (!byPattern) {
    byPattern = new WeakMap();
    matchCache.set(unit.tokens, byPattern);
  }
  let found = byPattern.get(pattern);
  if (!found) {
    found = matchAll(unit, terms, pattern.items);
    byPattern.set(pattern, found);
  }
  return found;
}

function hits(units: Unit[], patterns: Pattern[], terms: Terms): Hit[] {
  return units.flatMap((unit) =>
    patterns.flatMap((pattern) => matchesOf(unit, pattern, terms).map((match) => ({ unit, match, pattern }))),
  );
}

const quote = (hit: Hit) => {
  const { tokens, text } = hit.unit;
  return text.slice(tokens[hit.match.first]!.start, tokens[hit.match.end - 1]!.end);
};

/** `units`: the body's sentences in order, then the headline (when there is one). */
export function answerArticle(articleId: string, units: Unit[], q: CompiledQuestion): Answer {
  const usable = (hit: Hit) => !isBackground(hit) && !isIntent(hit);
  const ruledOut = new Set(
    q.answers
      .filter((a) =>
        hits(
          units,
          a.patterns.filter((p) => p.veto),
          q.terms,
        ).some((h) => !isIntent(h)),
      )
      .map((a) => a.id),
  );
  type Choice = CompiledQuestion['answers'][number];
  // A supposed outcome («إذا فشلت المحادثات») is no outcome; a supposed signature is still one to come.
  const found = (a: Choice, fromTitle: boolean) =>
    hits(
      units.filter((u) => u.title === fromTitle),
      a.patterns.filter((p) => !p.veto),
      q.terms,
    ).filter((h) => usable(h) && (a.beforeOutcome || !isSupposed(h)));
  let chosen: { id: string; found: Hit[] } | undefined;
  const choose = (a: Choice, here: Hit[], fromTitle: boolean) => ({
    id: a.id,
    // The headline supports a body's answer as further evidence.
    found: fromTitle ? here : [...here, ...found(a, true)],
  });
  for (const fromTitle of [false, true]) {
    // An outcome told only "so far" waits: a later answer written before the outcome («the talks
    // are still going») takes its place; any other answer does not, the config's order stands.
    let soFar: Choice | undefined;
    for (const a of q.answers) {
      if (ruledOut.has(a.id) || (soFar && !a.beforeOutcome)) continue;
      const here = found(a, fromTitle);
      if (here.length === 0) continue;
      if (!soFar && !a.beforeOutcome && here.every(isSoFar)) {
        soFar = a;
        continue;
      }
      chosen = choose(a, here, fromTitle);
      break;
    }
    if (!chosen && soFar) chosen = choose(soFar, found(soFar, fromTitle), fromTitle);
    if (chosen) break;
  }
  // A detail is a circumstance, and one told as earlier context is still one: «وكان السراج قد وقّع»
  // (Sarraj had signed) says when, not whether. Intentions still never count.
  const detailHits = q.details.flatMap((d) => {
    const found = hits(units, d.patterns, q.terms).filter((h) => !isIntent(h));
    return found.length ? [{ id: d.id, hit: found[0]! }] : [];
  });
  const details = detailHits.length
    ? {
        details: detailHits.map((d) => d.id),
        detail: [...new Set(detailHits.map((d) => quote(d.hit)))].join('؛ '),
      }
    : {};
  if (!chosen) return { articleId, answer: q.fallback, evidence: [], ...details };
  const deciding = chosen.found[0]!;
  const cue = decidingCue(deciding);
  const cueRef: CueRef | undefined = cue && { ...cue, sentenceId: deciding.unit.id };
  return {
    articleId,
    answer: chosen.id,
    ...details,
    evidence: [...new Set(chosen.found.map((h) => h.unit.id))],
    ...(cueRef ? { cue: cueRef } : {}),
    pattern: deciding.pattern.source,
  };
}

// Negation: particles (لم، لن، لا، ليس، غير، دون، من دون، بدون، بلا، عدم, and «ما» before a past verb),
// refusal and denial (رفض، نفى). Each cue's `value` is the word it negates: the next content word of
// its clause, past light verbs and quantifiers («لم يتم أي لقاء» negates «لقاء»), so "did not withdraw"
// and "will stay" can be compared by what they negate, not counted as a disagreement by themselves.
import type { Cue } from '../../types.ts';
import { ANONYMITY } from './cues-attribution.ts';
import { isPastVerb, longestAt, phrase, type Token, withoutConj, wordMatches } from './cues-tokens.ts';

const PARTICLES = ['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسا', 'ليسوا', 'لست', 'لسنا', 'عدم', 'بلا', 'دونما'];
const REFUSAL =
  `رفض رفضت رفضا رفضوا رفضه رفضها رفضهم رفضنا يرفض ترفض نرفض يرفضون الرفض نفى نفت نفوا ينفي تنفي نفي
  امتنع امتنعت امتنعوا امتناع يمتنع تمتنع`
    .split(/\s+/)
    .map((w) => phrase(w));
/** «لا» that does not negate: "especially", "must", "no doubt"; «لا تزال» is ongoing. */
const NOT_AFTER_LA = new Set([
  'سيما',
  'بد',
  'شك',
  'ريب',
  'يزال',
  'تزال',
  'يزالون',
  'تزالان',
  'يزالان',
  'سيّما',
]);
/** «غير أن» "however", «غير ذلك» "other than that". */
const NOT_AFTER_GHAYR = new Set(['ان', 'انه', 'انها', 'ذلك', 'هذا', 'هذه']);
/** «ما» is a negator only before a past verb, never in «ما زال», «ما دام», «ما إن». */
const NOT_AFTER_MA = new Set(['زال', 'زالت', 'دام', 'دامت', 'ان', 'انفك', 'برح', 'فتئ', 'اذا', 'بين', 'يلي']);
/** Words a negation passes over to reach what it negates. */
const LIGHT = new Set([
  'يتم',
  'تتم',
  'يكن',
  'تكن',
  'يعد',
  'تعد',
  'ان',
  'اي',
  'ايه',
  'كل',
  'جميع',
  'هناك',
  'ثمه',
  'يجر',
  'تجر',
  'يعد',
  'قط',
  'بعد',
]);

const negationWord = (t: Token, words: string[]) => words.some((w) => wordMatches(t.fold, w, 'conj'));

function scopeOf(tokens: Token[], from: number): string | undefined {
  for (let j = from; j < tokens.length && j < from + 4; j++) {
    const t = tokens[j]!;
    if (j > from && t.clauseStart) return undefined;
    if (!LIGHT.has(withoutConj(t.fold)) && !negationWord(t, PARTICLES)) return t.raw;
  }
  return undefined;
}

/**
 * `skip`: token indices other cues already explain (an unnamed source's «لم تسمه»).
 */
export function findNegation(text: string, tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  const push = (first: number, last: number) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const scope = scopeOf(tokens, last + 1);
    cues.push({
      kind: 'negation',
      text: text.slice(start, end),
      start,
      end,
      ...(scope ? { value: scope } : {}),
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const anonymous = longestAt(tokens, i, ANONYMITY);
    if (anonymous) {
      i += anonymous - 1;
      continue;
    }
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nextFold = next && !next.clauseStart ? withoutConj(next.fold) : '';
    let last = -1;
    if (negationWord(t, PARTICLES)) {
      if (wordMatches(t.fold, 'لا', 'conj') && NOT_AFTER_LA.has(nextFold)) continue;
      last = i;
    } else if (wordMatches(t.fold, 'دون', 'all') || t.fold === 'بدون') {
      if (tokens[i - 1]?.fold === 'ما') continue;
      last = i;
    } else if (wordMatches(t.fold, 'غير', 'conj')) {
      if (NOT_AFTER_GHAYR.has(nextFold)) continue;
      last = i;
    } else if (wordMatches(t.fold, 'ما', 'conj')) {
      // Only opening a clause and before a past verb: «وفق ما أفاد», «ما يسمى», «هذا ما أكده» are not.
      if (!t.clauseStart && t.fold === 'ما') continue;
      // After a comma, a bare «ما» before a past verb tells what the clause before it caused: «…، ما اضطر
      // الطواقم إلى…», «…، ما أدى إلى…» ("which forced", "which led to"); a negating «ما» opens its sentence
      // or follows its conjunction («وما كان»).
      if (t.fold === 'ما' && t.afterComma) continue;
      if (!next || next.clauseStart || NOT_AFTER_MA.has(nextFold) || !isPastVerb(next.fold)) continue;
      last = i;
    } else if (longestAt(tokens, i, REFUSAL)) last = i;
    if (last < 0) continue;
    // «من دون»: one cue.
    const first = i > 0 && tokens[i - 1]!.fold === 'من' && t.fold === 'دون' && !t.clauseStart ? i - 1 : i;
    // «لم ولن», «لا ولن»: one negation.
    while (
      tokens[last + 1] &&
      !tokens[last + 1]!.clauseStart &&
      /^و/.test(tokens[last + 1]!.fold) &&
      PARTICLES.includes(tokens[last + 1]!.fold.slice(1))
    )
      last++;
    push(first, last);
    i = last;
  }
  return cues;
}

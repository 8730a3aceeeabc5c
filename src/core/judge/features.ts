// What two sentences of one claim differ by, as numbers a scorer weighs (model.ts) and as the words that
// show it (so every verdict can name its deciding words). Pure and general: the lexicon is morphology
// (lexicon.ts), the learned word weights come from people's labels (weights.json, scripts/train-judge.ts).

import { asciiDigits } from '../compare/cues/cues-dates.ts';
import { NUMBER_WORDS } from '../compare/cues/cues-numbers.ts';
import { foldArabic } from '../text/fold-arabic.ts';
import { lightStem } from '../text/stem.ts';
import {
  FAMILIES,
  FAMILY_KEYS,
  NEGATORS,
  NOT_ASSERTED,
  NOT_NEGATING_AFTER,
  PLACE_OF,
  SPEAKING,
} from './lexicon.ts';
import { pairKey, sameRoot, substitution } from './swap.ts';
import { type JudgeWord, judgeWords } from './words.ts';

/** The kinds of difference the judge knows; each names its feature(s) in the model. */
export type EvidenceKind = 'negation' | 'opposite' | 'denial' | 'number' | 'place' | 'swap' | 'words';

export interface Evidence {
  kind: EvidenceKind;
  /** The deciding word in each sentence, when there is one on that side. */
  a?: JudgeWord;
  b?: JudgeWord;
  /** The family of an opposite or a denial (lexicon.ts). */
  family?: string;
  /** An opposite said of one word both sentences share («النفط يرتفع» / «هبوط … النفط»): one claim, however few words the two have in common. */
  anchored?: boolean;
  /** An opposite made by negating one predicate both say («لم ينسحب» / «انسحب»): a negation, to the reader. */
  viaNegation?: boolean;
  /** The learned weight of the deciding pair of words (kind `words`). */
  weight?: number;
}

export const FEATURE_NAMES = [
  'negation', // one sentence negates, the other does not (not explained by an opposite, «لم يرتفع» ≈ «انخفض»)
  'opposite', // opposite poles of one family on one anchor (or alone in each sentence)
  'sameFamily', // the same pole of a family on both sides: a sign of agreement
  'valenceFlip', // one sentence's predicates all good news, the other's all bad, whatever their families
  'denial', // a denial or reversal word (refuses, postpones, fails) in one sentence only
  'numberClash', // both give figures, none in common
  'numberMissing', // one gives a figure, the other a negation of the counted thing («دون ضحايا»)
  'placeSwap', // each names a place the other does not
  'substitution', // the same words in the same order but for one word (or two) put in another's place
  'overlap', // share of the two sentences' content words that the other has too
  'unmatched', // words of each side the other lacks, log-scaled
  'lexWords', // learned: how much the words only one side has speak for contradiction
  'lexPairs', // learned: pairs of differing words seen as opposites in labelled data
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface LearnedLexicon {
  /** stem → weight (log-odds for contradiction of a word said by one side only). */
  words: Record<string, number>;
  /** "a|b" (sorted) → weight of a word said by one side against a word said by the other. */
  pairs: Record<string, number>;
}

export interface PairReading {
  features: Record<FeatureName, number>;
  evidence: Partial<Record<EvidenceKind, Evidence>>;
}

interface Side {
  words: JudgeWord[];
  content: JudgeWord[];
  /** Every match key of its content words (words.ts). */
  keys: Set<string>;
  negated: JudgeWord[];
  numbers: Map<number, JudgeWord>;
  places: Map<number, JudgeWord>;
  hits: Omit<Hit, 'anchor'>[];
  /** Words with letters (not figures): the length that decides between a whole sentence and its clauses. */
  letterWords: number;
  /** Words right after a figure: its unit («40 دولارا»). */
  afterNumber: Set<JudgeWord>;
}

const ANCHOR_WINDOW = 3;
/** Heads of compound nouns that name a thing, not a predicate: «وقف إطلاق النار» (ceasefire). */
const COMPOUND_HEADS = new Set(['وقف']);
/** Verbal nouns that are a stop only when they govern a noun («تعليق الرحلات»), else a comment. */
const COMMENT_SENSE = new Set(['تعليق'].map((w) => lightStem(w)));
/** Negators that take a verbal noun, which may be a support word before the negated one. */
const SUPPORTED = new Set(['دون', 'بدون', 'ودون', 'عدم', 'وعدم']);
/** Existential words a negation passes through. */
const EXISTENTIAL = new Set(['يوجد', 'توجد', 'هناك', 'ثمة', 'يكون', 'تكون'].map((w) => foldArabic(w)));
/** Verbal nouns that carry another («دون اتخاذ إجراءات»، «عدم وقوع ضحايا»). */
const SUPPORT_NOUNS = new Set(
  ['اتخاذ', 'إجراء', 'إبداء', 'تقديم', 'قيام', 'حصول', 'وجود', 'تسجيل', 'وقوع', 'صدور'].map((w) =>
    lightStem(w),
  ),
);

function negatorAt(words: readonly JudgeWord[], i: number): boolean {
  const w = words[i];
  if (w === undefined || !NEGATORS.has(w.folded)) return false;
  const next = words[i + 1];
  return next === undefined || !NOT_NEGATING_AFTER.has(next.folded);
}

/** A word governed by a negation right before it (one word may stand between: «لم يعد يرفض»). */
function negatedAt(words: readonly JudgeWord[], i: number): JudgeWord | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (negatorAt(words, k)) return words[k];
  return undefined;
}

/** The value of a figure or a number word, if the word is one. */
export function numberOf(w: JudgeWord): number | undefined {
  if (w.digits) {
    const n = Number(asciiDigits(w.folded).replace(/[^\d.]/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  const bare = w.folded.replace(/^[وب]/, '');
  return NUMBER_WORDS.get(w.folded) ?? NUMBER_WORDS.get(bare);
}

// A story compares the same sentences again and again: each text is read once (bounded, pure, so it changes
// nothing but time).
const sides = new Map<string, Side>();
const SIDES_MAX = 20_000;

function side(text: string): Side {
  const hit = sides.get(text);
  if (hit !== undefined) return hit;
  const read = readSide(text);
  if (sides.size >= SIDES_MAX) sides.clear();
  sides.set(text, read);
  return read;
}

function readSide(text: string): Side {
  const words = judgeWords(text);
  const content = words.filter((w) => !w.function && !w.digits);
  const negated = words.filter((_, i) => negatorAt(words, i));
  const numbers = new Map<number, JudgeWord>();
  const places = new Map<number, JudgeWord>();
  for (const w of words) {
    const n = numberOf(w);
    if (n !== undefined) numbers.set(n, w);
    for (const k of w.match) {
      const p = PLACE_OF.get(k);
      if (p !== undefined && !places.has(p)) places.set(p, w);
    }
  }
  return {
    words,
    content,
    keys: new Set(content.flatMap((w) => w.match)),
    negated,
    numbers,
    places,
    hits: familyHits(words),
    letterWords: words.filter((w) => !w.digits).length,
    afterNumber: new Set(words.filter((_, i) => i > 0 && numberOf(words[i - 1] as JudgeWord) !== undefined)),
  };
}

interface Hit {
  family: number;
  /** The pole said, after negation (a negated pole counts as the other). */
  pole: 0 | 1;
  word: JudgeWord;
  /** The word's place in its sentence. */
  index: number;
  negator?: JudgeWord;
  /** The nearest word both sentences share: what the predicate is said of. */
  anchor?: string;
}

/** Every key by which a content word of one sentence meets one of the other. */
const sharedKeys = (a: Side, b: Side): Set<string> => new Set([...a.keys].filter((k) => b.keys.has(k)));

/** Share of the two sentences' content words that the other has too (`only*`: how many it does not). */
const overlapOf = (a: Side, b: Side, onlyA: number, onlyB: number) => {
  const all = a.content.length + b.content.length;
  return (all - onlyA - onlyB) / Math.max(1, all);
};

/** The key by which a word meets the other sentence, if it does. */
const sharedKey = (w: JudgeWord, shared: ReadonlySet<string>) => w.match.find((k) => shared.has(k));

/** The lexicon's predicates a sentence says, with their poles after negation: read once per text (side()). */
function familyHits(words: readonly JudgeWord[]): Omit<Hit, 'anchor'>[] {
  const out: Omit<Hit, 'anchor'>[] = [];
  words.forEach((w, i) => {
    if (w.function) return;
    // «بشرط انسحاب», «يطالب بالإفراج»: a condition or a demand asserts nothing happened.
    if (words.slice(Math.max(0, i - 2), i).some((o) => NOT_ASSERTED.has(o.folded.replace(/^[وف](?=..)/, ''))))
      return;
    // «ترفض التعليق على …»: a refusal to speak of the thing, not of the thing.
    const next = words.slice(i + 1).find((o) => !o.function);
    const speaking = next !== undefined && SPEAKING.has(next.folded);
    // «وقف إطلاق النار» is the ceasefire, a thing, not a stop.
    if (
      next !== undefined &&
      COMPOUND_HEADS.has(w.stem) &&
      next.folded.replace(/^[وبل]/, '').startsWith('اطلاق')
    )
      return;
    // «تعليق» suspends what it governs («تعليق الرحلات»); with «أي» before it or «على» after it, it is a comment
    // («أي تعليق»، «التعليق على …»).
    if (COMMENT_SENSE.has(w.stem)) {
      const before = words[i - 1]?.folded.replace(/^[وب]/, '');
      const after = words[i + 1];
      // The plural is always comments («تعليقات ترامب»).
      if (w.folded.endsWith('ات') || before === 'اي' || after === undefined || after.function) return;
    }
    FAMILY_KEYS.forEach(([p0, p1], family) => {
      const pole = w.lex.some((k) => p0.has(k)) ? 0 : w.lex.some((k) => p1.has(k)) ? 1 : undefined;
      if (pole === undefined || (speaking && FAMILIES[family]?.denial && pole === 1)) return;
      // «لمنع الغش», «للإفراج عن»: after the lam of purpose a verbal noun is an aim, not something done.
      if (/^ل/.test(w.folded) && !p0.has(w.stem) && !p1.has(w.stem)) return;
      const negator = negatedAt(words, i);
      const said = (negator ? 1 - pole : pole) as 0 | 1;
      out.push({ family, pole: said, word: w, index: i, ...(negator ? { negator } : {}) });
    });
  });
  return out;
}

/**
 * The sentence's predicates with what each is said of: the nearest word both sentences share (the next one first:
 * «يهوي بالليرة», «ارتفاع مخزونات»). With `strict` (clauses of long sentences, where names and places recur), the
 * nearest content word whatever it is, marked as this sentence's own when the other lacks it: «ارتفعت أسعار الذهب
 * في الأسواق» against «انخفضت أسعار النفط في الأسواق» are two subjects, not one claim told two ways.
 */
function hits(s: Side, shared: ReadonlySet<string>, strict: boolean): Hit[] {
  return s.hits.map((h) => {
    for (let d = 1; d <= ANCHOR_WINDOW; d++)
      for (const j of [h.index + d, h.index - d]) {
        const o = s.words[j];
        if (o === undefined || o.function || o.digits || o.stem === h.word.stem) continue;
        if (FAMILY_KEYS.some(([p0, p1]) => o.lex.some((k) => p0.has(k) || p1.has(k)))) continue;
        const k = sharedKey(o, shared);
        if (k !== undefined && strict && j > h.index) {
          // «ارتفعت أسعار الذهب» / «انخفضت أسعار النفط»: the word after a head noun says whose prices.
          const tail = s.words[j + 1];
          if (tail !== undefined && !tail.function && !tail.digits)
            return { ...h, anchor: `${k}|${sharedKey(tail, shared) ?? `own:${tail.stem}`}` };
        }
        if (k !== undefined) return { ...h, anchor: k };
        if (strict) return { ...h, anchor: `own:${o.stem}` };
      }
    return h;
  });
}

/** `strict`: clauses of long sentences, read more warily (hits). */
export function readPair(textA: string, textB: string, lexicon: LearnedLexicon, strict = false): PairReading {
  const [a, b] = [side(textA), side(textB)];
  const shared = sharedKeys(a, b);
  const isShared = (w: JudgeWord) => sharedKey(w, shared) !== undefined;
  const evidence: PairReading['evidence'] = {};
  const [ha, hb] = [hits(a, shared, strict), hits(b, shared, strict)];

  // Opposites: the same family, opposite poles, on one anchor; else one pole alone in each sentence.
  let opposite = 0;
  // The negation that made an opposite, when one side's predicate is negated («دون وقوع ضحايا» against «مقتل»).
  let oppositeNegator: { side: 'a' | 'b'; word: JudgeWord } | undefined;
  const noteNegator = (x: { negator?: JudgeWord }, y: { negator?: JudgeWord }) => {
    if (oppositeNegator !== undefined || (x.negator === undefined) === (y.negator === undefined)) return;
    oppositeNegator = x.negator
      ? { side: 'a', word: x.negator }
      : { side: 'b', word: y.negator as JudgeWord };
  };
  // Opposites of a weak family (lexicon.ts), kept apart until the other families have spoken.
  let weakOpposite = 0;
  const weakEvidence: PairReading['evidence'] = {};
  let same = 0;
  let explainedNegation = false;
  FAMILIES.forEach((family, f) => {
    const fa = ha.filter((h) => h.family === f && !isShared(h.word));
    const fb = hb.filter((h) => h.family === f && !isShared(h.word));
    const sameWordA = ha.filter((h) => h.family === f && isShared(h.word));
    const sameWordB = hb.filter((h) => h.family === f && isShared(h.word));
    // One word in both, negated in one: the negation feature's (below), unless the poles differ.
    for (const x of sameWordA)
      for (const y of sameWordB)
        if (
          sharedKey(x.word, shared) === sharedKey(y.word, shared) &&
          x.pole !== y.pole &&
          (x.anchor === y.anchor || !x.anchor || !y.anchor)
        ) {
          if (family.weak) weakOpposite++;
          else opposite++;
          explainedNegation = true;
          noteNegator(x, y);
          (family.weak ? weakEvidence : evidence).opposite ??= {
            kind: 'opposite',
            a: x.negator ?? x.word,
            b: y.negator ?? y.word,
            family: family.id,
            ...((x.negator === undefined) !== (y.negator === undefined) ? { viaNegation: true } : {}),
          };
        }
    if (fa.length === 0 && fb.length === 0) return;
    if (fa.length > 0 && fb.length > 0) {
      let anchored = false;
      for (const x of fa)
        for (const y of fb) {
          if (x.anchor === undefined || x.anchor !== y.anchor) continue;
          anchored = true;
          if (x.pole !== y.pole) {
            if (family.weak) weakOpposite++;
            else opposite++;
            if (x.negator || y.negator) explainedNegation = true;
            // «لم ينسحب» / «انسحب»: one verb, negated on one side: the negation decides, and is the cue.
            const negated =
              sameRoot(x.word.stem, y.word.stem) && (x.negator === undefined) !== (y.negator === undefined);
            noteNegator(x, y);
            (family.weak ? weakEvidence : evidence).opposite ??= {
              kind: 'opposite',
              a: negated ? (x.negator ?? x.word) : x.word,
              b: negated ? (y.negator ?? y.word) : y.word,
              family: family.id,
              anchored: true,
              ...(negated ? { viaNegation: true } : {}),
            };
          } else if (!family.noSame) {
            same++;
            // «لن تنسحب» / «باقية»: a negated opposite agrees, and its negation is accounted for.
            if (x.negator || y.negator) explainedNegation = true;
          }
        }
      // Each said of a word of its own: two subjects, not one claim told two ways.
      const ownSubjects =
        fa.some((h) => h.anchor?.startsWith('own:')) && fb.some((h) => h.anchor?.startsWith('own:'));
      if (!anchored && !ownSubjects) {
        const pa = new Set(fa.map((h) => h.pole));
        const pb = new Set(fb.map((h) => h.pole));
        if (pa.size === 1 && pb.size === 1 && fa[0]!.pole !== fb[0]!.pole) {
          if (family.weak) weakOpposite++;
          else opposite++;
          if (fa.some((h) => h.negator) || fb.some((h) => h.negator)) explainedNegation = true;
          noteNegator(fa[0]!, fb[0]!);
          (family.weak ? weakEvidence : evidence).opposite ??= {
            kind: 'opposite',
            a: fa[0]!.word,
            b: fb[0]!.word,
            family: family.id,
          };
        } else if (pa.size === 1 && pb.size === 1 && !family.noSame) {
          same++;
          if (fa.some((h) => h.negator) || fb.some((h) => h.negator)) explainedNegation = true;
        }
      }
      return;
    }
    // A denial or reversal said by one sentence only, of a family the other does not name.
    if (family.denial) {
      const lone = fa.length > 0 ? fa : fb;
      const other = fa.length > 0 ? b : a;
      // …and not a form of a word the other says («تدين» / «أدانت»).
      const denied = lone.find(
        (h) =>
          h.pole === 1 &&
          h.negator === undefined &&
          !other.content.some((w) => sameRoot(w.stem, h.word.stem)),
      );
      if (denied)
        evidence.denial ??= {
          kind: 'denial',
          ...(fa.length > 0 ? { a: denied.word } : { b: denied.word }),
          family: family.id,
        };
    }
  });

  if (same === 0 && weakOpposite > 0) {
    opposite += weakOpposite;
    evidence.opposite ??= weakEvidence.opposite;
  }

  // Valence: every predicate of the lexicon one sentence says is good news and every one the other says bad
  // («بتكوين تخسر» / «البتكوين تصعد»), across families: two accounts of one claim that cannot both hold.
  const valence = (hs: readonly Hit[]) =>
    hs
      .filter((h) => (FAMILIES[h.family]?.valence ?? 1) !== 0)
      .map((h) => ({ h, v: (h.pole === 0 ? 1 : -1) * (FAMILIES[h.family]?.valence ?? 1) }));
  const [va, vb] = [valence(ha), valence(hb)];
  const sign = (vs: { v: number }[]) =>
    vs.length > 0 && vs.every((x) => x.v > 0) ? 1 : vs.length > 0 && vs.every((x) => x.v < 0) ? -1 : 0;
  const valenceFlip = sign(va) !== 0 && sign(va) === -sign(vb) ? 1 : 0;
  if (valenceFlip && !evidence.opposite)
    evidence.opposite = { kind: 'opposite', a: va[0]?.h.word, b: vb[0]?.h.word, family: 'valence' };

  // Negation said by one side only, of a word both sentences say: «لم يكشف اسمه» in a clause of its own
  // negates nothing the other sentence claims.
  const negating = (s: Side) =>
    s.negated.filter((neg) => {
      const i = s.words.indexOf(neg);
      // The next content word (the verb «لم يوقع», the noun «دون ضحايا»); after «دون» or «عدم», the one after a
      // support noun too («دون اتخاذ إجراءات»). After a verb the next word is its subject, which stays affirmed.
      const next = s.words.slice(i + 1, i + 5).filter((w) => !w.function && !NEGATORS.has(w.folded));
      // «لا يوجد تغيير»: there is no change; the negation is of what comes after the existential verb.
      const first = next[0];
      const reach =
        first !== undefined &&
        ((SUPPORTED.has(neg.folded) && SUPPORT_NOUNS.has(first.stem)) || EXISTENTIAL.has(first.folded))
          ? 2
          : 1;
      return next.slice(0, reach).some(isShared);
    });
  const [negA, negB] = [negating(a), negating(b)];
  const [na, nb] = [negA.length > 0, negB.length > 0];
  const negation = na !== nb && !explainedNegation ? 1 : 0;
  if (negation) evidence.negation = { kind: 'negation', ...(na ? { a: negA[0] } : { b: negB[0] }) };

  // Figures.
  let numberClash = 0;
  let numberMissing = 0;
  // Two figures of one thing: the words after them meet («6 ساعات» / «ثماني ساعات»), or neither has one.
  const unitOf = (s: Side, w: JudgeWord) => s.words[s.words.indexOf(w) + 1];
  const clash = [...a.numbers.values()].flatMap((x) =>
    [...b.numbers.values()]
      .filter((y) => {
        const [ux, uy] = [unitOf(a, x), unitOf(b, y)];
        const [bx, by] = [a.words[a.words.indexOf(x) - 1], b.words[b.words.indexOf(y) - 1]];
        // …and the words before them too: a figure's slot («استمرت المحادثات 6 ساعات» / «انتظر الصحفيون 3 ساعات»).
        const before =
          bx === undefined || by === undefined
            ? bx === by
            : bx.folded === by.folded || bx.match.some((k) => by.match.includes(k));
        // «10 أشخاص» / «12 شخصا»: after 11 the counted noun is singular, one root all the same.
        const unit =
          ux === undefined || uy === undefined
            ? ux === uy
            : ux.match.some((k) => uy.match.includes(k)) || sameRoot(ux.stem, uy.stem);
        return unit && before;
      })
      .map((y) => [x, y] as const),
  );
  if (clash.length > 0 && ![...a.numbers.keys()].some((n) => b.numbers.has(n))) {
    numberClash = 1;
    evidence.number = { kind: 'number', a: clash[0]![0], b: clash[0]![1] };
  } else if (
    oppositeNegator !== undefined &&
    (oppositeNegator.side === 'b'
      ? a.numbers.size > 0 && b.numbers.size === 0
      : b.numbers.size > 0 && a.numbers.size === 0)
  ) {
    // A count against a negated predicate of the same family: «مقتل 7 عمال» / «دون وقوع ضحايا».
    numberMissing = 1;
    evidence.number =
      oppositeNegator.side === 'b'
        ? { kind: 'number', a: [...a.numbers.values()][0], b: oppositeNegator.word }
        : { kind: 'number', a: oppositeNegator.word, b: [...b.numbers.values()][0] };
  } else if ((a.numbers.size > 0 && nb && !na) || (b.numbers.size > 0 && na && !nb)) {
    numberMissing = 1;
    evidence.number = {
      kind: 'number',
      ...(a.numbers.size > 0
        ? { a: [...a.numbers.values()][0], b: negB[0] }
        : { a: negA[0], b: [...b.numbers.values()][0] }),
    };
  }

  // Places: each sentence names one the other does not.
  const onlyPlaceA = [...a.places].filter(([p]) => !b.places.has(p));
  const onlyPlaceB = [...b.places].filter(([p]) => !a.places.has(p));
  const placeSwap = onlyPlaceA.length > 0 && onlyPlaceB.length > 0 ? 1 : 0;
  if (placeSwap) evidence.place = { kind: 'place', a: onlyPlaceA[0]![1], b: onlyPlaceB[0]![1] };

  // Words only one side has, and the learned weights of those words and of their pairs.
  const onlyA = a.content.filter((w) => !isShared(w));
  const onlyB = b.content.filter((w) => !isShared(w));
  const overlap = overlapOf(a, b, onlyA.length, onlyB.length);
  // One word put in another's place, the rest of the sentence kept: another actor, place or object.
  const swap = substitution(a, b, shared, lexicon);
  if (swap && !evidence.place) evidence.swap = { kind: 'swap', a: swap[0], b: swap[1] };
  const unmatched = Math.log1p(onlyA.length) + Math.log1p(onlyB.length);
  let lexWords = 0;
  for (const list of [onlyA, onlyB])
    for (const stem of new Set(list.map((x) => x.stem))) lexWords += lexicon.words[stem] ?? 0;
  let lexPairs = 0;
  let topPair: { a: JudgeWord; b: JudgeWord; v: number } | undefined;
  for (const x of new Map(onlyA.map((w) => [w.stem, w])).values())
    for (const y of new Map(onlyB.map((w) => [w.stem, w])).values()) {
      const v = lexicon.pairs[pairKey(x.stem, y.stem)] ?? 0;
      lexPairs += v;
      if (v > 0 && (topPair === undefined || v > topPair.v)) topPair = { a: x, b: y, v };
    }
  // Only a pair of words can be shown as a reason (model.ts): a single learned word is a weight, not evidence.
  if (topPair) evidence.words = { kind: 'words', a: topPair.a, b: topPair.b, weight: topPair.v };

  return {
    features: {
      negation,
      opposite: Math.min(opposite, 2),
      sameFamily: Math.min(same, 2),
      valenceFlip,
      denial: evidence.denial ? 1 : 0,
      numberClash,
      numberMissing,
      placeSwap,
      substitution: swap ? 1 : 0,
      overlap,
      unmatched,
      lexWords,
      lexPairs,
    },
    evidence,
  };
}

/**
 * What can be told of a pair before reading it: the share of content words in common (as readPair's `overlap`),
 * whether both say a predicate of one family, and how many letter words each has. From the texts' cached reading.
 */
export function quickLook(
  textA: string,
  textB: string,
): { overlap: number; commonFamily: boolean; words: [number, number]; figures: number } {
  const [a, b] = [side(textA), side(textB)];
  const shared = sharedKeys(a, b);
  const unshared = (x: Side) => x.content.filter((w) => sharedKey(w, shared) === undefined).length;
  const families = new Set(a.hits.map((h) => h.family));
  return {
    overlap: overlapOf(a, b, unshared(a), unshared(b)),
    commonFamily: b.hits.some((h) => families.has(h.family)),
    words: [a.letterWords, b.letterWords],
    figures: Math.min(a.numbers.size, b.numbers.size),
  };
}

/** Content-word stems only one side has: what the learned lexicon is counted over (scripts/train-judge.ts). */
export function differingStems(textA: string, textB: string): { a: string[]; b: string[] } {
  const [a, b] = [side(textA), side(textB)];
  const only = (x: Side, y: Side) => [
    ...new Set(x.content.filter((w) => !w.match.some((k) => y.keys.has(k))).map((w) => w.stem)),
  ];
  return { a: only(a, b), b: only(b, a) };
}

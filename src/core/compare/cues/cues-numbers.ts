// Numbers: a quantity with its unit, in digits of any script («6 ساعات», «٦ ساعات»), in words («سبع
// ساعات», «خطوة واحدة»), or as a dual noun («يومين» = 2 days), with its hedge («أكثر من», «نحو»).
//
// `value` format: `[op]N[ unit]`. `op` is empty for an exact number, `~` for an approximate one (نحو،
// حوالي، قرابة، زهاء، ما يقارب), `>` for "more than" (أكثر من، ما يزيد على) and `<` for "less than"
// (أقل من). N has ASCII digits and no separators (1,000 → 1000). A known unit is written in one
// canonical form, its plural («11 ساعة» → `11 ساعات`, «يومين» → `2 أيام`) so that two outlets' counts
// compare; an unknown unit is the next word folded. Examples: `>6 ساعات`, `~7 ساعات`, `2 أيام`, `1 خطوه`.
import { foldArabic } from '../../text/fold-arabic.ts';
import type { Cue } from '../../types.ts';
import { asciiDigits } from './cues-dates.ts';
import { longestAt, phrase, type Token, tokenMatches, withoutConj } from './cues-tokens.ts';

/** Units by canonical plural, with their singular, plural and dual spellings. */
const UNITS: [canonical: string, forms: string[], duals: string[]][] = [
  ['ساعات', ['ساعة', 'ساعات'], ['ساعتين', 'ساعتان']],
  ['أيام', ['يوم', 'أيام', 'يوما'], ['يومين', 'يومان']],
  ['أسابيع', ['أسبوع', 'أسابيع', 'أسبوعا'], ['أسبوعين', 'أسبوعان']],
  ['أشهر', ['شهر', 'أشهر', 'شهور', 'شهرا'], ['شهرين', 'شهران']],
  ['سنوات', ['سنة', 'سنوات', 'سنين', 'عام', 'أعوام', 'عاما'], ['سنتين', 'سنتان', 'عامين', 'عامان']],
  ['دقائق', ['دقيقة', 'دقائق'], ['دقيقتين', 'دقيقتان']],
  ['ليال', ['ليلة', 'ليال', 'ليالي'], ['ليلتين', 'ليلتان']],
  ['مرات', ['مرة', 'مرات'], ['مرتين', 'مرتان']],
  ['كيلومترات', ['كيلومتر', 'كيلومترات', 'كلم', 'كم'], ['كيلومترين']],
  ['قتلى', ['قتيل', 'قتلى', 'قتيلا'], ['قتيلين']],
  ['جنود', ['جندي', 'جنود', 'جنديا'], ['جنديين']],
  ['أشخاص', ['شخص', 'أشخاص', 'شخصا'], ['شخصين']],
  ['دولارات', ['دولار', 'دولارات', 'دولارا'], ['دولارين']],
  ['بنود', ['بند', 'بنود', 'بندا'], ['بندين']],
  ['وفود', ['وفد', 'وفود', 'وفدا'], ['وفدين']],
  ['جولات', ['جولة', 'جولات'], ['جولتين', 'جولتان']],
];
const UNIT_OF = new Map<string, string>();
const DUAL_OF = new Map<string, string>();
for (const [canonical, forms, duals] of UNITS) {
  for (const f of forms) UNIT_OF.set(foldArabic(f), canonical);
  for (const d of duals) DUAL_OF.set(foldArabic(d), canonical);
}
/** Number words, folded, with their value. Multipliers scale a number before them («3 آلاف»). */
/** Number words (folded) and their values; shared with the fact comparison (fact-numbers.ts). */
export const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    واحد: 1,
    واحده: 1,
    اثنان: 2,
    اثنتان: 2,
    ثلاث: 3,
    ثلاثه: 3,
    اربع: 4,
    اربعه: 4,
    خمس: 5,
    خمسه: 5,
    ست: 6,
    سته: 6,
    سبع: 7,
    سبعه: 7,
    ثماني: 8,
    ثمانيه: 8,
    ثمان: 8,
    تسع: 9,
    تسعه: 9,
    عشر: 10,
    عشره: 10,
    عشرون: 20,
    عشرين: 20,
    ثلاثون: 30,
    ثلاثين: 30,
    اربعون: 40,
    اربعين: 40,
    خمسون: 50,
    خمسين: 50,
    مئه: 100,
    مائه: 100,
    اثنين: 2,
    اثنتين: 2,
    الف: 1000,
  }),
);
const MULTIPLIERS = new Map<string, number>(
  Object.entries({ الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9 }),
);
const HEDGES: [op: string, phrases: string[]][] = [
  ['>', ['أكثر من', 'ما يزيد على', 'ما يزيد عن', 'أزيد من', 'ما يربو على', 'اكثر من']],
  ['<', ['أقل من', 'ما دون', 'أدنى من']],
  ['~', ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'ما يقرب من']],
];
const HEDGE_PHRASES = HEDGES.flatMap(([op, list]) => list.map((w) => ({ op, p: phrase(w, 'all') })));
/** Words that never stand as a unit after a number. */
const NOT_UNIT = new Set('من في على الى الي عن مع او و ان الذي التي حتى حتي منذ'.split(' '));
const DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*$/;

/** The number a digit group stands for: «1,000» and «١٬٠٠٠» are 1000, «6.5» and «٦٫٥» are 6.5. */
function digitValue(raw: string): number {
  const s = asciiDigits(raw);
  // A comma or ٬ before exactly three digits groups thousands; otherwise it is a decimal point.
  const grouped = s.replace(/[,٬](?=\d{3}(?:\D|$))/g, '');
  return Number(grouped.replace(/[,٫٬]/g, '.'));
}

const unitOf = (t: Token | undefined): string | undefined => {
  if (!t || t.clauseStart) return undefined;
  const w = withoutConj(t.bare ?? t.fold);
  if (NOT_UNIT.has(w) || !/^\p{L}+$/u.test(w)) return undefined;
  return UNIT_OF.get(w) ?? UNIT_OF.get(t.fold) ?? w;
};

/**
 * `taken`: characters already claimed by dates (a year or «12 يناير» is no quantity).
 */
export function findNumbers(text: string, tokens: Token[], taken: (i: number) => boolean): Cue[] {
  const cues: Cue[] = [];
  const push = (first: number, last: number, value: string) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    cues.push({ kind: 'number', text: text.slice(start, end), start, end, value });
  };
  const hedgeBefore = (i: number): { op: string; first: number } => {
    for (const { op, p } of HEDGE_PHRASES) {
      const n = p.words.length;
      if (i - n >= 0 && longestAt(tokens, i - n, [p]) === n && !tokens[i]!.clauseStart)
        return { op, first: i - n };
    }
    return { op: '', first: i };
  };
  for (let i = 0; i < tokens.length; i++) {
    if (taken(i)) continue;
    const t = tokens[i]!;
    const w = withoutConj(t.fold);
    let n: number | undefined;
    if (DIGITS.test(t.raw)) n = digitValue(t.raw);
    else if (NUMBER_WORDS.has(w) && tokens[i + 1] && UNIT_OF.has(tokens[i + 1]!.bare ?? tokens[i + 1]!.fold))
      n = NUMBER_WORDS.get(w);
    if (n !== undefined) {
      let last = i;
      const multiplier = tokens[i + 1] && MULTIPLIERS.get(tokens[i + 1]!.fold);
      if (multiplier && !tokens[i + 1]!.clauseStart) {
        n *= multiplier;
        last++;
      }
      const unit = unitOf(tokens[last + 1]);
      if (unit !== undefined) last++;
      const { op, first } = hedgeBefore(i);
      push(first, last, `${op}${n}${unit ? ` ${unit}` : ''}`);
      i = last;
      continue;
    }
    // A dual noun is a count of two: «يومين», «ساعتين».
    const dual = DUAL_OF.get(t.bare ?? t.fold) ?? DUAL_OF.get(w);
    if (dual) {
      const { op, first } = hedgeBefore(i);
      push(first, i, `${op}2 ${dual}`);
      continue;
    }
    // «خطوة واحدة»: one, after its noun.
    const next = tokens[i + 1];
    if (
      next &&
      !next.clauseStart &&
      (next.fold === 'واحده' || next.fold === 'واحد') &&
      /^\p{L}{2,}$/u.test(w)
    ) {
      if (!tokenMatches(t, 'ال*', 'none')) {
        push(i, i + 1, `1 ${UNIT_OF.get(w) ?? w}`);
        i++;
      }
    }
  }
  return cues;
}

export interface Quantity {
  op: '' | '~' | '>' | '<';
  n: number;
  unit?: string;
}

export function parseQuantity(value: string): Quantity | undefined {
  const m = value.match(/^([~<>]?)(\d+(?:\.\d+)?)(?: (.+))?$/);
  if (!m) return undefined;
  return { op: m[1] as Quantity['op'], n: Number(m[2]), ...(m[3] ? { unit: m[3] } : {}) };
}

/** The range a quantity allows: an approximate number is taken as ±15 %. */
function range(q: Quantity): [number, number] {
  if (q.op === '>') return [q.n, Number.POSITIVE_INFINITY];
  if (q.op === '<') return [0, q.n];
  if (q.op === '~') return [q.n * 0.85, q.n * 1.15];
  return [q.n, q.n];
}

/**
 * How two number values relate: `same` (equal), `compatible` (ranges overlap: «أكثر من 6 ساعات» and
 * «نحو سبع ساعات»), `conflict` (same unit, ranges apart: «6 ساعات» and «9 ساعات»), or `unrelated`
 * (different units, or a value that is no quantity).
 */
export function compareQuantities(a: string, b: string): 'same' | 'compatible' | 'conflict' | 'unrelated' {
  const qa = parseQuantity(a);
  const qb = parseQuantity(b);
  if (!qa || !qb || qa.unit !== qb.unit) return 'unrelated';
  if (qa.op === qb.op && qa.n === qb.n) return 'same';
  const [a0, a1] = range(qa);
  const [b0, b1] = range(qb);
  return a0 <= b1 && b0 <= a1 ? 'compatible' : 'conflict';
}

// Numbers as compared between two reports of one fact: a value, its unit and how hedged it is, so
// «أكثر من 6 ساعات» and «نحو سبع ساعات» are two ranges of hours that can be set side by side.

import { NUMBER_WORDS } from '../../compare/cues/cues-numbers.ts';
import { foldArabic } from '../../text/fold-arabic.ts';
import type { Cue } from '../../types.ts';

export interface Quantity {
  low: number;
  high: number;
  /** The unit's key: folded, without the article, singular/dual/plural set aside (ساعات/ساعه/ساعتين → ساع). */
  unit: string;
}

const ARABIC_INDIC = /[٠-٩۰-۹]/g;
const asciiDigits = (s: string) =>
  s.replace(ARABIC_INDIC, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });

// Hedges and how far each lets the value go: «أكثر من 6» is above 6, «نحو 7» is 7 give or take.
const MORE = /(اكثر|ازيد|يزيد|يفوق)\s+(من|عن|على)?\s*$|^(اكثر|ازيد)\s+(من|عن)\s/;
const LESS = /(اقل|دون)\s+(من)?\s*$|^اقل\s+من\s/;
const ABOUT = /(نحو|حوالي|حوالى|قرابه|زهاء|ما\s+يقارب|تقريبا|قرابة)\s*$|^(نحو|حوالي|حوالى|قرابه|زهاء)\s/;

function unitKey(word: string): string {
  let w = foldArabic(word).replace(/^(وال|بال|لل|ال)/, '');
  // Dual and sound plurals, then the feminine ending: ساعتين/ساعتان/ساعات/ساعه → ساع.
  w = w.replace(/(تين|تان|ات|ين|ان|ون|ه)$/, '');
  return w;
}

/**
 * The unit's consonants: a broken plural and its singular differ in long vowels and hamza only
 * («أعضاء»/«عضو», «بنود»/«بند», «دقائق»/«دقيقة»), so both keep the same skeleton. Under three
 * letters (يوم → م) a skeleton says too little, and the unit itself stands.
 */
function unitSkeleton(unit: string): string {
  const skeleton = unit.replace(/[اويىءئؤأإآ]/g, '');
  return skeleton.length >= 2 ? skeleton : unit;
}

export const sameUnit = (a: string, b: string): boolean => a === b || unitSkeleton(a) === unitSkeleton(b);

// The cue detector writes a hedge as the value's first character: «~6 ساعات», «>6 ساعات», «<5 ساعات».
const OP = /^([~<>])/;

/**
 * The quantity a number cue states, reading the hedge just before it in the sentence. Null when the
 * cue has no value or unit this can read (a year, a bare number).
 */
export function quantityOf(cue: Cue, sentenceText: string): Quantity | null {
  const op = (cue.value ?? '').match(OP)?.[1];
  const folded = foldArabic(asciiDigits(cue.value ?? cue.text)).replace(OP, '');
  const words = folded.split(/\s+/).filter((w) => w !== '');
  let value: number | undefined;
  let unitIndex = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const digits = w.match(/^\d+(?:[.,]\d+)?$/);
    const n = digits ? Number(w.replace(',', '.')) : NUMBER_WORDS.get(w);
    if (n !== undefined && !Number.isNaN(n)) {
      value = n;
      unitIndex = i + 1;
      break;
    }
  }
  // A dual noun alone is a number: «يومين», «ساعتين».
  if (value === undefined && words.length === 1 && /(تين|ين|ان)$/.test(words[0] ?? '')) {
    value = 2;
    unitIndex = 0;
  }
  const unitWord = words[unitIndex];
  if (value === undefined || unitWord === undefined) return null;
  const unit = unitKey(unitWord);
  if (unit.length < 2) return null;
  const before = foldArabic(sentenceText.slice(Math.max(0, cue.start - 16), cue.start));
  const own = folded;
  if (op === '>') return { low: value, high: Number.POSITIVE_INFINITY, unit };
  if (op === '<') return { low: 0, high: value, unit };
  if (op === '~') return { low: value * 0.85, high: value * 1.15, unit };
  if (MORE.test(before) || MORE.test(own)) return { low: value, high: Number.POSITIVE_INFINITY, unit };
  if (LESS.test(before) || LESS.test(own)) return { low: 0, high: value, unit };
  if (ABOUT.test(before) || ABOUT.test(own)) return { low: value * 0.85, high: value * 1.15, unit };
  return { low: value, high: value, unit };
}

/** `clear`: no value fits both; `soft`: the values differ but the hedges let them meet; null: the same. */
export function compareQuantities(a: Quantity, b: Quantity): 'clear' | 'soft' | null {
  if (!sameUnit(a.unit, b.unit)) return null;
  const exactA = a.low === a.high;
  const exactB = b.low === b.high;
  if (exactA && exactB) return a.low === b.low ? null : 'clear';
  const overlap = a.low <= b.high && b.low <= a.high;
  if (!overlap) return 'clear';
  // The same stated value under two hedges («أكثر من 6» / «6») is one report, not two.
  const stated = (q: Quantity) =>
    q.high === Number.POSITIVE_INFINITY ? q.low : q.low === 0 ? q.high : (q.low + q.high) / 2;
  return Math.abs(stated(a) - stated(b)) < 1e-9 ? null : 'soft';
}

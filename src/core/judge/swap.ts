// One word put in another's place in otherwise the same sentence: another actor, place or object («مصر» /
// «السودان», «النفط» / «الذهب»), unless the two words are one root, synonyms people's labels show, a verb, a
// figure's unit or a circumstance. And the root test the judge uses elsewhere.
import type { LearnedLexicon } from './features.ts';
import { NOT_SWAPPED, PLACE_OF } from './lexicon.ts';
import type { JudgeWord } from './words.ts';

/** What a substitution reads of a sentence: its content words, and the words right after a figure. */
export interface SwapSide {
  content: JudgeWord[];
  afterNumber: ReadonlySet<JudgeWord>;
}

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** The consonants of a stem: no person or place prefix, no long vowels («محارب» → حرب, «يلتقي» → لتق). */
function skeleton(stem: string): string {
  const bare = stem.length > 3 ? stem.replace(/^(است|ان|ت|ي|ن|م|ا)/, '') : stem;
  return bare.replace(/[اويءئؤ]/g, '');
}

function lcs(x: string, y: string): number {
  const row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let prev = 0;
    for (let j = 1; j <= y.length; j++) {
      const keep = row[j] as number;
      row[j] = x[i - 1] === y[j - 1] ? prev + 1 : Math.max(row[j] as number, row[j - 1] as number);
      prev = keep;
    }
  }
  return row[y.length] as number;
}

/** Two stems of one root, as far as their consonants tell: all but one of the shorter skeleton's, in order. */
export function sameRoot(x: string, y: string): boolean {
  const [sx, sy] = [skeleton(x), skeleton(y)];
  const n = lcs(sx, sy);
  return n >= 2 && n >= Math.min(sx.length, sy.length) - (Math.min(sx.length, sy.length) > 3 ? 1 : 0);
}

/** Most of the shorter sentence kept in order around the gap. */
const KEPT_SHARE = 0.6;
/** A present or future verb: «يصل»، «تنسحب»، «وسيصل». */
const VERB_PREFIX = /^[وف]?س?[يتن][^\s]{2,}$/;
const MAX_GAP = 2;

/**
 * The two words of a substitution: the sentences' content words align in order (longest common subsequence
 * on match keys) over at least KEPT_SHARE of the shorter one, and exactly one gap has words on both sides,
 * at most MAX_GAP each, neither of them a word the other sentence has elsewhere.
 */
export function substitution(
  sa: SwapSide,
  sb: SwapSide,
  shared: ReadonlySet<string>,
  lexicon: LearnedLexicon,
): [JudgeWord, JudgeWord] | undefined {
  const [a, b] = [sa.content, sb.content];
  const [n, m] = [a.length, b.length];
  if (n === 0 || m === 0) return undefined;
  const same = (x: JudgeWord, y: JudgeWord) => x.match.some((k) => shared.has(k) && y.match.includes(k));
  const table = Array.from({ length: n + 1 }, () => new Int16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] = same(a[i]!, b[j]!)
        ? table[i + 1]![j + 1]! + 1
        : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const kept = table[0]![0]!;
  // The same sentence with one word changed: as long as the other, not a sentence with a clause added.
  if (Math.abs(n - m) > MAX_GAP || kept < KEPT_SHARE * Math.min(n, m) || kept === 0) return undefined;
  const gaps: [JudgeWord[], JudgeWord[]][] = [];
  let [i, j] = [0, 0];
  let gap: [JudgeWord[], JudgeWord[]] = [[], []];
  const close = () => {
    if (gap[0].length > 0 && gap[1].length > 0) gaps.push(gap);
    gap = [[], []];
  };
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i]!, b[j]!)) {
      close();
      i++;
      j++;
    } else if (j >= m || (i < n && table[i + 1]![j]! >= table[i]![j + 1]!)) gap[0].push(a[i++]!);
    else gap[1].push(b[j++]!);
  }
  close();
  if (gaps.length !== 1) return undefined;
  const [ga, gb] = gaps[0]!;
  if (ga.length > MAX_GAP || gb.length > MAX_GAP) return undefined;
  if ([...ga, ...gb].some((w) => w.match.some((k) => shared.has(k) || NOT_SWAPPED.has(k)))) return undefined;
  // Names and objects are swapped, not verbs: a verb changed is a predicate (families, negation, timing). Nor
  // a circumstance after a preposition («بحضور» / «بمشاركة»), nor a figure's unit («2 بالمئة» / «40 دولارا»).
  const [wa, wb] = [ga[0]!, gb[0]!];
  if (VERB_PREFIX.test(wa.folded) || VERB_PREFIX.test(wb.folded)) return undefined;
  if (
    /^[بلك]/.test(wa.folded) &&
    wa.folded[0] === wb.folded[0] &&
    !PLACE_OF.has(wa.stem) &&
    !PLACE_OF.has(wb.stem)
  )
    return undefined;
  if (ga.some((w) => sa.afterNumber.has(w)) || gb.some((w) => sb.afterNumber.has(w))) return undefined;
  // One root in two forms («محاربة» / «الحرب», «كوريا» / «كوري»), or words people's labels show as meaning
  // the same, are a rewording, not another thing.
  if (
    ga.some((x) =>
      gb.some((y) => sameRoot(x.stem, y.stem) || (lexicon.pairs[pairKey(x.stem, y.stem)] ?? 0) < 0),
    )
  )
    return undefined;
  return [ga[0]!, gb[0]!];
}

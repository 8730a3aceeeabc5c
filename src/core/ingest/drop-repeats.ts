// A page that carries its body twice: a line equal (spaces aside) to one already kept is
// 'repeated'. Short lines count only inside a run of long repeats, since a short label can
// legitimately occur twice.
import { squeezeSpaces } from '../text/fold-arabic.ts';
import { countWords } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

const LONG_WORDS = 6;

export function dropRepeats(draft: Draft): Draft {
  const seen = new Set<string>();
  if (draft.title !== null) seen.add(squeezeSpaces(draft.title));
  const repeated = new Set<number>();
  const shortEchoes: number[] = [];
  draft.lines.forEach((l, i) => {
    if (!isPending(l)) return;
    const key = squeezeSpaces(l.text);
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    if (countWords(l.text) >= LONG_WORDS) repeated.add(i);
    else shortEchoes.push(i);
  });
  const neighbourRepeated = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < draft.lines.length; j += step) {
      const l = draft.lines[j]!;
      if (l.text === '') continue;
      return repeated.has(j);
    }
    return false;
  };
  for (const i of shortEchoes) if (neighbourRepeated(i, -1) || neighbourRepeated(i, 1)) repeated.add(i);
  return withReasons(draft, new Map<number, RemovalReason>([...repeated].map((i) => [i, 'repeated'])));
}

// A page that carries its body twice: a line equal (spaces aside) to one already kept is
// 'repeated'. Short lines count only inside a run of long repeats, since a short label can
// legitimately occur twice. But a short line that occurs three times or more is a page widget's label
// ("شارك على فيسبوك" under every paragraph): every copy is 'repeated', except that the first is kept
// when the line reads as a sentence (a finished sentence of three words or more said again and again).
import { squeezeSpaces } from '../text/fold-arabic.ts';
import { countWords, endsSentence } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

const LONG_WORDS = 6;
/** A line of fewer words than this, occurring at least LABEL_TIMES times, is a label. */
const LABEL_WORDS = 8;
const LABEL_TIMES = 3;

/** Reads as a sentence, not a label: three words or more, ending like a finished sentence. */
const readsAsSentence = (text: string) => endsSentence(text) && countWords(text) >= 3;

export function dropRepeats(draft: Draft): Draft {
  const seen = new Set<string>();
  const times = new Map<string, number>();
  const count = (text: string) => {
    if (countWords(text) >= LABEL_WORDS) return;
    const key = squeezeSpaces(text);
    times.set(key, (times.get(key) ?? 0) + 1);
  };
  if (draft.title !== null) seen.add(squeezeSpaces(draft.title));
  // Every occurrence in the file counts, those an earlier pass removed (as a header, say) too.
  for (const l of draft.lines) if (l.text !== '') count(l.text);
  const repeated = new Set<number>();
  const shortEchoes: number[] = [];
  draft.lines.forEach((l, i) => {
    if (!isPending(l)) return;
    const key = squeezeSpaces(l.text);
    if ((times.get(key) ?? 0) >= LABEL_TIMES) {
      if (seen.has(key) || !readsAsSentence(l.text)) repeated.add(i);
      seen.add(key);
      return;
    }
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

// The headline: the first substantial line left above the body. Pages without one get null.
import { type Draft, isPending, withReasons } from './draft.ts';

export function findTitle(draft: Draft): Draft {
  const index = draft.lines.findIndex((l, i) => i < draft.bodyStart && isPending(l));
  const line = draft.lines[index];
  if (!line) return { ...draft, title: null };
  return withReasons({ ...draft, title: line.text, titleIndex: index }, new Map([[index, 'title' as const]]));
}

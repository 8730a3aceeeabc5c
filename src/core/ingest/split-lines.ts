import type { DraftLine } from './draft.ts';

/**
 * One entry per line of the decoded text, numbered from 1. CRLF, LF and lone CR all end a line.
 * Lines are trimmed; JavaScript's trim also removes NBSP, so an NBSP-only line becomes blank.
 */
export function splitLines(text: string): DraftLine[] {
  return text.split(/\r\n|\n|\r/).map((raw, i) => ({ line: i + 1, text: raw.trim() }));
}

import { BLANK_CHARS, INVISIBLE_CHARS } from '../text/fold-arabic.ts';
import type { DraftLine } from './draft.ts';

const EDGE = new RegExp(`[\\s${INVISIBLE_CHARS}${BLANK_CHARS}]`, 'u');

/**
 * `line` without whitespace, blank-looking or invisible characters (a Hangul filler, a BOM in mid-file, …)
 * at its ends: they show nothing, and would keep a pattern anchored at an end from matching. A loop, not a
 * `…+$` pattern, so a long run of spaces inside a line costs no backtracking.
 */
export function trimLine(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && EDGE.test(line[start]!)) start++;
  while (end > start && EDGE.test(line[end - 1]!)) end--;
  return line.slice(start, end);
}

/**
 * One entry per line of the decoded text, numbered from 1. CRLF, LF and lone CR all end a line.
 * Lines are trimmed of whitespace (NBSP too, so an NBSP-only line becomes blank) and of invisible
 * characters at their ends.
 */
export function splitLines(text: string): DraftLine[] {
  return text.split(/\r\n|\n|\r/).map((raw, i) => ({ line: i + 1, text: trimLine(raw) }));
}

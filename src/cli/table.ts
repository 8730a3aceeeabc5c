// Plain-terminal layout: columns padded by the width a terminal gives each character, and short quotes.
import { logSafe } from '../build/seeds-plugin.ts';

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
// East Asian wide and fullwidth characters and emoji take two cells; Arabic letters take one, their marks none.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** How many terminal cells the text takes (combining marks none, wide characters two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += ZERO_WIDTH.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return width;
}

/** Text from an article or a file name, safe to print: control and bidi characters escaped, as in the build log. */
export const safe = logSafe;

/** The widest a column grows. */
const MAX_COLUMN = 48;

/**
 * Rows as aligned columns, two spaces apart, each line indented, every cell made safe to print. The last column
 * is not padded, so Arabic quotes (which a terminal with bidi may reorder) belong there.
 */
export function table(cells: string[][], indent = '  '): string[] {
  const rows = cells.map((row) => row.map(safe));
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      const width = displayWidth(cell);
      // One very long cell (a 200-character file name) overflows its own row rather than widen every row.
      if (width <= MAX_COLUMN) widths[i] = Math.max(widths[i] ?? 0, width);
    });
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell))),
        )
        .join('  ')
        .trimEnd(),
  );
}

/** A quote cut at a word to about `max` cells, in «», made safe to print. */
export function quote(text: string, max = 40): string {
  const words = text.trim().split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (displayWidth(next) > max) {
      out = out ? `${out} …` : `${[...word].slice(0, max).join('')}…`;
      break;
    }
    out = next;
  }
  return `«${safe(out)}»`;
}

// Plain-text tables and the few statistics the benchmark reports. Pure (tests/bench/format.test.ts).

/** A column's cells are right-aligned when every non-empty one reads as a number (with a unit or not). */
const NUMERIC = /^[<>≤~+-]?\d[\d,.]*(\s?[a-zA-Z%×]+)?$/;

/**
 * Rows under a header, columns padded to their widest cell, numbers right-aligned, two spaces between
 * columns, a rule under the header. Cells are plain ASCII or short Latin text: the bench prints no Arabic.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = header.map((_, c) => {
    const cells = rows.map((r) => r[c] ?? '').filter((cell) => cell !== '' && cell !== '—');
    return cells.length > 0 && cells.every((cell) => NUMERIC.test(cell));
  });
  const line = (cells: readonly string[]) =>
    header
      .map((_, c) => {
        const cell = cells[c] ?? '';
        return numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Bytes as kB of 1,000 bytes with one decimal, e.g. "143.2 kB", as tests/e2e/budgets.e2e.ts counts them. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Milliseconds as "850 ms" or, from ten seconds, "12.3 s". */
export function duration(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Kibibytes (as `maxRSS` gives them) as MiB. */
export const mib = (kibibytes: number) => `${Math.round(kibibytes / 1024)} MiB`;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * How fast a cost grows between two sizes: the exponent k in cost ∝ n^k (1 linear, 2 quadratic, 3 cubic).
 * Undefined when either cost is zero or the sizes are equal.
 */
export function growthExponent(n1: number, cost1: number, n2: number, cost2: number): number | undefined {
  if (n1 <= 0 || n2 <= 0 || n1 === n2 || cost1 <= 0 || cost2 <= 0) return undefined;
  return Math.log(cost2 / cost1) / Math.log(n2 / n1);
}

// A CSV writer for tables whose cells may hold untrusted article text: RFC 4180 quoting, CRLF line ends, and a
// byte order mark, because Excel reads a BOM-less CSV in the machine's ANSI code page and turns Arabic into
// mojibake. Pure: it returns the text; the caller decides where it goes.

/** U+FEFF: written first, so spreadsheet programs know the file is UTF-8. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`, and `-`/`+`
 * for arithmetic); tab and CR are listed by OWASP because some programs drop them before looking. A quote
 * mark in front makes the cell plain text in Excel, LibreOffice and Google Sheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a formula, then quotes the cell when it holds a comma, a quote mark or a line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The table as CSV: BOM, one record per row, every record as wide as the widest row (short rows are padded
 * with empty cells, as RFC 4180 asks for one field count), each ended by CRLF. No rows gives the BOM alone.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const records = rows.map((row) => {
    const cells = Array.from({ length: width }, (_, i) => csvField(row[i] ?? ''));
    return cells.join(',') + CRLF;
  });
  return BOM + records.join('');
}

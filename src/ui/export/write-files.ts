// What the export menu writes, fetched when the reader first exports: the CSV and JSON writers are not needed to
// read the comparison.
import { corpusJson, type ExportKind, exportFileName } from '../../core/export/corpus-file.ts';
import { toCsv } from '../../core/export/csv.ts';
import type { Corpus } from '../../core/types.ts';
import type { Matrix } from '../../state/comparison-selectors.ts';
import { downloadText } from './download.ts';
import { type MatrixWords, matrixRows } from './matrix-rows.ts';

/** The file name an export of `kind` gets today. */
export function exportName(corpus: Corpus, kind: ExportKind): string {
  return exportFileName(corpus.story, kind, new Date());
}

/** Writes the export and hands it to the browser as a download; throws when it cannot. */
export function writeExport(
  kind: ExportKind,
  file: string,
  corpus: Corpus,
  matrix: Matrix,
  words: MatrixWords,
): void {
  if (kind === 'json') downloadText(file, corpusJson(corpus), 'application/json');
  else downloadText(file, toCsv(matrixRows(matrix, words)), 'text/csv;charset=utf-8');
}

// Files chosen or dropped → inputs for the analysis. Only the start of a file over the limit is read: the
// analysis refuses it by its size, and a huge file is not copied whole into the worker.
import type { AddedInput, OutletChoice } from '../../core/add-articles.ts';

/** One article's limit (src/core/ingest/decode-bytes.ts, MAX_ARTICLE_BYTES); a byte more proves a file is over it. */
const READ_AT_MOST = 1024 * 1024 + 1;

export async function readFiles(
  files: readonly File[],
  outlet: OutletChoice | undefined,
): Promise<AddedInput[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.slice(0, READ_AT_MOST).arrayBuffer()),
      size: file.size,
      ...(outlet ? { outlet } : {}),
    })),
  );
}

import { shortHash } from '../text/hash.ts';

/** A name an id can stand for as it is: lower-case letters, digits, `_` and `-`, then `.txt`. */
const PLAIN_NAME = /^[a-z0-9_-]+\.txt$/;

/**
 * `000_9f2c41a0.txt` → `000-9f2c41a0`, `report.txt` → `report`. Any other name (capitals,
 * spaces, brackets, Arabic, another extension) also carries a short hash of the exact name, so its id does
 * not depend on which other files are in the folder: `Report.txt` → `report-<hash>` beside `report.txt` or
 * alone; `my article [draft].txt` → `my-article-draft-<hash>`; `خبر (نسخة) 2.txt` → `2-<hash>`; a name
 * with nothing an id can hold → `article-<hash>`. Plain names that still meet (`a_b.txt`, `a-b.txt`) are
 * told apart by `uniqueId`.
 */
export function articleIdFromFile(file: string): string {
  const stem = file.replace(/\.[^./\\]*$/, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') return `article-${shortHash(file)}`;
  return PLAIN_NAME.test(file) ? id : `${id}-${shortHash(file)}`;
}

/** `id`, or `id-2`, `id-3` … — the first not in `taken`. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

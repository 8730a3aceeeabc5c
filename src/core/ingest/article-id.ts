import { shortHash } from '../text/hash.ts';

/**
 * `000_6FE5.txt` → `000-6fe5`; `my article [draft].txt` → `my-article-draft`. Letters and digits an id
 * cannot hold (Arabic, accented) are replaced by a short hash of the whole name, so names that differ
 * only in them keep different ids: `خبر (نسخة) 2.txt` → `2-<hash>`, `خبر.txt` → `article-<hash>`.
 */
export function articleIdFromFile(file: string): string {
  const stem = file.replace(/\.[^./\\]*$/, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') return `article-${shortHash(file)}`;
  return /[^\P{L}A-Za-z]|[^\P{N}0-9]/u.test(stem) ? `${id}-${shortHash(file)}` : id;
}

/** `id`, or `id-2`, `id-3` … — the first not in `taken`. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

import { shortHash } from '../text/hash.ts';

/** `000_6FE5.txt` → `000-6fe5`; a name with no Latin letter or digit → `article-<hash>`. */
export function articleIdFromFile(file: string): string {
  const stem = file.replace(/\.[^./\\]*$/, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? `article-${shortHash(file)}` : id;
}

/** `id`, or `id-2`, `id-3` … — the first not in `taken`. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

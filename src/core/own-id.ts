// The id of a reader's own article: `own-` and a hash of its text, so the same text always has the same id, and a
// story file's record can be checked against its text. Apart from add-articles.ts, which pulls in the comparison.
import { shortHash } from './text/hash.ts';
import { sameTextKey } from './text/same-text.ts';
import { OWN_PREFIX } from './types.ts';

/** Two FNV hashes (the second over a shifted seed) give 64 bits: collisions among one reader's texts are not a worry. */
function contentHash(key: string): string {
  const pad = (h: string) => h.padStart(7, '0');
  return `${pad(shortHash(key))}${pad(shortHash(`\u0001${key}`))}`;
}

/** The id of an added article: `own-` and a hash of its text, unless a bundled article already has it. */
export function ownArticleId(text: string, taken: ReadonlySet<string> = new Set()): string {
  const base = `${OWN_PREFIX}${contentHash(sameTextKey(text))}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Whether `id` is what `ownArticleId` gives `text` (allowing the suffix a clash with a bundled id adds). */
export function idFitsText(id: string, text: string): boolean {
  const base = ownArticleId(text);
  return id === base || new RegExp(`^${base}-\\d+$`).test(id);
}

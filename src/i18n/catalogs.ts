// The catalogs: Arabic, the default, is in the entry chunk; English is a chunk of its own, fetched by readers who
// ask for it (the link's `lang=en` or the switch), so Arabic readers never download it.
import { ar, type MessageId } from './ar.ts';
import type { Lang } from './locale.ts';

export type Catalog = Record<MessageId, string>;

const loaded: Partial<Record<Lang, Catalog>> = { ar };

/** The catalog of `lang` if it is here already. */
export function catalogIfLoaded(lang: Lang): Catalog | undefined {
  return loaded[lang];
}

/** The catalog of `lang`, fetched once. */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  const here = loaded[lang];
  if (here) return here;
  const catalog: Catalog = lang === 'en' ? (await import('./en.ts')).en : ar;
  loaded[lang] = catalog;
  return catalog;
}

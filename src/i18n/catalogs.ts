// The catalogs: Arabic, the default, is in the entry chunk, all but the strings of lazily loaded parts (the add
// dialog, the overview, the story dialogs), which come in a chunk of their own with those parts (`loadLate`).
// English is a chunk of its own, whole, fetched by readers who ask for it (the link's `lang=en` or the switch),
// so Arabic readers never download it.
import { ar, type MessageId } from './ar.ts';
import type { Lang } from './locale.ts';

export type Catalog = Record<MessageId, string>;

/** Arabic before its late strings arrive lacks them: only parts that wait for `loadLate` ask for those. */
const loaded: Partial<Record<Lang, Catalog>> = { ar: ar as Catalog };

let version = 0;
const listeners = new Set<() => void>();
const changed = () => {
  version++;
  for (const listener of listeners) listener();
};

/** For useSyncExternalStore: the catalogs changed (the late strings arrived). */
export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const catalogsVersion = (): number => version;

/** The catalog of `lang` if it is here already. */
export function catalogIfLoaded(lang: Lang): Catalog | undefined {
  return loaded[lang];
}

/** The catalog of `lang`, fetched once. */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  const here = loaded[lang];
  if (here) return here;
  const catalog: Catalog = lang === 'en' ? (await import('./en.ts')).en : (ar as Catalog);
  loaded[lang] = catalog;
  return catalog;
}

let late: Promise<void> | undefined;

/** The Arabic strings of the lazily loaded parts, fetched once; a failed fetch is tried again next time. */
export function loadLate(): Promise<void> {
  late ??= import('./ar-late.ts').then(
    ({ arLate }) => {
      loaded.ar = { ...ar, ...arLate };
      changed();
    },
    (error: unknown) => {
      late = undefined;
      throw error;
    },
  );
  return late;
}

/** A lazy part's loader that brings its strings with it: `lazy(withStrings(() => import('./Part.tsx')…))`. */
export function withStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadLate()]).then(([part]) => part);
}

// Country names in the interface language, from the platform's own CLDR data (Intl.DisplayNames).
import type { Lang } from './locale.ts';

const cache = new Map<Lang, Intl.DisplayNames | null>();

function displayNames(lang: Lang): Intl.DisplayNames | null {
  if (!cache.has(lang)) {
    try {
      cache.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }));
    } catch {
      cache.set(lang, null);
    }
  }
  return cache.get(lang) ?? null;
}

/** `EG` → `مصر` / `Egypt`; an unknown or malformed code comes back unchanged. */
export function countryName(code: string, lang: Lang): string {
  const names = displayNames(lang);
  if (!names || !/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

// Interface language, digits and direction: plain values, no React, so the state layer can use them too.

export type Lang = 'ar' | 'en';
export type Digits = 'latn' | 'arab';
export type Direction = 'rtl' | 'ltr';

export const LANGS: readonly Lang[] = ['ar', 'en'];
export const DIGITS: readonly Digits[] = ['latn', 'arab'];
export const DEFAULT_LANG: Lang = 'ar';
export const DEFAULT_DIGITS: Digits = 'latn';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function isDigits(value: string): value is Digits {
  return (DIGITS as readonly string[]).includes(value);
}

export function dirOf(lang: Lang): Direction {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * BCP 47 tag for Intl: the Gregorian calendar always (some Arabic locales default to the Hijri one, and the
 * articles are dated in Gregorian) and the numbering system the reader chose, whatever the language's default.
 */
export function localeTag(lang: Lang, digits: Digits): string {
  return `${lang}-u-ca-gregory-nu-${digits}`;
}

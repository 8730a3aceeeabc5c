// react-intl bound to the interface language and digits; keeps <html lang dir> in step with them.
import { type ReactNode, useLayoutEffect } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogs } from './catalogs.ts';
import { type Digits, dirOf, type Lang, localeTag } from './locale.ts';

export interface I18nProviderProps {
  lang: Lang;
  digits: Digits;
  children: ReactNode;
}

export function I18nProvider({ lang, digits, children }: I18nProviderProps) {
  // Before paint, so the page never shows a frame in the previous direction.
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = dirOf(lang);
  }, [lang]);

  return (
    <IntlProvider locale={localeTag(lang, digits)} defaultLocale="ar" messages={catalogs[lang]}>
      {children}
    </IntlProvider>
  );
}

// react-intl bound to the interface language and digits; keeps <html lang dir> in step with them.
import { type ReactNode, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { IntlProvider } from 'react-intl';
import {
  type Catalog,
  catalogIfLoaded,
  catalogsVersion,
  loadCatalog,
  subscribeCatalogs,
} from './catalogs.ts';
import { type Digits, dirOf, type Lang, localeTag } from './locale.ts';

export interface I18nProviderProps {
  lang: Lang;
  digits: Digits;
  children: ReactNode;
}

/**
 * The language whose catalog is here: the one asked for, or, while its catalog is being fetched (a moment, on the
 * switch), the one shown before, so the page never shows message ids.
 */
function useShownLang(lang: Lang): { shown: Lang; catalog: Catalog } {
  const [shown, setShown] = useState<Lang>(() => (catalogIfLoaded(lang) ? lang : 'ar'));
  useEffect(() => {
    let current = true;
    void loadCatalog(lang).then(
      () => {
        if (current) setShown(lang);
      },
      (error: unknown) => console.error(`Could not load the ${lang} catalog`, error),
    );
    return () => {
      current = false;
    };
  }, [lang]);
  // The late Arabic strings arriving (with a lazily loaded part) give a new catalog object.
  useSyncExternalStore(subscribeCatalogs, catalogsVersion, catalogsVersion);
  const catalog = catalogIfLoaded(shown) ?? catalogIfLoaded('ar')!;
  return { shown, catalog };
}

export function I18nProvider({ lang, digits, children }: I18nProviderProps) {
  const { shown, catalog } = useShownLang(lang);
  // Before paint, so the page never shows a frame in the previous direction.
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = shown;
    html.dir = dirOf(shown);
  }, [shown]);

  return (
    <IntlProvider locale={localeTag(shown, digits)} defaultLocale="ar" messages={catalog}>
      {children}
    </IntlProvider>
  );
}

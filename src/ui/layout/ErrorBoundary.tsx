// Last line of defence: a message the reader can act on instead of a blank page. It sits outside the
// i18n provider (which may be what failed), so it reads the catalogs directly.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MessageId } from '../../i18n/ar.ts';
import { catalogIfLoaded } from '../../i18n/catalogs.ts';
import { dirOf, isLang, type Lang } from '../../i18n/locale.ts';
import { urlFromState } from '../../state/url.ts';
import { reloadPage } from '../../state/url-sync.ts';
import { DEFAULT_VIEW } from '../../state/view.ts';
import { buttonClass } from '../common/styles.ts';

interface State {
  error: Error | null;
}

function pageLang(): Lang {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return isLang(lang) ? lang : 'ar';
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tabayyun failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // The page's language when its catalog is here (English is fetched on demand), else Arabic, which always is.
    const lang = catalogIfLoaded(pageLang()) ? pageLang() : 'ar';
    const text = (id: MessageId) => (catalogIfLoaded(lang) ?? catalogIfLoaded('ar')!)[id];
    return (
      <div role="alert" lang={lang} dir={dirOf(lang)} className="mx-auto max-w-xl px-6 py-16">
        <h1 className="text-2xl font-bold">{text('error.title')}</h1>
        <p className="mt-3">{text('error.body')}</p>
        <p className="mt-6 flex flex-wrap gap-3">
          <button type="button" className={buttonClass} onClick={reloadPage}>
            {text('error.reload')}
          </button>
          <a className={buttonClass} href={urlFromState({ ...DEFAULT_VIEW, lang })}>
            {text('error.reset')}
          </a>
        </p>
      </div>
    );
  }
}

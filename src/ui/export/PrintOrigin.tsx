// The line a printed page starts with: the app, the story and the address of this very view, so paper can be
// traced back to the screen. Shown only in print. It lives in its own element at the top of <body>, before the
// app's root: the control that renders it sits in the header's actions, which print hides as chrome.
import { useEffect, useReducer, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { currentHref } from '../../state/url-sync.ts';

export function PrintOrigin() {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const title = useAppState((state) => state.corpus.story.title[lang]);
  // The view's address changes with the view; re-read it with every view, and once more just before printing.
  useAppState((state) => state.view);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [host, setHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const element = document.createElement('div');
    element.className = 'print-origin';
    document.body.prepend(element);
    setHost(element);
    window.addEventListener('beforeprint', refresh);
    return () => {
      window.removeEventListener('beforeprint', refresh);
      element.remove();
    };
  }, []);

  if (!host) return null;
  return createPortal(
    // <html> carries the interface's lang and dir (I18nProvider), and this element is outside the app's root.
    <p data-testid="print-origin" className="hidden print:block">
      <span className="font-bold">{t('app.name')}</span> · <span>{title}</span>
      <br />
      <span>{t('export.printSource')}</span>{' '}
      <bdi dir="ltr" className="font-mono text-[0.85em] [overflow-wrap:anywhere]">
        {currentHref()}
      </bdi>
    </p>,
    host,
  );
}

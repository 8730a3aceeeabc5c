// Copies the address of the current view. When the clipboard is refused (permissions, insecure origin),
// the address appears in a selected field so the reader can copy it by hand.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppState, useAppStore } from '../../state/react.tsx';
import { shareHref } from '../../state/url-sync.ts';
import { buttonClass } from '../common/styles.ts';

const CONFIRMATION_MS = 4000;

export function CopyLink() {
  const t = useT();
  const status = useAppState((state) => state.copyStatus);
  const setStatus = useAppState((state) => state.setCopyStatus);
  const view = useAppState((state) => state.view);
  const store = useAppStore();
  // The view holds articles only this browser has (a story made here, or articles added to one).
  const ownView = useAppState((state) => state.corpus.articles.some((a) => a.own));
  const [fallback, setFallback] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  // A new view makes an earlier confirmation or copied address stale.
  useEffect(() => {
    void view;
    setStatus('idle');
    setFallback(null);
  }, [view, setStatus]);

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status, setStatus]);

  useEffect(() => {
    if (fallback !== null) fieldRef.current?.select();
  }, [fallback]);

  const copy = async () => {
    const href = shareHref(store.getState());
    try {
      if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(href);
      setFallback(null);
      setStatus('copied');
    } catch {
      setFallback(href);
      setStatus('failed');
    }
  };

  return (
    <>
      <button type="button" data-testid="copy-link" className={buttonClass} onClick={copy}>
        {t('copy.button')}
      </button>
      {/* Always rendered (never display:none), so screen readers announce the text when it appears. */}
      <span role="status" data-testid="copy-status" className="text-sm text-stone-600">
        {status === 'copied'
          ? t(ownView ? 'copy.doneOwn' : 'copy.done')
          : status === 'failed'
            ? t('copy.failed')
            : ''}
      </span>
      {fallback !== null ? (
        <input
          ref={fieldRef}
          readOnly
          dir="ltr"
          value={fallback}
          aria-label={t('copy.fieldLabel')}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 rounded-md border border-stone-200 bg-white px-2 py-1 font-mono text-sm"
        />
      ) : null}
    </>
  );
}

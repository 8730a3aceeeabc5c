import type { MouseEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';

export const READER_ID = 'reader';

/** First focusable element: jumps past the header and the filter to the columns. */
export function SkipLink() {
  const t = useT();
  // Move focus without changing the address: the URL belongs to the view (see url-sync).
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(READER_ID);
    if (!target) return;
    event.preventDefault();
    target.focus(); // focusing scrolls it into view
  };
  return (
    <a
      href={`#${READER_ID}`}
      onClick={onClick}
      className="sr-only z-50 rounded-md bg-stone-900 px-4 py-2 text-[#fbfaf7] focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:px-4 focus:py-2"
    >
      {t('skip.toColumns')}
    </a>
  );
}

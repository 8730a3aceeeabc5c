// What was cut from the scraped page, and why: the reader can check that nothing of the article went with it.
import type { RemovedLine } from '../../core/types.ts';
import { quotedLang } from '../../i18n/bidi.ts';
import { useT } from '../../i18n/use-t.ts';
import { keyed } from '../common/keys.ts';
import { Separator } from '../common/Separator.tsx';

export function Clutter({ removed }: { removed: RemovedLine[] }) {
  const t = useT();
  return (
    <details
      data-testid="clutter"
      className="mt-auto border-t border-stone-200 px-5 py-3 text-sm leading-6 text-stone-600"
    >
      <summary className="py-1 hover:text-stone-900">
        {t('clutter.summary', { count: removed.length })}
      </summary>
      {removed.length === 0 ? (
        <p className="mt-2">{t('clutter.empty')}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {keyed(removed, (r) => String(r.line)).map(({ key, item: line }) => (
            <li key={key} className="border-s-2 border-stone-200 ps-3">
              <p className="text-xs">
                <span className="tabular-nums">{t('clutter.line', { line: line.line })}</span>
                <Separator />
                <span>{t(`reason.${line.reason}`)}</span>
              </p>
              <p dir="auto" lang={quotedLang(line.text)} className="break-words text-stone-900/70">
                {line.text}
              </p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

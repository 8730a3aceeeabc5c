// The parts of a link the app had to ignore, and the articles or story its sender had in their own browser.
// Inside the notices' live region (Notices.tsx); fetched with its strings only for a link with a problem.
import { isolate } from '../../i18n/bidi.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Dropped } from '../../state/url.ts';
import { keyed } from '../common/keys.ts';

export function UrlNotices({ dropped: allDropped }: { dropped: Dropped[] }) {
  const t = useT();
  // Outlets of articles the link's sender added in their browser are told as one line, not one per id.
  const dropped = allDropped.filter((d) => d.kind !== 'missing-own');
  const missingOwn = allDropped.filter((d) => d.kind === 'missing-own').map((d) => isolate(d.value));
  return (
    <>
      {missingOwn.length > 0 ? (
        <p data-testid="own-missing-notice">
          <bdi>
            {t('own.linkMissing', {
              count: missingOwn.length,
              list: missingOwn.join(t('own.listSeparator')),
            })}
          </bdi>
        </p>
      ) : null}
      {dropped.length > 0 ? (
        <div data-testid="url-notice">
          <p className="font-bold">{t('notices.urlTitle')}</p>
          <ul className="list-disc ps-5">
            {keyed(dropped, (d) => `${d.kind}:${d.param}:${d.value}`).map(({ key, item }) => (
              <li key={key}>
                <bdi>
                  {t(`dropped.${item.kind as Exclude<typeof item.kind, 'missing-own'>}`, {
                    param: isolate(item.param),
                    value: isolate(item.value),
                  })}
                </bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

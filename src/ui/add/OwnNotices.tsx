// What the browser's storage did with the reader's articles, and the undo of a removal: inside the own bar's live
// region (OwnArticles.tsx), fetched with their strings only when there is something to say.
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import type { StorageState } from '../../state/slices/own.ts';
import { buttonClass } from '../common/styles.ts';

const STORAGE_MESSAGE = {
  unavailable: 'own.storageUnavailable',
  quota: 'own.storageQuota',
  failed: 'own.storageFailed',
} as const satisfies Record<Exclude<StorageState, 'ok'>, string>;

export function OwnNotices() {
  const t = useT();
  const own = useAppState((state) => state.own);
  const actions = useAppState((state) => state.ownActions);
  return (
    <>
      {own.storage !== 'ok' ? (
        <p data-testid="own-storage" className="border-s-4 border-s-amber-600 ps-3">
          {t(STORAGE_MESSAGE[own.storage])}
        </p>
      ) : null}
      {own.corrupted > 0 ? (
        <p data-testid="own-corrupted" className="border-s-4 border-s-amber-600 ps-3">
          {t('own.corrupted', { count: own.corrupted })}
        </p>
      ) : null}
      {own.removed ? (
        <p data-testid="own-removed" className="flex flex-wrap items-center gap-2">
          <span>{t('own.removed', { name: own.removed.name })}</span>
          <button
            type="button"
            className={buttonClass}
            data-testid="own-undo"
            onClick={() => void actions?.undo()}
          >
            {t('own.undo')}
          </button>
        </p>
      ) : null}
    </>
  );
}

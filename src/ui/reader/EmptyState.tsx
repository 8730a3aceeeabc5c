import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';

export function EmptyState() {
  const t = useT();
  const showAllOutlets = useAppState((state) => state.showAllOutlets);
  return (
    <div data-testid="empty-state" className="mx-auto max-w-lg px-6 py-16 text-center">
      <h2 className="text-xl font-bold">{t('empty.title')}</h2>
      <p className="mt-2 text-stone-600">{t('empty.body')}</p>
      <button type="button" className={`${buttonClass} mt-6`} onClick={showAllOutlets}>
        {t('empty.showAll')}
      </button>
    </div>
  );
}

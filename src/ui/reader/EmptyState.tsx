import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';
import { useStartOwn } from '../stories/use-start-own.ts';

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

/** A comparison the reader has just made: what to do first, and the button to do it. */
export function NewStoryEmpty() {
  const t = useT();
  const setDialog = useAppState((state) => state.setDialog);
  const { ready, start } = useStartOwn();
  return (
    <div data-testid="story-empty" className="mx-auto max-w-lg px-6 py-16 text-center">
      <h2 className="text-xl font-bold">{t('stories.emptyTitle')}</h2>
      <p className="mt-2 leading-7 text-stone-600">{t('stories.emptyBody')}</p>
      <button
        type="button"
        className={`${buttonClass} mt-6 border-stone-900 font-bold`}
        disabled={!ready}
        onClick={() => void start().then(() => setDialog('add'))}
      >
        {t('own.open')}
      </button>
    </div>
  );
}

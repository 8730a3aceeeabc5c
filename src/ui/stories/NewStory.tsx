// "New comparison": the header's button, and the small dialog that names the event (title, optional date).
// Creating it opens the story at once and the "add articles" dialog over it.
import { lazy, Suspense, useRef } from 'react';
import { withStrings } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { buttonClass } from '../common/styles.ts';
import { useStartOwn } from './use-start-own.ts';

// Not needed on most visits: a chunk of its own keeps the first load as it was.
const NewStoryDialog = lazy(
  withStrings(() => import('./NewStoryDialog.tsx').then((m) => ({ default: m.NewStoryDialog }))),
);

export function NewStoryButton() {
  const t = useT();
  const { ready, starting, start } = useStartOwn();
  const open = useAppState((state) => state.dialog === 'story');
  const setDialog = useAppState((state) => state.setDialog);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={opener}
        type="button"
        data-testid="story-new"
        className={buttonClass}
        title={t('stories.newHint')}
        aria-haspopup="dialog"
        disabled={!ready}
        aria-busy={starting}
        onClick={() => void start().then(() => setDialog('story'))}
      >
        {t('stories.new')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <NewStoryDialog
            onClose={(created) => {
              setDialog(created ? 'add' : null);
              if (!created) opener.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

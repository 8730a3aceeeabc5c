// A story file dropped anywhere on the page is opened, and what the last opening did is told. The code that reads
// and keeps story files (and the notice) is fetched only when one arrives.
import { lazy, Suspense, useEffect } from 'react';
import { withStrings } from '../../i18n/catalogs.ts';
import { useAppState, useAppStore } from '../../state/react.tsx';
import { isStoryFile } from '../../storage/story-id.ts';

const ImportNotice = lazy(
  withStrings(() => import('./StoryShare.tsx').then((m) => ({ default: m.ImportNotice }))),
);

export function StoryFiles() {
  const store = useAppStore();
  const shown = useAppState((state) => state.own.imported !== null || state.own.storyLink !== null);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.defaultPrevented || !event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      // A drop the add dialog took (its .txt files) is its own.
      if (event.defaultPrevented) return;
      const file = [...(event.dataTransfer?.files ?? [])].find(isStoryFile);
      if (!file) return;
      event.preventDefault();
      void import('./story-share.ts').then((m) => m.openStoryFile(store, file));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [store]);
  return (
    <div role="status" className="px-4 min-[641px]:px-8 print:hidden empty:hidden">
      {shown ? (
        <Suspense fallback={null}>
          <ImportNotice />
        </Suspense>
      ) : null}
    </div>
  );
}

// The composition root: store, language, and the page's landmarks. It takes the corpus as a prop so tests
// render it with a fixture; main.tsx passes the real one (and its own store, already synced with the URL).
import { useState } from 'react';
import type { Corpus } from '../core/types.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/use-t.ts';
import { selectHasComparison } from '../state/comparison-selectors.ts';
import { StoreProvider, useAppState } from '../state/react.tsx';
import { type AppStore, createAppStore } from '../state/store.ts';
import { OwnArticles } from './add/OwnArticles.tsx';
import { ExportMenu } from './export/ExportMenu.tsx';
import { Glance } from './glance/Glance.tsx';
import { HighlightBar } from './highlights/HighlightBar.tsx';
import { Header } from './layout/Header.tsx';
import { READER_ID, SkipLink } from './layout/SkipLink.tsx';
import { FactMatrix } from './matrix/FactMatrix.tsx';
import { Notices } from './notices/Notices.tsx';
import { OutletFilter } from './outlets/OutletFilter.tsx';
import { Columns } from './reader/Columns.tsx';
import { CopyLink } from './share/CopyLink.tsx';
import { NewStoryButton } from './stories/NewStory.tsx';
import { StoryFiles } from './stories/StoryFiles.tsx';

export interface AppProps {
  corpus: Corpus;
  store?: AppStore;
}

export function App({ corpus, store }: AppProps) {
  const [ownStore] = useState(() => store ?? createAppStore(corpus));
  return (
    <StoreProvider store={ownStore}>
      <Localised />
    </StoreProvider>
  );
}

function Localised() {
  const lang = useAppState((state) => state.view.lang);
  const digits = useAppState((state) => state.view.digits);
  return (
    <I18nProvider lang={lang} digits={digits}>
      <Page />
    </I18nProvider>
  );
}

function Page() {
  const t = useT();
  const comparison = useAppState(selectHasComparison);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <Header
        actions={
          <>
            <NewStoryButton />
            <CopyLink />
            <ExportMenu />
          </>
        }
      />
      <OutletFilter />
      <Notices />
      <StoryFiles />
      <OwnArticles />
      <main
        id={READER_ID}
        tabIndex={-1}
        aria-label={t('reader.label')}
        className="min-w-0 flex-1 outline-none"
      >
        {comparison ? (
          <>
            <FactMatrix />
            <Glance />
            <HighlightBar />
          </>
        ) : null}
        <Columns />
      </main>
    </div>
  );
}

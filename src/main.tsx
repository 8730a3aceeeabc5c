// Entry: the corpus built from seeds/, one store synced with the URL, the app inside an error boundary.
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './index.css';
import corpus from 'virtual:corpus';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { App } from './ui/App.tsx';
import { ErrorBoundary } from './ui/layout/ErrorBoundary.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createAppStore(corpus);
try {
  startUrlSync(store);
} catch (error) {
  // Without the URL the app still works from the default view; say so in the console, not with a blank page.
  console.error('Could not read the view from the address', error);
}

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App corpus={corpus} store={store} />
    </ErrorBoundary>
  </StrictMode>,
);

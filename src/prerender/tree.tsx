// The element the page renders: the build prerenders it into index.html (src/prerender/render.tsx) and the
// browser hydrates the very same tree (src/main.tsx), so React adopts the prerendered HTML. Keep the two in step by
// changing this file only: a wrapper added on one side and not the other is a hydration mismatch.
import { type ReactNode, StrictMode, useEffect } from 'react';
import type { AppStore } from '../state/store.ts';
import { App } from '../ui/App.tsx';
import { ErrorBoundary } from '../ui/layout/ErrorBoundary.tsx';
import { INTERACTIVE_ATTR } from './first-view.ts';

/**
 * Marks <html> once React has committed the page (rendered, or adopted the prerendered HTML): from then on its
 * controls answer. Before that, a prerendered button looks the same but does nothing, so the end-to-end tests wait
 * for this mark (tests/e2e/harness.ts, waitForApp). Renders nothing of its own, on the server or in the browser.
 */
function MarkInteractive({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.setAttribute(INTERACTIVE_ATTR, '');
  }, []);
  return children;
}

export function AppTree({ store }: { store: AppStore }) {
  return (
    <StrictMode>
      <MarkInteractive>
        <ErrorBoundary>
          <App corpus={store.getState().corpus} store={store} />
        </ErrorBoundary>
      </MarkInteractive>
    </StrictMode>
  );
}

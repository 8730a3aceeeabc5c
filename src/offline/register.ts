// Registers the service worker that keeps the app readable offline (src/build/offline-plugin.ts). main.tsx loads
// this chunk by a dynamic import, so the first load's script is unchanged; production builds only (the dev server
// has no worker), and once the page has loaded, so precaching never competes with the first view. Offline reading
// is a bonus: a browser that refuses (storage off, a private window, a page opened from a file) reads online as
// before, silently.
import { workerScriptUrl } from '../worker/script-url.ts';

/** The worker's file beside index.html (the plugin's `filename`); resolved against the page, so any sub-path works. */
const SERVICE_WORKER = './sw.js';

function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Never rejects. A browser without service workers (a page not served over https or from localhost) is left alone. */
export async function registerOffline(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    await loaded();
    // A TrustedScriptURL under the page's policy (require-trusted-types-for 'script'), own origin only.
    await navigator.serviceWorker.register(workerScriptUrl(SERVICE_WORKER));
  } catch {
    // Nothing to tell the reader: the app works online without it.
  }
}

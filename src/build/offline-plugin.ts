// The service worker that keeps the app readable offline (issue 12; docs/decisions.md, "Offline"): vite-plugin-pwa
// generates it with Workbox at build time (`sw.js` beside index.html). It precaches every file the build emits (the
// page, scripts, the analysis worker, styles, fonts, each story's data, the icon and the manifest) and serves them
// from that cache; a navigation with any query string gets the cached index.html. Nothing else is cached and no
// other origin is ever asked for. A new build's worker takes over as soon as it is installed and drops the old
// files, so an open tab reads the new build on its next load. The page registers it (src/offline/register.ts).
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The worker's file, beside index.html; its scope is that folder, whatever sub-path the app is served from. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Every file of the build, by extension (the manifest is added by the plugin itself): dist/ holds nothing else, which
 * tests/e2e/offline.e2e.ts checks.
 */
export const PRECACHED = '**/*.{html,js,css,woff2,json,svg}';

export function offlinePlugin(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    // The page registers the worker itself, after its first load, from a chunk of its own.
    injectRegister: false,
    registerType: 'autoUpdate',
    // The icon is precached with the rest (PRECACHED), not a second time.
    includeManifestIcons: false,
    // Relative, like `base: './'`: the manifest's start and scope are the folder the app is served from.
    manifest: {
      name: 'تبيُّن — قارن التغطيات',
      short_name: 'تبيُّن',
      description: 'تبيُّن: قارن كيف روت وسائل الإعلام الحدث نفسه، خبراً بخبر.',
      lang: 'ar',
      dir: 'rtl',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#fbfaf7',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: [PRECACHED],
      // The analysis worker is the largest file (about 0.4 MB); a story may grow well past it.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The view lives in the query (`?v=1&o=…&s=…`) and the fragment, so the page opened with any query is the
      // cached index.html. Only the page's own addresses (a folder, or index.html): another page under the same
      // scope (the app served at a site's root) still goes to the network.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [/\/(?:index\.html)?(?:\?.*)?$/],
      // A new build takes over at once; the open tab keeps the code it has and reads the new build when it loads.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Only the precache: no runtime routes, so no request to any other origin is ever cached or made.
      runtimeCaching: [],
      // One file: Workbox's runtime inlined in sw.js rather than a second script it imports.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}

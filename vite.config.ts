import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { fontsPlugin } from './src/build/fonts-plugin.ts';
import { offlinePlugin } from './src/build/offline-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { seedsPlugin } from './src/build/seeds-plugin.ts';

// The ICU parser's skeleton support, which no message uses (see src/i18n/no-skeletons.ts).
const alias = {
  '@formatjs/icu-skeleton-parser': fileURLToPath(new URL('./src/i18n/no-skeletons.ts', import.meta.url)),
};

// `base: './'` keeps the built app working from any static host and sub-path:
// the view lives in query parameters, never in path routes.
// TABAYYUN_SEEDS builds another story folder (default: seeds/), e.g. the end-to-end suite's hostile fixtures.
export default defineConfig({
  base: './',
  plugins: [
    fontsPlugin(),
    react(),
    tailwindcss(),
    seedsPlugin({ dir: process.env.TABAYYUN_SEEDS || 'seeds' }),
    cspPlugin(),
    // The default view rendered into index.html, hydrated by the browser (production builds only).
    prerenderPlugin({ alias }),
    // The service worker that keeps the app readable offline (production builds only).
    offlinePlugin(),
  ],
  resolve: { alias },
  build: {
    target: 'es2022',
    // No modulepreload polyfill (0.35 kB of the entry): index.html declares no modulepreload (the first view's script
    // imports the entry's modules itself, src/prerender/first-view.ts), and the browsers without native support
    // (Safari before 17) only fetch a lazily loaded part's modules one after the other.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
});

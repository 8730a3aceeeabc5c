// Builds the production app once for the whole end-to-end run, with Vite's JS API and vite.config.ts
// (output: dist/). Checks for a browser first, so a machine without Chromium fails at once with a clear
// message instead of after the build. E2E_SKIP_BUILD=1 reuses an existing dist/ (for quick local reruns).
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { findChromium } from './browser.ts';
import { DIST_DIR, ROOT_DIR } from './paths.ts';

export default async function setup(): Promise<void> {
  findChromium();
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${DIST_DIR}/index.html`)) return;
  const started = Date.now();
  await build({ root: ROOT_DIR, logLevel: 'warn' });
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    throw new Error(`The build finished but ${DIST_DIR}/index.html is missing.`);
  }
  console.log(`e2e: built the app in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

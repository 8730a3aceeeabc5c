// Builds the production app once for the whole end-to-end run (output: dist/). Checks for a browser first, so
// a machine without Chromium fails at once with a clear message instead of after the build.
// E2E_SKIP_BUILD=1 reuses an existing dist/ (for quick local reruns).
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';
import { buildApp } from './build-app.ts';
import { DIST_DIR } from './paths.ts';

export default async function setup(): Promise<void> {
  findChromium();
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${DIST_DIR}/index.html`)) return;
  console.log(`e2e: built the app in ${buildApp({ outDir: DIST_DIR }).toFixed(1)}s`);
}

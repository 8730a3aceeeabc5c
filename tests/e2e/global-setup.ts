// Builds the production app once for the whole end-to-end run, exactly as `npm run build` does, in a
// child process: Vitest sets NODE_ENV=test, and a build in its process would bundle React's development
// build (output: dist/). Checks for a browser first, so a machine without Chromium fails at once with a clear
// message instead of after the build. E2E_SKIP_BUILD=1 reuses an existing dist/ (for quick local reruns).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './browser.ts';
import { DIST_DIR, ROOT_DIR } from './paths.ts';

export default async function setup(): Promise<void> {
  findChromium();
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${DIST_DIR}/index.html`)) return;
  const started = Date.now();
  const vite = path.join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const { NODE_ENV: _ignored, ...env } = process.env;
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT_DIR,
    env,
    stdio: 'inherit',
  });
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    throw new Error(`The build finished but ${DIST_DIR}/index.html is missing.`);
  }
  console.log(`e2e: built the app in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

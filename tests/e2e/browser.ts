// Finds and launches a headless Chromium for the end-to-end suite. Playwright cannot download its own
// browser here, so we use a system one (Debian's `chromium`), like scripts/ensure-browser.mjs.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: `CHROMIUM_PATH`, else the first system browser found; throws when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `No Chromium found: CHROMIUM_PATH is set to ${fromEnv}, but no file exists there. ` +
        "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary",
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at ${CANDIDATES.join(', ')}). ` +
      "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH",
  );
}

/**
 * Flags for a closed network and a small machine: without the background-networking ones Chromium keeps
 * trying to reach Google services, which is slow and fills the log.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

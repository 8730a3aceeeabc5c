// Finds a Chromium for the end-to-end tests, installing Debian's `chromium` when
// it is missing and we may (root with apt-get). Playwright cannot download its own here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureBrowser() {
  const found = findBrowser();
  if (found) return { ok: true, path: found };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    return {
      ok: false,
      message:
        "no Chromium found. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    };
  }
  console.log("\n▶ No Chromium found: installing Debian's chromium for the end-to-end tests…");
  const install = spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
    { stdio: 'inherit' },
  );
  const after = findBrowser();
  if (install.status === 0 && after) return { ok: true, path: after };
  return { ok: false, message: `installing Debian's chromium failed (apt-get exit ${install.status}).` };
}

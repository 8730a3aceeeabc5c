// `npm run screenshot`: builds the app, serves dist/ the way a static host would (gzip), opens it in
// headless Chromium and saves the README's pictures: docs/screenshot.png (desktop, Arabic) and
// docs/screenshot-phone.png (375 px phone). Also prints the bytes the first load took on the wire, by type.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/browser.ts';
import { type RequestLogEntry, start } from '../tests/e2e/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const DOCS = path.join(ROOT, 'docs');

function kind(url: string): string {
  if (/\.js(\?|$)/.test(url)) return 'js';
  if (/\.css(\?|$)/.test(url)) return 'css';
  if (/\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  if (/\.(html?)(\?|$)|\/(\?|$)/.test(url)) return 'html';
  return 'other';
}

async function main(): Promise<void> {
  const { NODE_ENV: _ignored, ...env } = process.env;
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    },
  );
  const requests: RequestLogEntry[] = [];
  const server = await start({ root: DIST, onRequest: (entry) => requests.push(entry) });
  const browser = await launchChromium();
  try {
    const desktop = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await desktop.goto(server.url, { waitUntil: 'networkidle' });
    await desktop.waitForSelector('[data-testid="column"]');
    await desktop.evaluate(() => document.fonts.ready);
    const firstLoad = [...requests];
    await desktop.screenshot({ path: path.join(DOCS, 'screenshot.png') });

    const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    await phone.goto(server.url, { waitUntil: 'networkidle' });
    await phone.waitForSelector('[data-testid="column"]');
    await phone.evaluate(() => document.fonts.ready);
    await phone.screenshot({ path: path.join(DOCS, 'screenshot-phone.png') });

    const byKind = new Map<string, number>();
    for (const r of firstLoad) byKind.set(kind(r.url), (byKind.get(kind(r.url)) ?? 0) + r.bytes);
    const total = [...byKind.values()].reduce((a, b) => a + b, 0);
    console.log('first load on the wire (gzip where the server compresses):');
    for (const [k, bytes] of [...byKind].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${k.padEnd(6)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB`);
    }
    console.log(`  total  ${(total / 1024).toFixed(1).padStart(7)} KiB in ${firstLoad.length} requests`);
    console.log('wrote docs/screenshot.png and docs/screenshot-phone.png');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

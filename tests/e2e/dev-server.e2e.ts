// `npm start` is the README's first command: the Vite dev server must serve the app on the real seeds,
// with every column, and with no error in the page. (Rebuilding on a seed change is tested in
// tests/build/seeds-plugin.test.ts on a scratch folder, so the real seeds are never touched.)
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { SEED_OUTLETS, sel, waitForColumns } from './harness.ts';
import { ROOT_DIR } from './paths.ts';

let server: ViteDevServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    root: ROOT_DIR,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm start (vite dev server)', () => {
  it('serves the app with a column per seed outlet and no error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${origin}/?v=1&lang=en`, { waitUntil: 'load' });
    // The dev server transforms modules on first request: slower than the build, so wait longer.
    await page.waitForSelector(sel.title, { timeout: 45_000 });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="column"]').length >= n,
      SEED_OUTLETS.length,
      {
        timeout: 20_000,
      },
    );
    await waitForColumns(page, SEED_OUTLETS);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});

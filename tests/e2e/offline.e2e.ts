// The app offline (issue 12, point 6): a reader who opened it once opens it again with the network cut and still
// reads the bundled story, the comparison and their own articles, and can add one. The service worker
// (src/build/offline-plugin.ts) precaches exactly the build's files, asks nothing of another origin, and a new build
// replaces it: the open tab reads the new build on its next load, offline too, and the old files leave the cache.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './build-app.ts';
import {
  gotoApp,
  type Opened,
  openContext,
  SEED_OUTLETS,
  sel,
  setupHarness,
  waitForApp,
  waitForColumns,
} from './harness.ts';
import { DIST_DIR, ROOT_DIR, SEEDS_DIR } from './paths.ts';

const SECOND = 'beirut-port-blast-2020';
const ARTICLE = readFileSync(
  path.join(ROOT_DIR, 'tests/fixtures/holdout-moscow/aljazeera-haftar-leaves.txt'),
  'utf8',
);
const OTHER_ARTICLE = readFileSync(
  path.join(ROOT_DIR, 'tests/fixtures/holdout-moscow/rt-lavrov-talks-continue.txt'),
  'utf8',
);
const ownColumn = '[data-testid="column"][data-article^="own-"]';
const picker = '[data-testid="story-picker"]';

/** The folder the server serves: the suite's build, replaced by a newer one in the last test. */
const served = mkdtempSync(path.join(tmpdir(), 'tabayyun-offline-'));
/** The newer build: the seeds plus a second story, so that it differs and has a picker. */
const newer = mkdtempSync(path.join(tmpdir(), 'tabayyun-offline-newer-'));
let seeds: string | undefined;

beforeAll(() => {
  cpSync(DIST_DIR, served, { recursive: true });
  seeds = mkdtempSync(path.join(tmpdir(), 'tabayyun-offline-seeds-'));
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  const fixture = path.join(ROOT_DIR, 'tests/fixtures/stories', SECOND);
  for (const name of readdirSync(fixture).filter((n) => n.endsWith('.txt') || n === 'sources.json'))
    cpSync(path.join(fixture, name), path.join(seeds, SECOND, name));
  buildApp({ seeds, outDir: newer });
});
afterAll(() => {
  for (const dir of [served, newer, seeds]) if (dir) rmSync(dir, { recursive: true, force: true });
});
const h = setupHarness({ root: served });

let app: Opened;
beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

/** Every file of a build, relative to it (`assets/…`), the service worker itself left out. */
function buildFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk('');
  return files.filter((f) => f !== 'sw.js').sort();
}

/** Resolves once a service worker controls the page, that is once it is installed: everything is precached. */
async function untilControlled(page: Page): Promise<void> {
  const controlled = await page.evaluate(async () => {
    const control = (async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return true;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      return true;
    })();
    return Promise.race([control, new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000))]);
  });
  expect(controlled, 'a service worker controls the page within 10 s').toBe(true);
}

/** The caches the page's origin holds, each with its entries relative to the app's folder (revision query dropped). */
function cached(page: Page, base: string): Promise<Record<string, string[]>> {
  return page.evaluate(async (base) => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      result[name] = (await cache.keys())
        .map((request) => new URL(request.url).pathname.slice(base.length))
        .sort();
    }
    return result;
  }, base);
}

async function addOwn(page: Page, text: string): Promise<void> {
  const before = await page.locator(ownColumn).count();
  await page.click('[data-testid="own-open"]');
  await page.fill('[data-testid="own-paste"]', text);
  await page.click('[data-testid="own-submit"]');
  await page.waitForSelector('[data-testid="own-result"]');
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [
    ownColumn,
    before + 1,
  ] as const);
  await page.click('[data-testid="own-close"]');
}

const ownCount = (page: Page) => page.locator(ownColumn).count();

/** The bundled story is shown: its title, every seed outlet's column, the question rows and the facts. */
async function expectStory(page: Page): Promise<void> {
  await waitForApp(page);
  const seedColumns = await page.$$eval(sel.column, (els) =>
    els
      .filter((el) => !el.getAttribute('data-article')?.startsWith('own-'))
      .map((el) => el.getAttribute('data-outlet')),
  );
  expect(new Set(seedColumns)).toEqual(new Set(SEED_OUTLETS));
  expect(
    await page.locator('[data-testid="matrix-questions"] [data-testid="matrix-cell"]').count(),
  ).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="matrix-facts"]').count()).toBe(1);
}

describe('offline', () => {
  it('precaches exactly the build, in one cache, and the host serves the worker as JavaScript', async () => {
    await gotoApp(app);
    await untilControlled(app.page);
    const files = buildFiles(served);
    const stored = await cached(app.page, h.server.base);
    expect(Object.keys(stored), 'one cache: the precache, no runtime cache').toHaveLength(1);
    expect(Object.values(stored)[0]).toEqual(files);

    const raw = files.reduce((sum, f) => sum + statSync(path.join(served, f)).size, 0);
    const wire = files.reduce((sum, f) => {
      const bytes = readFileSync(path.join(served, f));
      return sum + (f.endsWith('.woff2') ? bytes.length : gzipSync(bytes, { level: 9 }).length);
    }, 0);
    console.log(
      `offline: precache ${files.length} files, ${(raw / 1000).toFixed(1)} KB (${(wire / 1000).toFixed(1)} KB gz)`,
    );

    const worker = await fetch(`${h.server.url}sw.js`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // Revalidated on every check, so a new build is seen at once.
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(h.server.url);

    const manifest = (await (await fetch(`${h.server.url}manifest.webmanifest`)).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      short_name: 'تبيُّن',
      lang: 'ar',
      dir: 'rtl',
      start_url: './',
      scope: './',
    });
    app.guard.assertClean();
  });

  it('a reload with the network cut: the story, its comparison and the reader’s own article; adding one works', async () => {
    const { page } = app;
    await gotoApp(app);
    await addOwn(page, ARTICLE);
    await untilControlled(page);

    await app.context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await expectStory(page);
    await page.waitForSelector(ownColumn);
    expect(await ownCount(page)).toBe(1);
    // The fonts came from the cache too.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Naskh') && f.status === 'loaded').length;
    });
    expect(fonts).toBeGreaterThan(0);

    // The analysis worker is cached: an article pasted offline is compared like any other.
    await addOwn(page, OTHER_ARTICLE);
    expect(await ownCount(page)).toBe(2);

    // A link with its view in the query and a fragment, opened in a new tab while offline.
    const other = await app.newPage();
    await other.goto(app.url('index.html?v=1&o=youm7#top'), { waitUntil: 'load' });
    await waitForColumns(other, ['youm7']);
    expect(await other.title()).toContain('تبيُّن');
    app.guard.assertClean();
  });

  it('a browser that refuses the worker shows the app as before, and says nothing', async () => {
    const blocked = await openContext(h, { serviceWorkers: 'block' });
    try {
      await gotoApp(blocked);
      await expectStory(blocked.page);
      // Registration is tried once the page has loaded; give it that moment.
      await blocked.page.waitForFunction(() => document.readyState === 'complete');
      await blocked.page.waitForTimeout(500);
      expect(await blocked.page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      blocked.guard.assertClean();
    } finally {
      await blocked.close();
    }
  });

  it('a new build takes over: the open tab reads it on its next load, offline too, and the old files are dropped', async () => {
    const { page } = app;
    await gotoApp(app);
    await untilControlled(page);
    expect(await page.locator(picker).count(), 'one story: no picker').toBe(0);

    // Deploy: the newer build replaces the files on the host.
    for (const name of readdirSync(served)) rmSync(path.join(served, name), { recursive: true, force: true });
    cpSync(newer, served, { recursive: true });
    // The browser checks for a new worker on each navigation; the open tab asks now, and is taken over.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const taken = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      await registration.update();
      await taken;
    });
    // The new worker drops the old build's files as it activates.
    await expect
      .poll(async () => Object.values(await cached(page, h.server.base)))
      .toEqual([buildFiles(newer)]);

    await app.context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await expectStory(page);
    // The newer build's second story, from the picker, offline.
    await page.selectOption(picker, SECOND);
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="story-title"]')?.textContent?.includes(id),
      SECOND,
    );
    expect(await page.locator(sel.column).count()).toBeGreaterThanOrEqual(4);
    app.guard.assertClean();
  });
});

describe('offline under a sub-path', () => {
  const sub = setupHarness({ base: '/sub/path/' });

  it('the worker’s scope is the app’s folder, and a link into it opens offline', async () => {
    const opened = await openContext(sub);
    try {
      await gotoApp(opened, 'index.html?v=1&o=youm7');
      await untilControlled(opened.page);
      const scope = await opened.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(sub.server.url);
      await opened.context.setOffline(true);
      await opened.page.goto(opened.url('?v=1&o=alarabiya'), { waitUntil: 'load' });
      await waitForColumns(opened.page, ['alarabiya']);
      opened.guard.assertClean();
    } finally {
      await opened.close();
    }
  });
});

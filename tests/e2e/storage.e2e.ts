// The browser's storage failing under the reader's articles (issue 6 item 4): IndexedDB that will not open, that
// is missing, that is full, and records damaged on disk. Each time: a clear message, the seeds still shown, an
// added article still shown for the session, and the valid records kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gotoApp, type Opened, openContext, screenshot, sel, setupHarness } from './harness.ts';
import { ROOT_DIR } from './paths.ts';

const ARTICLE = readFileSync(
  path.join(ROOT_DIR, 'tests/fixtures/holdout-moscow/aljazeera-haftar-leaves.txt'),
  'utf8',
);
const ownColumn = '[data-testid="column"][data-article^="own-"]';

const h = setupHarness();
let app: Opened;

beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

async function addOne(page: Page): Promise<string> {
  await page.click('[data-testid="own-open"]');
  await page.fill('[data-testid="own-paste"]', ARTICLE);
  await page.click('[data-testid="own-submit"]');
  await page.waitForSelector('[data-testid="own-result"]');
  await page.waitForSelector(ownColumn);
  const result = (await page.textContent('[data-testid="own-result"]')) ?? '';
  await page.click('[data-testid="own-close"]');
  return result;
}

const seedColumns = (page: Page) =>
  page.$$eval(
    sel.column,
    (els) => els.filter((el) => !el.getAttribute('data-article')?.startsWith('own-')).length,
  );

describe('storage failures', () => {
  it('IndexedDB that will not open: told, seeds shown, the added article kept for the session', async () => {
    await app.context.addInitScript(() => {
      indexedDB.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const { page } = app;
    await gotoApp(app);
    expect(await seedColumns(page)).toBeGreaterThan(0);
    // Nothing was ever stored, so storage is first tried when the reader opens "add": told then, before pasting.
    expect(await page.$('[data-testid="own-storage"]')).toBeNull();
    await page.click('[data-testid="own-open"]');
    await page.waitForSelector('[data-testid="own-storage"]');
    expect(await page.textContent('[data-testid="own-storage"]')).toMatch(/لا يتيح هذا المتصفح الحفظ/);
    await page.click('[data-testid="own-close"]');
    expect(await addOne(page)).toMatch(/لهذه الجلسة فقط/);
    expect(await page.textContent('[data-testid="own-item"]')).toMatch(/لم يُحفظ/);
    await screenshot(page, 'own-storage-unavailable-ar');
    app.guard.assertClean();
  });

  it('no IndexedDB at all (deleted from window): the page works, told in English', async () => {
    await app.context.addInitScript(() => {
      delete (window as { indexedDB?: IDBFactory }).indexedDB;
    });
    const { page } = app;
    await gotoApp(app, '?v=1&lang=en');
    await page.waitForSelector('[data-testid="own-storage"]');
    expect(await page.textContent('[data-testid="own-storage"]')).toMatch(/does not allow saving/);
    expect(await addOne(page)).toMatch(/this session only/);
    app.guard.assertClean();
  });

  it('quota exceeded when saving: told, shown for the session, gone after a reload, seeds intact', async () => {
    await app.context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page } = app;
    await gotoApp(app);
    const seeds = await seedColumns(page);
    expect(await addOne(page)).toMatch(/لهذه الجلسة فقط/);
    expect(await page.textContent('[data-testid="own-storage"]')).toMatch(/امتلأت مساحة التخزين/);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(sel.column);
    expect(await page.$$(ownColumn)).toHaveLength(0);
    expect(await seedColumns(page)).toBe(seeds);
    app.guard.assertClean();
  });

  it('damaged records are skipped and counted; the valid one still loads', async () => {
    const { page } = app;
    await gotoApp(app);
    await addOne(page);
    // Write junk beside the good record, straight into the app's database.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tabayyun');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('own-articles', 'readwrite');
            const objects = tx.objectStore('own-articles');
            const keys = objects.getAllKeys();
            keys.onsuccess = () => {
              const story =
                (keys.result.find((k) => Array.isArray(k) && k[0] === 'article') as string[])[1] ?? '';
              objects.put({ v: 1, story, record: { id: 'own-junk', text: 42 } }, [
                'article',
                story,
                'own-junk',
              ]);
              objects.put('<script>alert(1)</script>', ['article', story, 'own-script']);
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="own-corrupted"]');
    expect(await page.textContent('[data-testid="own-corrupted"]')).toMatch(/مقالين من مقالاتك المحفوظة/);
    // The valid record joins the comparison a moment later (it is analysed again in the worker).
    await page.waitForSelector(ownColumn);
    expect(await page.$$(ownColumn)).toHaveLength(1);
    expect(await seedColumns(page)).toBeGreaterThan(0);
    await screenshot(page, 'own-storage-corrupted-ar');
    app.guard.assertClean();
  });
});

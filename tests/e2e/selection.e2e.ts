// Issue 11: the verdicts are the outlets' the reader shows. Al Arabiya and Al Bayan both say the talks ended
// without a signature: shown alone, nothing on the page, in the CSV or in print says they contradict; with every
// outlet shown, Youm7's earlier report brings the contradictions back (so this test can fail).
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  download,
  gotoApp,
  type Opened,
  openContext,
  SEED_OUTLETS,
  savedText,
  setupHarness,
  waitForColumns,
} from './harness.ts';

const h = setupHarness();
let app: Opened;

beforeEach(async () => {
  app = await openContext(h, { acceptDownloads: true });
});
afterEach(async () => {
  await app.close();
});

const AGREEING = ['alarabiya', 'albayan'];

/** Every place the page can say "contradiction": marks, badges, verdicts and matrix cells. */
function contradictionsOnPage(page: Page) {
  return page.evaluate(() => ({
    marks: document.querySelectorAll('[data-status="contradiction"]').length,
    words: [
      ...document.querySelectorAll(
        '[data-testid="verdict"], [data-testid="mark-badge"], [data-testid="matrix-cell"]',
      ),
    ]
      .map((el) => `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`)
      .filter((t) => t.includes('تناقض') || t.includes('يخالف')),
  }));
}

const csvOf = async (page: Page) =>
  (await savedText(await download(page, '[data-testid="export-csv"]'))).bytes.toString('utf8');

describe('verdicts among the outlets shown', () => {
  it('two outlets that agree: no contradiction anywhere on the page, in the CSV or in print', async () => {
    expect(AGREEING.every((id) => SEED_OUTLETS.includes(id))).toBe(true);
    await gotoApp(app, `?v=1&o=${AGREEING.join(',')}`);
    await waitForColumns(app.page, AGREEING);
    expect(await contradictionsOnPage(app.page)).toEqual({ marks: 0, words: [] });
    const csv = await csvOf(app.page);
    expect(csv).toContain('لم يوقَّع اتفاق');
    expect(csv).not.toContain('تناقض');
    await app.page.emulateMedia({ media: 'print' });
    expect(await contradictionsOnPage(app.page)).toEqual({ marks: 0, words: [] });
    app.guard.assertClean();
  });

  it('every outlet shown: the contradictions are there', async () => {
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    const found = await contradictionsOnPage(app.page);
    expect(found.marks).toBeGreaterThan(0);
    expect(found.words.length).toBeGreaterThan(0);
    expect(await csvOf(app.page)).toContain('تناقض');
    app.guard.assertClean();
  });
});

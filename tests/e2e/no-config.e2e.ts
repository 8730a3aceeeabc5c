// Issue 12: a story without story.json has no questions; its comparison leads with the contradictions, then the
// facts most outlets report, then, folded, the claims one outlet reports alone. Built from seeds/ plus the
// Beirut fixture story (no story.json), as stories.e2e.ts does, into a build directory of its own.
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWithFixtureStory } from './build-app.ts';
import {
  expectNoAxeViolations,
  gotoApp,
  type Opened,
  openContext,
  PHONE,
  screenshot,
  setupHarness,
} from './harness.ts';
import { ROOT_DIR } from './paths.ts';

const STORY = 'beirut-port-blast-2020';
const DIST = path.join(ROOT_DIR, 'test-results', 'dist-no-config');

beforeAll(() => buildWithFixtureStory(STORY, DIST));
const h = setupHarness({ root: DIST });

let app: Opened;
beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

const matrix = '[data-testid="matrix"]';
const single = '[data-testid="matrix-single"]';

/** The fact table as the reader meets it: group headings and each fact row's relation, in order. */
function factTable(opened: Opened) {
  return opened.page.$$eval(`${matrix} [data-testid="matrix-facts"] tr`, (rows) =>
    rows.map((tr) =>
      tr.hasAttribute('data-fact')
        ? (tr.getAttribute('data-relation') ?? '')
        : `# ${tr.querySelector('[data-group]')?.getAttribute('data-group') ?? 'more'}`,
    ),
  );
}

describe('a story without questions', () => {
  it('leads with its contradictions, then the facts most outlets report; single-source claims open from the keyboard', async () => {
    await gotoApp(app, `?v=1&s=${STORY}`);
    await app.page.locator(`${matrix} [data-testid="matrix-facts"]`).waitFor();
    expect(await app.page.locator('[data-testid="matrix-questions"]').count()).toBe(0);
    const rows = await factTable(app);
    expect(rows[0]).toBe('# contradictions');
    const shared = rows.indexOf('# shared');
    expect(shared).toBeGreaterThan(1);
    expect(rows.slice(1, shared).every((r) => r === 'contradiction')).toBe(true);
    expect(rows.slice(shared + 1).filter((r) => !r.startsWith('#'))).not.toContain('contradiction');
    // The first contradiction is a clear one: the death toll, on which five outlets differ.
    expect(
      await app.page
        .locator(`${matrix} tr[data-fact]`)
        .first()
        .locator('[data-testid="verdict"]')
        .textContent(),
    ).toContain('الأرقام');

    // Folded: a count, then the claims by outlet, each a way to its sentence.
    const summary = app.page.locator(`${single} summary`);
    expect(await summary.textContent()).toMatch(/وقائع انفردت بها وسيلة واحدة \(\d+\)/);
    expect(await app.page.locator('[data-testid="single-claim"]').count()).toBe(0);
    await summary.focus();
    await app.page.keyboard.press('Enter');
    const claim = app.page.locator('[data-testid="single-claim"]').first();
    await claim.waitFor();
    expect(await app.page.locator(single).getAttribute('open')).not.toBeNull();
    const target = await claim.getAttribute('data-target');
    await app.page.keyboard.press('Tab');
    expect(await claim.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await app.page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-sentence-id') === id,
      target,
    );
    await screenshot(app.page, 'no-config-single', true);
    await expectNoAxeViolations(app.page, 'a story without questions, single-source claims open');
    app.guard.assertClean();
  });

  it('follows the selection: outlets that do not contradict each other show no contradictions group', async () => {
    await gotoApp(app, `?v=1&s=${STORY}&o=almayadeen,france24-ar,alquds`);
    await app.page.locator(`${matrix} [data-testid="matrix-facts"]`).waitFor();
    const rows = await factTable(app);
    expect(rows[0]).toBe('# shared');
    expect(rows).not.toContain('contradiction');
    expect(await app.page.locator(`${matrix} [data-state="differs"]`).count()).toBe(0);
    app.guard.assertClean();
  });

  it('fits a phone: the page does not scroll sideways, the single-source list wraps in the page width', async () => {
    const phone = await openContext(h, {
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      await gotoApp(phone, `?v=1&s=${STORY}`);
      await phone.page.locator(`${single} summary`).click();
      await phone.page.locator('[data-testid="single-claim"]').first().waitFor();
      const widths = await phone.page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: window.innerWidth,
        list: document.querySelector('[data-testid="matrix-single"]')?.getBoundingClientRect().width ?? 0,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      expect(widths.list).toBeLessThanOrEqual(widths.view);
      await screenshot(phone.page, 'no-config-phone', true);
      phone.guard.assertClean();
    } finally {
      await phone.close();
    }
  });
});

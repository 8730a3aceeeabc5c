// Phones and accessibility: no sideways overflow on a 375 px phone, every column reachable, and axe-core
// finds nothing on desktop and phone, in Arabic and in English.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectNoAxeViolations,
  gotoApp,
  type Opened,
  openContext,
  PHONE,
  SEED_OUTLETS,
  screenshot,
  sel,
  setupHarness,
  waitForColumns,
} from './harness.ts';

const h = setupHarness();
let app: Opened | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PHONE_CONTEXT = { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

function overflow(page: Page) {
  return page.evaluate(() => ({
    innerWidth: window.innerWidth,
    html: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  }));
}

/**
 * Nothing sticks out sideways. A mobile context widens the layout viewport (innerWidth) to fit overflowing
 * content, so widths are compared with the phone's own width as well as with innerWidth.
 */
function expectNoOverflow(sizes: { innerWidth: number; html: number; body: number }, label: string): void {
  expect(
    sizes.innerWidth,
    `innerWidth (${label}): the layout viewport was widened by overflowing content`,
  ).toBe(PHONE.width);
  expect(sizes.html, `documentElement.scrollWidth (${label})`).toBeLessThanOrEqual(PHONE.width);
  expect(sizes.body, `body.scrollWidth (${label})`).toBeLessThanOrEqual(PHONE.width);
}

/** The column lies wholly inside the viewport's width and nothing covers it. */
async function expectColumnInView(page: Page, id: string, when: string): Promise<void> {
  const where = await page.locator(sel.columnOf(id)).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
    // Middle of the part of the column inside the viewport (a sticky bar may cover its top).
    const y = (Math.max(rect.top, 0) + Math.min(rect.bottom, window.innerHeight)) / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      left: Math.round(rect.left),
      right: Math.round(rect.right),
      width: Math.round(rect.width),
      innerWidth: window.innerWidth,
      onTop: hit !== null && el.contains(hit),
      hit: hit ? `${hit.tagName.toLowerCase()}.${String(hit.className).slice(0, 40)}` : 'nothing',
    };
  });
  const label = `${id} column ${when} (${where.left}..${where.right} of ${where.innerWidth})`;
  expect(where.width, `${label}: width`).toBeGreaterThan(200);
  expect(where.left, `${label}: left edge`).toBeGreaterThanOrEqual(-1);
  expect(where.right, `${label}: right edge`).toBeLessThanOrEqual(where.innerWidth + 1);
  expect(where.onTop, `${label}: covered by ${where.hit}`).toBe(true);
}

describe('phone layout (375×812)', () => {
  it('has no horizontal overflow, in Arabic and in English', async () => {
    app = await openContext(h, PHONE_CONTEXT);
    for (const query of ['?v=1', '?v=1&lang=en']) {
      await gotoApp(app, query);
      await waitForColumns(app.page, SEED_OUTLETS);
      await app.page.evaluate(() => document.fonts.ready);
      expectNoOverflow(await overflow(app.page), query);
    }
    app.guard.assertClean();
  });

  it('reaches every column by swiping the panes sideways (wheel input, scroll snap)', async () => {
    app = await openContext(h, PHONE_CONTEXT);
    await gotoApp(app, '?v=1');
    const order = await waitForColumns(app.page, SEED_OUTLETS);
    // The comparison (the answer to the reader's first question) comes first; the panes follow it.
    await app.page.locator(sel.column).first().scrollIntoViewIfNeeded();
    await expectColumnInView(app.page, order[0] ?? '', 'on reaching the panes');
    // Arabic is right-to-left: the next article lies to the left.
    const step = -PHONE.width;
    for (const id of order.slice(1)) {
      const box = await app.page.locator(sel.column).first().boundingBox();
      await app.page.mouse.move(PHONE.width / 2, Math.max((box?.y ?? 0) + 200, 300));
      await app.page.mouse.wheel(step, 0);
      try {
        await app.page.waitForFunction((selector) => {
          const el = document.querySelector(selector);
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.left >= -1 && r.right <= window.innerWidth + 1;
        }, sel.columnOf(id));
      } catch {
        // reported with geometry below
      }
      await expectColumnInView(app.page, id, 'after a sideways swipe');
    }
    expectNoOverflow(await overflow(app.page), 'after swiping the panes');
    app.guard.assertClean();
  });

  it('reaches every column by scrolling it into view', async () => {
    app = await openContext(h, PHONE_CONTEXT);
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    for (const id of SEED_OUTLETS) {
      await app.page.locator(sel.columnOf(id)).scrollIntoViewIfNeeded();
      await expectColumnInView(app.page, id, 'scrolled into view');
    }
    expectNoOverflow(await overflow(app.page), 'after scrolling the panes');
    app.guard.assertClean();
  });

  it('looks right on a phone (screenshots)', async () => {
    app = await openContext(h, PHONE_CONTEXT);
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.evaluate(() => document.fonts.ready);
    await screenshot(app.page, 'phone-ar');
    await screenshot(app.page, 'phone-ar-full', true);
    await gotoApp(app, '?v=1&lang=en');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.evaluate(() => document.fonts.ready);
    await screenshot(app.page, 'phone-en');
    app.guard.assertClean();
  });
});

describe('accessibility (axe-core)', () => {
  const cases = [
    { name: 'desktop, Arabic', context: { viewport: DESKTOP }, query: '?v=1' },
    { name: 'desktop, English', context: { viewport: DESKTOP }, query: '?v=1&lang=en' },
    { name: 'phone, Arabic', context: PHONE_CONTEXT, query: '?v=1' },
    { name: 'phone, English', context: PHONE_CONTEXT, query: '?v=1&lang=en' },
  ];
  for (const c of cases) {
    it(`has no violations: ${c.name}`, async () => {
      app = await openContext(h, c.context);
      await gotoApp(app, c.query);
      await waitForColumns(app.page, SEED_OUTLETS);
      await app.page.evaluate(() => document.fonts.ready);
      await expectNoAxeViolations(app.page, c.name);
      app.guard.assertClean();
    });
  }

  it('has no violations in the empty state and with a URL notice', async () => {
    app = await openContext(h);
    await gotoApp(app, '?v=1&o=nope');
    await app.page.waitForSelector(sel.urlNotice);
    await expectNoAxeViolations(app.page, 'URL notice');
    for (const id of SEED_OUTLETS) await app.page.click(sel.toggle(id));
    await app.page.waitForSelector(sel.emptyState);
    await expectNoAxeViolations(app.page, 'empty state');
    app.guard.assertClean();
  });

  it('has no violations with every clutter disclosure open', async () => {
    app = await openContext(h);
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.$$eval(sel.clutter, (els) => {
      for (const el of els) (el as HTMLDetailsElement).open = true;
    });
    await expectNoAxeViolations(app.page, 'clutter open');
    await screenshot(app.page, 'desktop-ar-clutter-open');
    app.guard.assertClean();
  });
});

describe('desktop (1440×900)', () => {
  it('reaches all five columns, scrolling the column area when they do not fit', async () => {
    app = await openContext(h, { viewport: DESKTOP });
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    for (const id of SEED_OUTLETS) {
      await app.page.locator(sel.columnOf(id)).scrollIntoViewIfNeeded();
      await expectColumnInView(app.page, id, 'scrolled into view');
    }
    const sizes = await overflow(app.page);
    expect(sizes.html, 'documentElement.scrollWidth').toBeLessThanOrEqual(DESKTOP.width);
    app.guard.assertClean();
  });

  it('looks right in English (screenshot)', async () => {
    app = await openContext(h);
    await gotoApp(app, '?v=1&lang=en');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.evaluate(() => document.fonts.ready);
    await screenshot(app.page, 'desktop-en');
    app.guard.assertClean();
  });
});

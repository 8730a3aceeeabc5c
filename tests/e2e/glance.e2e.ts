// "At a glance" on the production build with the seeds: the coverage chart, the agreement heat map and the
// timeline render; their tables say what their pictures draw; the outlet filter updates them; axe finds
// nothing; nothing overflows a 375 px phone.
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

const g = {
  glance: '[data-testid="glance"]',
  coverageRow: '[data-testid="coverage"] tbody tr',
  agreement: '[data-testid="agreement"]',
  entry: '[data-testid="timeline-entry"]',
} as const;

/** Loads the app and opens "at a glance" (closed on arrival; its charts are fetched when it opens). */
async function gotoGlance(opened: Opened, query = ''): Promise<void> {
  await gotoApp(opened, query);
  await opened.page.click('[data-testid="glance-toggle"]');
  await opened.page.waitForSelector('[data-testid="timeline"]');
}

/** The numbers in a text, in any script's digits. */
const numbersIn = (text: string) =>
  (text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).match(/\d+/g) ?? []).map(Number);
const numberIn = (text: string) => numbersIn(text)[0] ?? Number.NaN;

interface CoverageSeen {
  fact: string;
  /** From the table's cells, as written. */
  cells: { reporting: string; agree: string; contradict: string };
  /** From the bar: each segment's share of the bar's width, and the direction it grows from. */
  bar: Record<string, number>;
  barWidth: number;
  /** Which edge of the bar its first segment stands at: a full bar stands at both. */
  startsAt: 'right' | 'left' | 'both' | 'none';
}

function coverage(page: Page): Promise<CoverageSeen[]> {
  return page.$$eval(g.coverageRow, (rows) =>
    rows.map((row) => {
      const text = (kind: string) => row.querySelector(`[data-count="${kind}"]`)?.textContent ?? '';
      const bar = row.querySelector('[data-testid="coverage-bar"]') as HTMLElement;
      const box = bar.getBoundingClientRect();
      const segments = [...bar.querySelectorAll<HTMLElement>('[data-segment]')];
      const first = segments[0]?.getBoundingClientRect();
      return {
        fact: row.getAttribute('data-fact') ?? '',
        cells: { reporting: text('reporting'), agree: text('agree'), contradict: text('contradict') },
        bar: Object.fromEntries(
          segments.map((s) => [s.dataset.segment ?? '', s.getBoundingClientRect().width / box.width]),
        ),
        barWidth: box.width,
        startsAt: !first
          ? ('none' as const)
          : Math.abs(first.right - box.right) < 2 && Math.abs(first.left - box.left) < 2
            ? ('both' as const)
            : Math.abs(first.right - box.right) < 2
              ? ('right' as const)
              : Math.abs(first.left - box.left) < 2
                ? ('left' as const)
                : ('none' as const),
      };
    }),
  );
}

/** Every chart row: the bar's segments are the table's numbers over the shown outlets. */
function expectChartMatchesTable(rows: CoverageSeen[], outlets: number, rtl: boolean): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const reporting = numberIn(row.cells.reporting);
    const agree = numberIn(row.cells.agree);
    const contradict = numberIn(row.cells.contradict);
    expect(numbersIn(row.cells.reporting), `${row.fact}: of the shown outlets`).toEqual([reporting, outlets]);
    const alone = reporting - agree - contradict;
    const share = (k: string) => row.bar[k] ?? 0;
    expect(share('contradict'), `${row.fact} contradict`).toBeCloseTo(contradict / outlets, 2);
    expect(share('agree'), `${row.fact} agree`).toBeCloseTo(agree / outlets, 2);
    expect(share('alone'), `${row.fact} alone`).toBeCloseTo(alone / outlets, 2);
    expect(['both', rtl ? 'right' : 'left'], `${row.fact}: where its bar starts`).toContain(row.startsAt);
  }
  // Contradictions first, then by the number of outlets.
  const keys = rows.map((r) => [numberIn(r.cells.contradict) > 0 ? 0 : 1, -numberIn(r.cells.reporting)]);
  const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  expect(keys).toEqual(sorted);
}

interface PairSeen {
  shared: number;
  agree: number;
  contradict: number;
  text: string;
  alpha: number;
}

function pairs(page: Page): Promise<PairSeen[]> {
  return page.$$eval(`${g.agreement} td[data-shared]`, (cells) =>
    cells.map((cell) => {
      const colour = getComputedStyle(cell).backgroundColor;
      const alpha = Number(
        colour.match(/rgba?\([^)]*[,/]\s*([\d.]+)\)/)?.[1] ?? (colour.startsWith('rgb(') ? 1 : 0),
      );
      return {
        shared: Number(cell.getAttribute('data-shared')),
        agree: Number(cell.getAttribute('data-agree')),
        contradict: Number(cell.getAttribute('data-contradict')),
        text: [...cell.children].map((c) => c.textContent).join(' '),
        alpha,
      };
    }),
  );
}

function expectHeatMatchesNumbers(seen: PairSeen[], outlets: number): void {
  expect(seen.length).toBe(outlets * (outlets - 1));
  for (const pair of seen) {
    if (pair.shared === 0) continue;
    // The words in the cell are the counts, and the fill deepens with the share of agreement.
    const numbers = numbersIn(pair.text);
    expect(numbers.slice(0, 2)).toEqual([pair.agree, pair.shared]);
    // Arabic words one and two contradictions without a digit («تناقض واحد», «تناقضان»).
    if (pair.contradict > 2 || (pair.contradict > 0 && !/[\u0600-\u06FF]/.test(pair.text))) {
      expect(numbers[2]).toBe(pair.contradict);
    }
    expect(pair.alpha).toBeCloseTo(0.06 + (0.5 * pair.agree) / pair.shared, 2);
  }
}

describe('at a glance (desktop)', () => {
  it('draws what its tables say, in Arabic right to left and in English left to right', async () => {
    app = await openContext(h, { viewport: DESKTOP });
    for (const [query, rtl] of [
      ['?v=1', true],
      ['?v=1&lang=en', false],
    ] as const) {
      await gotoGlance(app, query);
      await app.page.waitForSelector(g.coverageRow);
      expectChartMatchesTable(await coverage(app.page), SEED_OUTLETS.length, rtl);
      expectHeatMatchesNumbers(await pairs(app.page), SEED_OUTLETS.length);
      // The diagonal: each outlet's own count of facts, one per outlet.
      const own = await app.page.$$eval(`${g.agreement} td[data-own]`, (cells) =>
        cells.map((c) => [Number(c.getAttribute('data-own')), c.textContent ?? '']),
      );
      expect(own).toHaveLength(SEED_OUTLETS.length);
      for (const [count, text] of own) expect(numberIn(String(text))).toBe(count);
    }
    await screenshot(app.page, 'glance-desktop-en');
  });

  it('places every outlet on its day of publication with its answer, from provenance', async () => {
    app = await openContext(h, { viewport: DESKTOP });
    await gotoGlance(app);
    const days = await app.page.$$eval('[data-testid="timeline-day"]', (els) =>
      els.map((d) => [
        d.getAttribute('data-day'),
        d.hasAttribute('data-story'),
        [...d.querySelectorAll('[data-testid="timeline-entry"]')].map((e) => e.getAttribute('data-source')),
      ]),
    );
    // The seeds' sources file dates four articles on the 13th, the day of the talks, and one on the 14th.
    expect(days).toEqual([
      ['2020-01-13', true, ['provenance', 'provenance', 'provenance', 'provenance']],
      ['2020-01-14', false, ['provenance']],
    ]);
    // Each entry carries the same answer as the matrix cell of that article.
    const mismatch = await app.page.$$eval(g.entry, (entries) =>
      entries.flatMap((e) => {
        const cell = document.querySelector(
          `[data-testid="matrix-cell"][data-question="talks-outcome"][data-article="${e.getAttribute('data-article')}"]`,
        );
        return cell?.getAttribute('data-answer') === e.getAttribute('data-answer')
          ? []
          : [e.getAttribute('data-article')];
      }),
    );
    expect(mismatch).toEqual([]);
  });

  it('updates when an outlet is hidden, and a fact label shows its evidence in the columns', async () => {
    app = await openContext(h, { viewport: DESKTOP });
    await gotoGlance(app);
    await app.page.waitForSelector(g.coverageRow);
    const hidden = SEED_OUTLETS[1]!;
    await app.page.click(sel.toggle(hidden));
    const rest = SEED_OUTLETS.filter((o) => o !== hidden);
    await waitForColumns(app.page, rest);
    await app.page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(selector as string).length === n,
      [g.entry, rest.length] as const,
    );
    expectChartMatchesTable(await coverage(app.page), rest.length, true);
    expectHeatMatchesNumbers(await pairs(app.page), rest.length);
    const heatOutlets = await app.page.$$eval(`${g.agreement} thead th[data-outlet]`, (ths) =>
      ths.map((th) => th.getAttribute('data-outlet')),
    );
    expect(heatOutlets).toEqual(rest);

    const label = app.page.locator(`${g.coverageRow} th button`).first();
    await label.click();
    await app.page.waitForSelector('[data-focused]');
    const focused = await app.page.$eval('[data-focused]', (el) => el.getAttribute('data-sentence-id'));
    expect(focused).toBeTruthy();
  });

  it('has no axe violations, open and in English', async () => {
    app = await openContext(h, { viewport: DESKTOP });
    await gotoGlance(app);
    await app.page.waitForSelector(g.coverageRow);
    await expectNoAxeViolations(app.page, 'glance desktop ar');
    await gotoGlance(app, '?v=1&lang=en');
    await app.page.waitForSelector(g.coverageRow);
    await expectNoAxeViolations(app.page, 'glance desktop en');
  });
});

describe('at a glance (phone, 375 px)', () => {
  it('fits the phone in both languages; the heat map scrolls in its own box; axe finds nothing', async () => {
    app = await openContext(h, { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    for (const query of ['?v=1', '?v=1&lang=en']) {
      await gotoGlance(app, query);
      await app.page.waitForSelector(g.coverageRow);
      await app.page.evaluate(() => document.fonts.ready);
      const sizes = await app.page.evaluate((glance) => {
        const section = document.querySelector(glance) as HTMLElement;
        const box = section.getBoundingClientRect();
        const scroller = document.querySelector('[data-testid="agreement"] section') as HTMLElement;
        const table = scroller.querySelector('table') as HTMLElement;
        return {
          scroller: {
            right: scroller.getBoundingClientRect().right,
            left: scroller.getBoundingClientRect().left,
          },
          tableWider: table.getBoundingClientRect().width > scroller.clientWidth,
          scrolls: getComputedStyle(scroller).overflowX === 'auto',
          innerWidth: window.innerWidth,
          html: document.documentElement.scrollWidth,
          left: box.left,
          right: box.right,
        };
      }, g.glance);
      expect(sizes.innerWidth, query).toBe(PHONE.width);
      expect(sizes.html, query).toBeLessThanOrEqual(PHONE.width);
      expect(sizes.left, query).toBeGreaterThanOrEqual(0);
      expect(sizes.right, query).toBeLessThanOrEqual(PHONE.width);
      // The heat map keeps inside the screen: when wider, it scrolls in its own box.
      expect(sizes.scroller.left, query).toBeGreaterThanOrEqual(0);
      expect(sizes.scroller.right, query).toBeLessThanOrEqual(PHONE.width);
      if (sizes.tableWider) expect(sizes.scrolls, query).toBe(true);
      await expectNoAxeViolations(app.page, `glance phone ${query}`);
    }
    await app.page.locator(g.glance).scrollIntoViewIfNeeded();
    await screenshot(app.page, 'glance-phone-en');
  });
});

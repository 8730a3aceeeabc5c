// The comparison in the real browser, on the seeds: the matrix leads to the evidence, the marks follow the
// highlight switch, both live in the URL, and it all works from the keyboard, on a phone and under axe.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectNoAxeViolations,
  gotoApp,
  type Opened,
  openContext,
  PHONE,
  screenshot,
  setupHarness,
  waitForUrl,
} from './harness.ts';

// COMPARISON_E2E_DIST serves another build instead of dist/ (e.g. one built over tests/fixtures/ui-corpus.ts),
// to try these tests before the pipeline fills the comparison in.
const h = setupHarness(process.env.COMPARISON_E2E_DIST ? { root: process.env.COMPARISON_E2E_DIST } : {});
let app: Opened | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PHONE_CONTEXT = { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
/** The mission's own question: every story config declares it (issue 3). */
const QUESTION = 'talks-outcome';

const c = {
  matrix: '[data-testid="matrix"]',
  cell: '[data-testid="matrix-cell"]',
  row: (q: string) => `[data-testid="matrix"] tr[data-question="${q}"]`,
  verdict: (q: string) => `[data-testid="matrix"] tr[data-question="${q}"] [data-testid="verdict"]`,
  /** The radio of a highlight mode (visually hidden), and the label the reader clicks. */
  mode: (m: string) => `[data-testid="highlight-${m}"]`,
  modeLabel: (m: string) => `label:has(> [data-testid="highlight-${m}"])`,
  sentence: (id: string) => `[data-sentence-id="${id}"]`,
  marked: '[data-sentence-id][data-status]',
  badge: '[data-testid="mark-badge"]',
  explanation: '[data-testid="explanation"]',
} as const;

/** A cell of the question whose answer is one side of its contradiction and that has evidence to show. */
async function contradictionCell(page: Page): Promise<{ article: string; answer: string; evidence: string }> {
  await page.waitForSelector(c.row(QUESTION));
  expect(await page.getAttribute(c.verdict(QUESTION), 'data-relation'), `verdict of ${QUESTION}`).toBe(
    'contradiction',
  );
  const cells = await page.$$eval(`${c.cell}[data-question="${QUESTION}"]`, (els) =>
    els.map((el) => ({
      article: el.getAttribute('data-article') ?? '',
      answer: el.getAttribute('data-answer') ?? '',
      evidence: el.getAttribute('data-evidence') ?? '',
    })),
  );
  const answers = new Set(cells.map((cell) => cell.answer));
  // The seeds' contradiction: outlets written before the outcome against outlets that report no signature.
  expect(answers.has('expected') && answers.has('not-signed'), `answers: ${[...answers].join(', ')}`).toBe(
    true,
  );
  const cell = cells.find((x) => x.answer === 'expected' && x.evidence !== '');
  if (!cell) throw new Error('no "expected" cell with evidence');
  return cell;
}

/** The sentence is on screen, inside the viewport on both axes, and nothing (a sticky bar) covers it. */
async function expectInView(page: Page, id: string): Promise<void> {
  try {
    await page.waitForFunction((selector) => {
      const el = document.querySelector(selector);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      // The middle of its first line: a sentence's box also holds empty corners of the lines it wraps over.
      const line = el.getClientRects()[0] ?? r;
      const hit = document.elementFromPoint(
        Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1),
        Math.min(Math.max(line.top + line.height / 2, 0), innerHeight - 1),
      );
      return (
        r.top >= 0 &&
        r.bottom <= innerHeight &&
        r.left >= -1 &&
        r.right <= innerWidth + 1 &&
        !!hit &&
        el.contains(hit)
      );
    }, c.sentence(id));
  } catch {
    // reported below with the geometry
  }
  const where = await page.locator(c.sentence(id)).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const line = el.getClientRects()[0] ?? r;
    const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    return {
      top: Math.round(r.top),
      bottom: Math.round(r.bottom),
      left: Math.round(r.left),
      right: Math.round(r.right),
      viewport: [innerWidth, innerHeight],
      uncovered: !!hit && el.contains(hit),
    };
  });
  expect(
    where.top >= 0 &&
      where.bottom <= (where.viewport[1] ?? 0) &&
      where.left >= -1 &&
      where.right <= (where.viewport[0] ?? 0) + 1 &&
      where.uncovered,
    `sentence ${id} in view: ${JSON.stringify(where)}`,
  ).toBe(true);
}

async function focusedSentence(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.sentenceId ?? null);
}

describe('fact matrix (desktop)', () => {
  it('a contradiction cell selects the question, scrolls its outlet’s column to the evidence and marks it', async () => {
    app = await openContext(h);
    await gotoApp(app);
    const cell = await contradictionCell(app.page);
    await app.page.click(`${c.cell}[data-question="${QUESTION}"][data-article="${cell.article}"]`);
    await waitForUrl(app.page, (url) => url.searchParams.get('q') === QUESTION, `q=${QUESTION}`);
    await expectInView(app.page, cell.evidence);
    const sentence = app.page.locator(c.sentence(cell.evidence));
    expect(await sentence.getAttribute('data-focused')).toBe('');
    expect(await sentence.getAttribute('data-evidence')).toBe('');
    expect(await focusedSentence(app.page)).toBe(cell.evidence);
    // The evidence sits in the column of the article the cell belongs to.
    expect(
      await sentence.evaluate((el) => el.closest('[data-testid="column"]')?.getAttribute('data-article')),
    ).toBe(cell.article);
    expect(await app.page.getAttribute(c.row(QUESTION), 'aria-current')).toBe('true');
    await screenshot(app.page, 'comparison-desktop-ar-evidence');
    app.guard.assertClean();
  });

  it('reopening the URL restores the question and the highlight mode; Back and Forward walk through them', async () => {
    app = await openContext(h);
    await gotoApp(app, `?v=1&q=${QUESTION}&h=contradictions`);
    await app.page.waitForSelector(c.row(QUESTION));
    expect(await app.page.getAttribute(c.row(QUESTION), 'aria-current')).toBe('true');
    expect(await app.page.isChecked(c.mode('contradictions'))).toBe(true);
    expect(await app.page.locator('[data-sentence-id][data-evidence]').count()).toBeGreaterThan(0);
    const statuses = await app.page.$$eval(c.marked, (els) =>
      els.map((el) => el.getAttribute('data-status')),
    );
    expect(new Set(statuses)).toEqual(new Set(['contradiction']));

    await app.page.click(c.modeLabel('none'));
    await waitForUrl(app.page, (url) => url.searchParams.get('h') === 'none', 'h=none');
    await app.page.goBack();
    await waitForUrl(
      app.page,
      (url) => url.searchParams.get('h') === 'contradictions',
      'back to h=contradictions',
    );
    expect(await app.page.isChecked(c.mode('contradictions'))).toBe(true);
    app.guard.assertClean();
  });

  it('an unknown question in the URL is dropped and named in the notice', async () => {
    app = await openContext(h);
    await gotoApp(app, '?v=1&q=no-such-question&h=loud');
    await app.page.waitForSelector('[data-testid="url-notice"]');
    const notice = await app.page.textContent('[data-testid="url-notice"]');
    expect(notice).toContain('no-such-question');
    expect(notice).toContain('loud');
    await waitForUrl(app.page, (url) => url.search === '?v=1', 'the address without q and h');
    app.guard.assertClean();
  });
});

describe('highlights (desktop)', () => {
  it('the switch changes what is marked and the URL; by default only what needs checking', async () => {
    app = await openContext(h);
    await gotoApp(app);
    await app.page.waitForSelector(c.marked);
    const count = (status?: string) =>
      app?.page.locator(status ? `${c.marked}[data-status="${status}"]` : c.marked).count() ?? 0;
    // The default marks contradictions, wire copy and single claims with a figure; agreements only on request.
    const essential = await count();
    expect(await count('agreement'), 'no agreement marked by default').toBe(0);
    const contradictions = await count('contradiction');
    expect(contradictions, 'contradicted sentences in the seeds').toBeGreaterThan(0);

    await app.page.click(c.modeLabel('all'));
    await waitForUrl(app.page, (url) => url.searchParams.get('h') === 'all', 'h=all');
    const all = await count();
    const agreements = await count('agreement');
    expect(agreements, 'confirmed sentences in the seeds').toBeGreaterThan(0);
    expect(essential, 'the default is quieter than "all"').toBeLessThan(all);

    await app.page.click(c.modeLabel('contradictions'));
    await waitForUrl(app.page, (url) => url.searchParams.get('h') === 'contradictions', 'h=contradictions');
    expect(await count()).toBe(contradictions);
    expect(await count()).toBeLessThan(all);

    await app.page.click(c.modeLabel('agreements'));
    await waitForUrl(app.page, (url) => url.searchParams.get('h') === 'agreements', 'h=agreements');
    expect(await count()).toBe(agreements);

    await app.page.click(c.modeLabel('none'));
    await waitForUrl(app.page, (url) => url.searchParams.get('h') === 'none', 'h=none');
    expect(await count()).toBe(0);

    await app.page.click(c.modeLabel('essential'));
    await waitForUrl(app.page, (url) => !url.searchParams.has('h'), 'h omitted for the default');
    expect(await count()).toBe(essential);
    app.guard.assertClean();
  });

  it('a mark explains itself on hover, and Escape dismisses it', async () => {
    app = await openContext(h);
    await gotoApp(app, '?v=1&h=contradictions');
    const badge = app.page.locator(c.badge).first();
    await badge.scrollIntoViewIfNeeded();
    await badge.hover();
    const panel = app.page.locator(c.explanation);
    await panel.waitFor();
    expect(await panel.getAttribute('role')).toBe('dialog');
    // It names at least one other sentence, with a way to go there.
    expect(await panel.locator('[data-testid="explain-go"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(app.page, 'explanation open');
    await screenshot(app.page, 'comparison-desktop-ar-explanation');
    await app.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    app.guard.assertClean();
  });
});

describe('keyboard', () => {
  it('reaches a matrix cell with Tab, opens its evidence with Enter, and a mark’s explanation with focus', async () => {
    app = await openContext(h);
    await gotoApp(app);
    const cell = await contradictionCell(app.page);
    const target = `${c.cell}[data-question="${QUESTION}"][data-article="${cell.article}"]`;
    // From the page's start, Tab until the cell has focus (the header, the filter and earlier cells come first).
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await app.page.keyboard.press('Tab');
      reached = await app.page.evaluate(
        (selector) => document.activeElement?.matches(selector) ?? false,
        target,
      );
    }
    expect(reached, 'the cell is reachable with Tab').toBe(true);
    await app.page.keyboard.press('Enter');
    await waitForUrl(app.page, (url) => url.searchParams.get('q') === QUESTION, `q=${QUESTION}`);
    await expectInView(app.page, cell.evidence);
    expect(await focusedSentence(app.page)).toBe(cell.evidence);

    // Tab from the focused sentence reaches its explanation badge, whose panel opens on focus.
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'mark-badge',
    );
    await app.page.locator(c.explanation).waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.locator(c.explanation).waitFor({ state: 'detached' });
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'mark-badge',
    );
    app.guard.assertClean();
  });
});

describe('phone (375×812)', () => {
  it('a cell switches to its outlet’s pane at the evidence, and the page never scrolls sideways', async () => {
    app = await openContext(h, PHONE_CONTEXT);
    await gotoApp(app);
    const cell = await contradictionCell(app.page);
    await app.page.locator(`${c.cell}[data-question="${QUESTION}"][data-article="${cell.article}"]`).tap();
    await waitForUrl(app.page, (url) => url.searchParams.get('q') === QUESTION, `q=${QUESTION}`);
    await expectInView(app.page, cell.evidence);
    const sizes = await app.page.evaluate(() => ({
      innerWidth: window.innerWidth,
      html: document.documentElement.scrollWidth,
    }));
    expect(sizes).toEqual({ innerWidth: PHONE.width, html: PHONE.width });
    await app.page.evaluate(() => document.fonts.ready);
    await screenshot(app.page, 'comparison-phone-ar-evidence');
    app.guard.assertClean();
  });

  it('the matrix scrolls inside its own box; a tap opens an explanation inside the screen', async () => {
    app = await openContext(h, PHONE_CONTEXT);
    await gotoApp(app, '?v=1&lang=en');
    await app.page.waitForSelector(c.matrix);
    const box = await app.page.locator(`${c.matrix} .matrix-scroller`).evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
    const badge = app.page.locator(c.badge).first();
    await badge.scrollIntoViewIfNeeded();
    await badge.tap();
    const panel = await app.page.locator(c.explanation).boundingBox();
    expect(panel, 'explanation shown').not.toBeNull();
    expect((panel?.x ?? -1) >= 0 && (panel?.x ?? 0) + (panel?.width ?? 0) <= PHONE.width).toBe(true);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await screenshot(app.page, 'comparison-phone-en-explanation');
    app.guard.assertClean();
  });
});

describe('accessibility and looks', () => {
  const cases = [
    {
      name: 'desktop, Arabic',
      context: { viewport: DESKTOP },
      query: `?v=1&q=${QUESTION}`,
      shot: 'desktop-ar',
    },
    {
      name: 'desktop, English',
      context: { viewport: DESKTOP },
      query: `?v=1&lang=en&q=${QUESTION}`,
      shot: 'desktop-en',
    },
    { name: 'phone, Arabic', context: PHONE_CONTEXT, query: `?v=1&q=${QUESTION}`, shot: 'phone-ar' },
    { name: 'phone, English', context: PHONE_CONTEXT, query: `?v=1&lang=en`, shot: 'phone-en' },
  ];
  for (const k of cases) {
    it(`has no axe violations with the matrix and marks: ${k.name}`, async () => {
      app = await openContext(h, k.context);
      await gotoApp(app, k.query);
      await app.page.waitForSelector(c.matrix);
      await app.page.evaluate(() => document.fonts.ready);
      await expectNoAxeViolations(app.page, k.name);
      await screenshot(app.page, `comparison-${k.shot}`);
      await screenshot(app.page, `comparison-${k.shot}-full`, true);
      app.guard.assertClean();
    });
  }

  it('prints the matrix whole: no sideways scroller, every outlet column on the page', async () => {
    app = await openContext(h);
    await gotoApp(app);
    await app.page.waitForSelector(c.matrix);
    await app.page.emulateMedia({ media: 'print' });
    const fit = await app.page.locator(`${c.matrix} table`).evaluate((table) => {
      const scroller = table.parentElement as HTMLElement;
      return { overflow: getComputedStyle(scroller).overflowX, right: table.getBoundingClientRect().right };
    });
    expect(fit.overflow).toBe('visible');
    expect(fit.right).toBeLessThanOrEqual(DESKTOP.width + 1);
    const pdf = await app.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    app.guard.assertClean();
  });
});

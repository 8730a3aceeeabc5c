// Export and print in the real browser, on the production build and under its Content-Security-Policy: the
// CSV and JSON downloads (blob: links) arrive, parse, and say what the screen says; print media drops the
// chrome and keeps the origin line, the matrix and the articles, nothing cut off; Chromium makes a PDF.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/core/schema.ts';
import {
  download,
  gotoApp,
  type Opened,
  openContext,
  PHONE,
  SEED_OUTLETS,
  savedText,
  screenshot,
  sel,
  setupHarness,
  waitForColumns,
} from './harness.ts';
import { SHOTS_DIR } from './paths.ts';

const h = setupHarness();
let app: Opened;

beforeEach(async () => {
  app = await openContext(h, { acceptDownloads: true });
});
afterEach(async () => {
  await app.close();
});

const x = {
  toggle: '[data-testid="export-toggle"]',
  panel: '[data-testid="export-panel"]',
  csv: '[data-testid="export-csv"]',
  json: '[data-testid="export-json"]',
  status: '[data-testid="export-status"]',
  origin: '[data-testid="print-origin"]',
  matrix: '[data-testid="matrix"]',
} as const;

/** RFC 4180 records of a CSV text (quoted commas, quotes and line breaks), after its BOM. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

/** What the matrix shows, read from the DOM: outlet heads, then each row's header, verdict and cells. */
function screenMatrix(page: Page) {
  return page.$$eval(`${x.matrix} table`, ([table]) => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    /** A cell's own words: its visible text without the screen-reader aside and the quotation. */
    const words = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      for (const aside of copy.querySelectorAll('.sr-only, q, svg, span.block')) aside.remove();
      return text(copy);
    };
    const heads = [...(table?.querySelectorAll('thead th[data-article]') ?? [])].map(text);
    const rows = [...(table?.querySelectorAll('tr[data-question], tr[data-fact]') ?? [])].map((tr) => {
      const th = tr.querySelector('th');
      const verdict = text(th?.querySelector('[data-testid="verdict"]'));
      const label = tr.hasAttribute('data-fact')
        ? text(th?.querySelector('q'))
        : text(th?.querySelector('span'));
      const cells = [...tr.querySelectorAll('td')].map((td) => {
        const cell = td.querySelector('[data-testid]');
        return {
          words: cell ? words(cell) : '',
          quote: text(cell?.querySelector('q')) || null,
          wire: cell?.querySelector('span.block') ? text(cell.querySelector('span.block')) : null,
        };
      });
      return { fact: tr.hasAttribute('data-fact'), label, verdict, cells };
    });
    return { heads, rows };
  });
}

/** The screen shortens quotes (with …); the file has them whole. */
function sameQuote(screen: string, file: string): boolean {
  return screen.endsWith('…') ? file.startsWith(screen.slice(0, -1).trimEnd()) : screen === file;
}

describe('export', () => {
  it('downloads the matrix as CSV, UTF-8 with BOM, cell for cell what the table shows for the selected outlets', async () => {
    const shown = ['alarabiya', 'youm7', 'turkeyalaan'].filter((id) => SEED_OUTLETS.includes(id));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    await gotoApp(app, `?v=1&o=${shown.join(',')}&lang=en`);
    await waitForColumns(app.page, shown);
    // Every fact row on screen, so the whole file can be checked against it.
    const more = app.page.locator(`${x.matrix} button[aria-expanded="false"]`);
    if ((await more.count()) > 0) await more.click();

    const file = await download(app.page, x.csv);
    const { bytes, name } = await savedText(file);
    expect(name).toMatch(/^tabayyun-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    await app.page.waitForFunction(
      ([selector, want]) => document.querySelector(selector as string)?.textContent === want,
      [x.status, `Downloaded ${name}`],
    );
    expect(await app.page.getAttribute(x.status, 'role')).toBe('status');

    const records = parseCsv(csv);
    const screen = await screenMatrix(app.page);
    expect(screen.heads).toHaveLength(shown.length);
    const bodies = records.filter((r) => r.some((c) => c !== '') && r[1] !== 'Verdict');
    const headers = records.filter((r) => r[1] === 'Verdict');
    for (const header of headers) expect(header.slice(2)).toEqual(screen.heads);
    expect(bodies).toHaveLength(screen.rows.length);
    screen.rows.forEach((row, i) => {
      const record = bodies[i] ?? [];
      const where = `row ${i} (${row.label.slice(0, 30)})`;
      expect(sameQuote(row.label, record[0] ?? ''), `${where}: label «${record[0]}»`).toBe(true);
      expect(record[1], where).toBe(row.verdict);
      expect(record).toHaveLength(2 + shown.length);
      row.cells.forEach((cell, j) => {
        const value = record[2 + j] ?? '';
        expect(value.startsWith(cell.words), `${where}, cell ${j}: «${value}» vs «${cell.words}»`).toBe(true);
        const quote = /«(.*)»/.exec(value)?.[1] ?? null;
        if (cell.quote === null) expect(quote, `${where}, cell ${j}`).toBeNull();
        else expect(sameQuote(cell.quote, quote ?? ''), `${where}, cell ${j}: ${value}`).toBe(true);
        expect(value.endsWith(`(${cell.wire})`), `${where}, cell ${j} wire`).toBe(cell.wire !== null);
      });
    });
    app.guard.assertClean();
  });

  it('downloads the whole corpus as JSON that parseCorpus accepts; its articles are the columns', async () => {
    await gotoApp(app, '?v=1&lang=ar');
    await waitForColumns(app.page, SEED_OUTLETS);
    const file = await download(app.page, x.json);
    const { bytes, name } = await savedText(file);
    expect(name).toMatch(/^tabayyun-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    const corpus = parseCorpus(JSON.parse(bytes.toString('utf8')));
    const columns = await app.page.$$eval(sel.column, (els) =>
      els.map((el) => el.getAttribute('data-article')),
    );
    expect(corpus.articles.map((a) => a.id)).toEqual(columns);
    expect(corpus.story.title.ar).toBe(await app.page.textContent(sel.title));
    // The confirmation in the interface language.
    await app.page.waitForFunction(
      ([selector, file]) => document.querySelector(selector as string)?.textContent?.includes(file as string),
      [x.status, name],
    );
    expect(await app.page.textContent(x.status)).toContain('نُزِّل الملف');

    // With fewer outlets shown, the JSON still holds the whole comparison.
    await gotoApp(app, `?v=1&o=${SEED_OUTLETS[0]}`);
    const again = parseCorpus(
      JSON.parse((await savedText(await download(app.page, x.json))).bytes.toString()),
    );
    expect(again.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    app.guard.assertClean();
  });

  it('fits a phone and passes axe: the open menu stays inside a 375 px screen in either language', async () => {
    await app.close();
    app = await openContext(h, { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    for (const lang of ['ar', 'en']) {
      await gotoApp(app, `?v=1&lang=${lang}`);
      await app.page.click(x.toggle);
      const box = await app.page.locator(x.panel).boundingBox();
      expect(box, lang).not.toBeNull();
      expect(box?.x ?? -1, lang).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0), lang).toBeLessThanOrEqual(PHONE.width);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      // Scoped to the header, where the control lives: other features' findings are theirs to report.
      const axe = await new AxeBuilder({ page: app.page }).include('header').analyze();
      expect(axe.passes.length, 'axe ran').toBeGreaterThan(5);
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`),
        lang,
      ).toEqual([]);
      await screenshot(app.page, `export-menu-phone-${lang}`);
    }
    app.guard.assertClean();
  });
});

describe('print', () => {
  /** Roughly an A4 page's printable width in CSS pixels (186 mm). */
  const PAPER = { width: 703, height: 1000 };

  it('hides the chrome, starts with the view’s origin, then the matrix, then each article full width', async () => {
    await app.page.setViewportSize(PAPER);
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.emulateMedia({ media: 'print' });
    const layout = await app.page.evaluate(() => {
      const visible = (selector: string) =>
        [...document.querySelectorAll(selector)].some((el) => (el as HTMLElement).offsetParent !== null);
      const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
      const columns = [...document.querySelectorAll('[data-testid="column"]')].map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, left: r.left, width: r.width };
      });
      // Text cut off: any matrix element whose content is wider than its box.
      const overflowing = [...document.querySelectorAll('[data-testid="matrix"] :is(th, td, button, table)')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`);
      return {
        chrome: {
          filter: visible('nav'),
          exportButton: visible('[data-testid="export-toggle"]'),
          copyLink: visible('[data-testid="copy-link"]'),
          highlightSwitch: visible('[data-testid="highlight-bar"] fieldset'),
          clutter: visible('[data-testid="clutter"]'),
          attribution: visible('[data-testid="attribution-details"]'),
        },
        origin: document.querySelector('[data-testid="print-origin"]')?.textContent ?? '',
        originTop: top('[data-testid="print-origin"]'),
        titleTop: top('[data-testid="story-title"]'),
        matrixTop: top('[data-testid="matrix"]'),
        columns,
        overflowing,
        tableOverhang: (() => {
          const table = document.querySelector('[data-testid="matrix"] table')?.getBoundingClientRect();
          const section = document.querySelector('[data-testid="matrix"]')?.getBoundingClientRect();
          if (!table || !section) return Number.NaN;
          return Math.max(0, section.left - table.left, table.right - section.right);
        })(),
        pageWidth: document.documentElement.clientWidth,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(layout.chrome).toEqual({
      filter: false,
      exportButton: false,
      copyLink: false,
      highlightSwitch: false,
      clutter: false,
      attribution: false,
    });
    expect(layout.origin).toContain(app.page.url());
    expect(layout.origin).toContain(await app.page.textContent(sel.title));
    expect(layout.originTop).toBeLessThan(layout.titleTop);
    expect(layout.titleTop).toBeLessThan(layout.matrixTop);
    expect(layout.columns).toHaveLength(SEED_OUTLETS.length);
    for (const [i, column] of layout.columns.entries()) {
      expect(column.top, `column ${i} below the matrix and the one before`).toBeGreaterThan(
        i === 0 ? layout.matrixTop : (layout.columns[i - 1]?.top ?? 0),
      );
      expect(column.width, `column ${i} full width`).toBeGreaterThan(layout.pageWidth * 0.85);
    }
    expect(layout.overflowing).toEqual([]);
    expect(layout.tableOverhang, 'the table is wider than the page').toBeLessThanOrEqual(1);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.pageWidth);
    await screenshot(app.page, 'export-print-media', true);
    app.guard.assertClean();
  });

  it('makes a PDF of one page or more', async () => {
    await gotoApp(app, '?v=1&o=alarabiya,albayan');
    await app.page.evaluate(() => document.fonts.ready);
    const pdf = await app.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    mkdirSync(SHOTS_DIR, { recursive: true });
    writeFileSync(path.join(SHOTS_DIR, 'export-print.pdf'), pdf);
    app.guard.assertClean();
  });
});

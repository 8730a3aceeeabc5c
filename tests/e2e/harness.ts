// Shared plumbing for the end-to-end files: one browser and one static server per file, fresh contexts per
// test, and a guard on every page that records console errors, uncaught exceptions, failed responses and any
// request leaving the origin, so each test can end with `guard.assertClean()`.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { DIST_DIR, SEEDS_DIR, SHOTS_DIR } from './paths.ts';
import { type StaticServer, start } from './static-server.ts';

interface SourcesFile {
  files: Record<string, { outlet?: string }>;
}
interface OutletsFile {
  outlets: { id: string; name: { ar: string; en: string }; markers?: Record<string, string[]> }[];
}

const sources = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'sources.json'), 'utf8')) as SourcesFile;
const registry = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'outlets.json'), 'utf8')) as OutletsFile;

/** Outlets of the seed articles, in seed-file order. */
export const SEED_OUTLETS: readonly string[] = [
  ...new Set(
    Object.keys(sources.files)
      .sort()
      .map((file) => sources.files[file]?.outlet)
      .filter((id): id is string => typeof id === 'string'),
  ),
];

export function outletName(id: string, lang: 'ar' | 'en'): string {
  const outlet = registry.outlets.find((o) => o.id === id);
  if (!outlet) throw new Error(`outlet ${id} is not in seeds/outlets.json`);
  return outlet.name[lang];
}

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 375, height: 812 } as const;

/** Timeout for any single Playwright wait: well under Vitest's 30 s, so a failure says what it waited for. */
const WAIT_MS = 10_000;

export const sel = {
  all: '[data-testid="outlet-all"]',
  toggle: (id: string) => `[data-testid="outlet-toggle-${id}"]`,
  anyToggle: '[data-testid^="outlet-toggle-"]',
  column: '[data-testid="column"]',
  columnOf: (id: string) => `[data-testid="column"][data-outlet="${id}"]`,
  clutter: '[data-testid="clutter"]',
  /** Disclosures that quote page text on purpose: removed clutter, and the markers that named the outlet. */
  quotesPage: '[data-testid="clutter"], [data-testid="attribution-details"]',
  copyLink: '[data-testid="copy-link"]',
  copyStatus: '[data-testid="copy-status"]',
  langSwitch: '[data-testid="lang-switch"]',
  urlNotice: '[data-testid="url-notice"]',
  emptyState: '[data-testid="empty-state"]',
  title: '[data-testid="story-title"]',
} as const;

export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * Starts one browser and one static server (optionally under a sub-path, optionally of another build) for the
 * calling test file.
 */
export function setupHarness(options: { base?: string; root?: string } = {}): Harness {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await start({ root: options.root ?? DIST_DIR, base: options.base ?? '/' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    get server() {
      if (!server) throw new Error('server not started');
      return server;
    },
  };
}

export class Guard {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly offOrigin: string[] = [];
  readonly failed: string[] = [];
  /** alert/confirm/prompt dialogs: the app opens none, so one means text from a page or a link ran. */
  readonly dialogs: string[] = [];

  constructor(
    context: BrowserContext,
    private readonly origin: string,
  ) {
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      let requestOrigin: string;
      try {
        requestOrigin = new URL(url).origin;
      } catch {
        requestOrigin = '';
      }
      if (requestOrigin !== this.origin) this.offOrigin.push(`${request.method()} ${url}`);
    });
    context.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'failed';
      // A load cancelled by the page's own navigation (reload, Back) is not a failure of the app.
      if (reason === 'net::ERR_ABORTED') return;
      this.failed.push(`${request.url()} (${reason})`);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) this.failed.push(`${response.url()} (HTTP ${response.status()})`);
    });
  }

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location();
        this.consoleErrors.push(
          `${message.text()}${where.url ? ` (at ${where.url}:${where.lineNumber})` : ''}`,
        );
      }
    });
    page.on('pageerror', (error) => this.pageErrors.push(String(error.stack ?? error)));
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /** No console error, no uncaught exception, no failed load, no request off the origin, no dialog. */
  assertClean(): void {
    expect({
      consoleErrors: this.consoleErrors,
      pageErrors: this.pageErrors,
      failedRequests: this.failed,
      requestsLeavingOrigin: this.offOrigin,
      dialogs: this.dialogs,
    }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      requestsLeavingOrigin: [],
      dialogs: [],
    });
  }
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  guard: Guard;
  /** Absolute URL of the app (the server's base) with the given query string or path suffix. */
  url(suffix?: string): string;
  /** A new page in the same context, watched by the same guard. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh context and page on the harness server; nothing is loaded yet. */
export async function openContext(h: Harness, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await h.browser.newContext({ viewport: DESKTOP, ...options });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const guard = new Guard(context, h.server.origin);
  const page = await context.newPage();
  guard.watch(page);
  return {
    context,
    page,
    guard,
    url: (suffix = '') => `${h.server.url}${suffix}`,
    async newPage() {
      const extra = await context.newPage();
      guard.watch(extra);
      return extra;
    },
    close: () => context.close(),
  };
}

/** Loads the app with a query string (e.g. '?v=1&o=youm7') and waits until it has rendered its story. */
export async function gotoApp(opened: Opened, query = '', page: Page = opened.page): Promise<void> {
  await page.goto(opened.url(query), { waitUntil: 'load' });
  await waitForApp(page);
}

/**
 * The app has rendered: the title plus either columns or the empty state, and React has committed the page (the
 * prerendered first view shows the same elements before its controls answer: src/prerender/tree.tsx).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector(sel.title);
  await page.waitForSelector(`${sel.column}, ${sel.emptyState}`);
  await page.waitForSelector('html[data-interactive]', { state: 'attached' });
}

/** Waits until exactly these outlets have columns (set equality), and returns the outlets shown. */
export async function waitForColumns(page: Page, outlets: readonly string[]): Promise<string[]> {
  const want = [...outlets].sort();
  try {
    await page.waitForFunction(
      ({ selector, want }) => {
        const got = [...document.querySelectorAll(selector)].map(
          (el) => el.getAttribute('data-outlet') ?? '',
        );
        return JSON.stringify([...new Set(got)].sort()) === JSON.stringify(want) && got.length >= want.length;
      },
      { selector: sel.column, want },
    );
  } catch {
    // fall through: the assertion below reports what was shown instead
  }
  const shown = await shownOutlets(page);
  expect([...new Set(shown)].sort(), 'outlets with a column').toEqual(want);
  return shown;
}

export function shownOutlets(page: Page): Promise<string[]> {
  return page.$$eval(sel.column, (els) => els.map((el) => el.getAttribute('data-outlet') ?? ''));
}

/** aria-pressed of every outlet toggle, keyed by outlet id. */
export function pressedToggles(page: Page): Promise<Record<string, string | null>> {
  return page.$$eval(sel.anyToggle, (els) =>
    Object.fromEntries(
      els.map((el) => [
        (el.getAttribute('data-testid') ?? '').replace('outlet-toggle-', ''),
        el.getAttribute('aria-pressed'),
      ]),
    ),
  );
}

export function pressedMap(selected: readonly string[]): Record<string, string> {
  return Object.fromEntries(SEED_OUTLETS.map((id) => [id, selected.includes(id) ? 'true' : 'false']));
}

/** The outlets named by the `o` parameter (null when absent: all outlets). */
export function outletsInUrl(url: string): string[] | null {
  const o = new URL(url).searchParams.get('o');
  return o === null ? null : o.split(',').filter(Boolean);
}

export async function waitForUrl(page: Page, predicate: (url: URL) => boolean, what: string): Promise<void> {
  try {
    await page.waitForURL(predicate);
  } catch {
    throw new Error(`URL never satisfied "${what}"; it is ${page.url()}`);
  }
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Text of each column without its clutter disclosure, keyed by outlet id. */
export function columnBodies(
  opened: Opened,
  /** What to leave out: by default both disclosures that quote page text; `clutter` keeps the evidence. */
  without: 'quotes' | 'clutter' = 'quotes',
): Promise<Record<string, string>> {
  return opened.page.$$eval(
    sel.column,
    (columns, clutterSelector) =>
      Object.fromEntries(
        columns.map((column) => {
          const copy = column.cloneNode(true) as HTMLElement;
          for (const details of copy.querySelectorAll(clutterSelector)) details.remove();
          return [column.getAttribute('data-outlet') ?? '?', copy.textContent ?? ''];
        }),
      ),
    without === 'quotes' ? sel.quotesPage : sel.clutter,
  );
}

/**
 * For each column, every text node that is article text (long, mostly Arabic letters, outside the clutter
 * disclosure) must sit in an element whose nearest `lang` is ar and whose `dir` resolves to rtl, whatever the
 * interface language.
 */
export function articleTextDirections(
  opened: Opened,
): Promise<Record<string, { checked: number; wrong: string[] }>> {
  return opened.page.$$eval(
    sel.column,
    (columns, clutterSelector) => {
      const result: Record<string, { checked: number; wrong: string[] }> = {};
      for (const column of columns) {
        const entry = { checked: 0, wrong: [] as string[] };
        result[column.getAttribute('data-outlet') ?? '?'] = entry;
        const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(clutterSelector)) continue;
          const text = (node.textContent ?? '').trim();
          const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
          if (text.length < 30 || arabic < text.length * 0.6) continue;
          entry.checked++;
          const lang = parent.closest('[lang]')?.getAttribute('lang');
          const dir = parent.closest('[dir]')?.getAttribute('dir');
          const computed = getComputedStyle(parent).direction;
          if (lang !== 'ar' || dir !== 'rtl' || computed !== 'rtl') {
            entry.wrong.push(`lang=${lang} dir=${dir} direction=${computed}: ${text.slice(0, 40)}…`);
          }
        }
      }
      return result;
    },
    sel.clutter,
  );
}

/** Formats axe violations so a failure says what and where. */
function describeViolations(
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[],
): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}`).join('\n')}`,
    )
    .join('\n');
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, `axe ran no rule (${label})`).toBeGreaterThan(10);
  const text = describeViolations(results.violations);
  expect(results.violations.length, `axe violations (${label}):\n${text}`).toBe(0);
}

/** Opens the export menu from the keyboard and activates one of its actions; returns the download it started. */
export async function download(page: Page, action: string): Promise<Download> {
  await page.focus('[data-testid="export-toggle"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="export-panel"]');
  await page.focus(action);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return file;
}

/** A download's bytes and the name the browser suggested for it. */
export async function savedText(file: Download): Promise<{ bytes: Buffer; name: string }> {
  const where = await file.path();
  return { bytes: readFileSync(where), name: file.suggestedFilename() };
}

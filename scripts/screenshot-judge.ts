// `npx tsx scripts/screenshot-judge.ts`: pictures of the relation judge's contradiction types in the built app.
// Builds the app, serves dist/ as a static host would, opens it in headless Chromium, pastes two short articles
// of one invented event through «أضف مقالًا» (one pair of sentences with opposite predicates, one with another
// place, one that agrees in other words), shows only those two columns, and saves:
//   docs/judge-columns.png          the two columns with their marks (desktop, Arabic)
//   docs/judge-explanation.png      the opposite-predicates mark's explanation opened (desktop, Arabic)
//   docs/judge-phone.png            the same explanation on a 375 px phone
//   docs/judge-explanation-en.png   the actor-or-place mark's explanation, the interface in English
// It prints what each mark and each opened explanation says, so the pictures can be checked against the text.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser.ts';
import { start } from '../tests/e2e/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const DOCS = path.join(ROOT, 'docs');

/** Two reports of one invented event: a title line, then three sentences each. */
const ARTICLES = [
  [
    'اجتماع وزراء التجارة العرب يبحث أزمة القمح',
    'ارتفعت أسعار القمح في الأسواق العربية خلال الأسبوع الماضي.',
    'واجتمع وزراء التجارة العرب في الرياض لبحث أزمة الإمدادات.',
    'واتفق الوزراء على إنشاء مخزون مشترك من الحبوب لمواجهة الأزمة.',
  ].join('\n'),
  [
    'وزراء التجارة العرب يناقشون نقص القمح',
    'انخفضت أسعار القمح في الأسواق العربية خلال الأسبوع الماضي.',
    'واجتمع وزراء التجارة العرب في الدوحة لبحث أزمة الإمدادات.',
    'وتوافق المجتمعون على تكوين احتياطي مشترك من الحبوب تديره الدول العربية معًا.',
  ].join('\n'),
];

const sel = {
  column: '[data-testid="column"]',
  ownColumn: '[data-testid="column"][data-article^="own-"]',
  columns: '[data-testid="columns"]',
  toggle: '[data-testid^="outlet-toggle-"]',
  open: '[data-testid="own-open"]',
  paste: '[data-testid="own-paste"]',
  submit: '[data-testid="own-submit"]',
  close: '[data-testid="own-close"]',
  badge: '[data-testid="mark-badge"]',
  explanation: '[data-testid="explanation"]',
  langSwitch: '[data-testid="lang-switch"]',
  mode: (value: string) => `label:has([data-testid="highlight-${value}"])`,
} as const;

const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** A fresh context (its own IndexedDB) with the app loaded and both articles pasted, one at a time. */
async function openWithArticles(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector(sel.column);
  for (const [i, text] of ARTICLES.entries()) {
    await page.click(sel.open);
    await page.fill(sel.paste, text);
    await page.click(sel.submit);
    await page.waitForFunction(({ selector, n }) => document.querySelectorAll(selector).length === n, {
      selector: sel.ownColumn,
      n: i + 1,
    });
    await page.click(sel.close);
  }
  return page;
}

/** Hides every outlet but the pasted articles' through the outlet buttons, as a reader would. */
async function showOnlyOwn(page: Page): Promise<void> {
  const own = await page.$$eval(sel.ownColumn, (els) =>
    els.map((el) => el.getAttribute('data-outlet') ?? ''),
  );
  const toggles = await page.$$eval(sel.toggle, (els) =>
    els.map((el) => ({
      id: (el.getAttribute('data-testid') ?? '').replace('outlet-toggle-', ''),
      pressed: el.getAttribute('aria-pressed') === 'true',
    })),
  );
  for (const { id, pressed } of toggles) {
    if (pressed && !own.includes(id)) await page.click(`[data-testid="outlet-toggle-${id}"]`);
  }
  await page.waitForFunction(({ column, n }) => document.querySelectorAll(column).length === n, {
    column: sel.column,
    n: own.length,
  });
}

/** Prints each marked sentence of the shown columns: its status, underlined cues and the badge's name. */
async function printMarks(page: Page): Promise<void> {
  const rows = await page.$$eval('[data-sentence-id]', (els) =>
    els.map((el) => {
      const badge = el.nextElementSibling?.querySelector('[data-testid="mark-badge"]');
      return {
        id: el.getAttribute('data-sentence-id'),
        status: el.getAttribute('data-status'),
        wire: el.hasAttribute('data-wire'),
        cues: [...el.querySelectorAll('.cue')].map((c) => `${c.textContent} (${c.getAttribute('data-cue')})`),
        badge: badge?.textContent ?? null,
        label: badge?.getAttribute('aria-label') ?? null,
        text: el.textContent,
      };
    }),
  );
  for (const row of rows) console.log(JSON.stringify(row));
}

/** Opens the explanation of the first mark whose sentence carries an underlined cue of this kind. */
async function openExplanation(page: Page, cueKind: string, how: 'hover' | 'tap'): Promise<void> {
  const badge = page.locator(`[data-sentence-id]:has(.cue[data-cue="${cueKind}"]) + span > ${sel.badge}`);
  // The badge towards the top of the screen, so the panel can open below it; near the page's end it opens above.
  await badge
    .first()
    .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.3));
  if (how === 'tap') await badge.first().tap();
  else await badge.first().hover();
  await page.waitForSelector(sel.explanation);
  console.log(`explanation (${cueKind}): ${await page.innerText(sel.explanation)}`);
}

async function ready(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  const { NODE_ENV: _ignored, ...env } = process.env;
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, env, stdio: 'inherit' },
  );
  const server = await start({ root: DIST });
  const browser = await launchChromium();
  try {
    const desktop = await openWithArticles(browser, server.url, DESKTOP);
    await showOnlyOwn(desktop);
    console.log(`view: ${desktop.url()}`);
    await printMarks(desktop);
    await desktop.locator(sel.columns).scrollIntoViewIfNeeded();
    await ready(desktop);
    await desktop.locator(sel.columns).screenshot({ path: path.join(DOCS, 'judge-columns.png') });

    await desktop.click(sel.mode('contradictions'));
    await openExplanation(desktop, 'predicate', 'hover');
    await ready(desktop);
    await desktop.screenshot({ path: path.join(DOCS, 'judge-explanation.png') });

    await desktop.mouse.move(0, 0);
    await desktop.keyboard.press('Escape');
    await desktop.click(sel.langSwitch);
    await desktop.waitForFunction(() => document.documentElement.lang === 'en');
    await openExplanation(desktop, 'entity', 'hover');
    await ready(desktop);
    await desktop.screenshot({ path: path.join(DOCS, 'judge-explanation-en.png') });

    const phone = await openWithArticles(browser, server.url, PHONE);
    await showOnlyOwn(phone);
    await phone.click(sel.mode('contradictions'));
    await openExplanation(phone, 'predicate', 'tap');
    await ready(phone);
    await phone.screenshot({ path: path.join(DOCS, 'judge-phone.png') });
    console.log(
      'wrote docs/judge-columns.png, docs/judge-explanation.png, docs/judge-phone.png and docs/judge-explanation-en.png',
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

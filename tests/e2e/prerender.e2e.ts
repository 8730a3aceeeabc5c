// The first view as HTML (issue 13, point 4): the build prerenders the default view of the default story into
// index.html (src/build/prerender-plugin.ts). Without JavaScript it is readable as it is; with JavaScript, React
// adopts it (hydration) without a console error or a layout shift; a link to another view never shows the
// prerendered one, not for a frame, and opens exactly the view it names (src/prerender/first-view.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp-plugin.ts';
import { buildWithFixtureStory } from './build-app.ts';
import {
  DESKTOP,
  type Harness,
  type Opened,
  openContext,
  outletName,
  PHONE,
  pressedMap,
  pressedToggles,
  SEED_OUTLETS,
  screenshot,
  sel,
  setupHarness,
  waitForApp,
  waitForColumns,
} from './harness.ts';
import { DIST_DIR } from './paths.ts';

/** The ceiling for the cumulative layout shift of opening a link. */
const MAX_CLS = 0.01;
const SECOND_STORY = 'beirut-port-blast-2020';

/**
 * Installed before any script of the page: every layout shift, the elements the parser made (before any module
 * script runs: readyState 'interactive' comes first), and one record per frame the page could paint until the app
 * is interactive, saying whether the prerendered view was visible in it.
 */
const PROBE = `(() => {
  const probe = { shifts: [], frames: [], parsed: null };
  window.__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.shifts.push({
        value: entry.value,
        sources: (entry.sources || []).map((s) => (s.node ? s.node.nodeName + ' ' + (s.node.getAttribute ? s.node.getAttribute('class') || '' : '').slice(0, 60) : '?')),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const root = document.getElementById('root');
    probe.parsed = {
      otherView: document.documentElement.classList.contains('other-view'),
      prerendered: document.body.getAttribute('data-prerendered'),
      child: root ? root.firstElementChild : null,
      title: document.querySelector('[data-testid="story-title"]'),
    };
  });
  let after = 0;
  const frame = () => {
    const root = document.getElementById('root');
    // Until the document is parsed, whatever #root holds came from the HTML.
    const child = probe.parsed ? probe.parsed.child : root && root.firstElementChild;
    probe.frames.push({
      root: Boolean(root),
      prerenderedShown: Boolean(root && child && child.isConnected && getComputedStyle(root).visibility === 'visible'),
    });
    if (document.documentElement.hasAttribute('data-interactive')) after++;
    if (after < 10) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

interface Probe {
  shifts: { value: number; sources: string[] }[];
  frames: { root: boolean; prerenderedShown: boolean }[];
  parsed: { otherView: boolean; prerendered: string | null } | null;
}

/** Opens `query` with the probe installed, waits for the app, the fonts and a quiet moment, and reads the probe. */
async function openProbed(app: Opened, query: string): Promise<Probe> {
  await app.context.addInitScript(PROBE);
  await app.page.goto(app.url(query), { waitUntil: 'load' });
  await waitForApp(app.page);
  await app.page.evaluate(() => document.fonts.ready);
  await app.page.waitForLoadState('networkidle');
  await app.page.waitForTimeout(300);
  return app.page.evaluate(() => {
    const probe = (window as unknown as { __probe: Probe & { parsed: { child: unknown } | null } }).__probe;
    return {
      shifts: probe.shifts,
      frames: probe.frames,
      parsed: probe.parsed && { otherView: probe.parsed.otherView, prerendered: probe.parsed.prerendered },
    };
  });
}

const cls = (probe: Probe) => probe.shifts.reduce((sum, shift) => sum + shift.value, 0);

/** Whether the elements the parser made from the prerendered HTML are still the page's (hydrated, not replaced). */
function adopted(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const parsed = (window as unknown as { __probe: { parsed: { child: Element; title: Element } | null } })
      .__probe.parsed;
    return Boolean(
      parsed?.child?.isConnected &&
        parsed.title?.isConnected &&
        parsed.title === document.querySelector('[data-testid="story-title"]'),
    );
  });
}

describe('the built index.html', () => {
  const html = () => readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');

  it('holds the default view: the story, the matrix and a column per outlet, marked with its story', () => {
    const page = html();
    expect(page).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page).toMatch(/<body data-prerendered="[a-z0-9-]+">/);
    expect(page).toContain('<div id="root"><div');
    expect(page).toContain('data-testid="story-title"');
    expect(page).toContain('data-testid="matrix"');
    for (const outlet of SEED_OUTLETS) expect(page).toContain(`data-outlet="${outlet}"`);
    // The document title is the story's, as the app sets it.
    expect(page).toMatch(/<title>[^<]+ — تبيُّن<\/title>/);
  });

  it('runs no inline script, as strict a CSP as before; its one script comes first and starts the app', () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [, attrs, body] = scripts[0]!;
    expect(body!.trim()).toBe('');
    expect(page).toContain(`content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}"`);
    // Before the stylesheet, so it never waits for it; it names the app's script and the story's data.
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head.indexOf('<script ')).toBeLessThan(head.indexOf('rel="stylesheet"'));
    const files = {
      script: /\bsrc="\.\/(assets\/first-view-[^"]+\.js)"/.exec(attrs!)?.[1],
      entry: /\bdata-entry-src="\.\/(assets\/index-[^"]+\.js)"/.exec(attrs!)?.[1],
      story: /\bdata-story-href="\.\/(assets\/story-[^"]+\.json)"/.exec(attrs!)?.[1],
    };
    const modules = [...attrs!.matchAll(/\bdata-module-\d+-src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(page).not.toContain('rel="modulepreload"');
    for (const file of [...Object.values(files), ...modules]) {
      expect(file).toBeTruthy();
      expect(existsSync(path.join(DIST_DIR, file!))).toBe(true);
    }
  });
});

describe('without JavaScript', () => {
  const h = setupHarness();

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`the default view is readable as it arrives (${label})`, async () => {
      const app = await openContext(h, { viewport, javaScriptEnabled: false, isMobile: label === 'phone' });
      try {
        await app.page.goto(app.url(), { waitUntil: 'load' });
        await app.page.evaluate(() => document.fonts.ready);
        const title = app.page.locator(sel.title);
        expect(await title.isVisible()).toBe(true);
        expect((await title.textContent())?.trim().length).toBeGreaterThan(10);
        expect(await app.page.title()).toContain((await title.textContent())!.trim());
        // The matrix: one row per question, a cell per outlet, each with its answer in words.
        expect(await app.page.locator('[data-testid="matrix"]').isVisible()).toBe(true);
        const cells = app.page.locator('[data-testid="matrix-cell"]');
        expect(await cells.count()).toBeGreaterThanOrEqual(SEED_OUTLETS.length);
        expect((await cells.first().textContent())?.trim()).not.toBe('');
        // Every outlet's column, named, with its article's text.
        const columns = await app.page.$$eval(sel.column, (els) =>
          els.map((el) => ({ outlet: el.getAttribute('data-outlet'), text: el.textContent ?? '' })),
        );
        expect(columns.map((c) => c.outlet).sort()).toEqual([...SEED_OUTLETS].sort());
        for (const column of columns) {
          expect(column.text).toContain(outletName(column.outlet!, 'ar'));
          expect(column.text.length).toBeGreaterThan(300);
        }
        const firstColumn = app.page.locator(sel.column).first();
        expect(await firstColumn.isVisible()).toBe(true);
        // The outlets' colours, which React writes as style attributes, reach the page as rules (the CSP refuses
        // style attributes): each swatch is filled, each column has its coloured top.
        const colours = await app.page.$$eval(`${sel.anyToggle} [data-swatch], ${sel.column}`, (els) =>
          els.map((el) =>
            el.matches('[data-swatch]')
              ? getComputedStyle(el).backgroundColor
              : getComputedStyle(el).borderTopColor,
          ),
        );
        expect(colours).toHaveLength(2 * SEED_OUTLETS.length);
        expect(new Set(colours).size).toBe(SEED_OUTLETS.length);
        for (const colour of colours) expect(colour).not.toMatch(/rgba\(0, 0, 0, 0\)|rgb\(231, 229, 228\)/);
        // The loading line is for another view on its way, not for this one; the note on JavaScript shows.
        expect(await app.page.locator('.first-view-status').isVisible()).toBe(false);
        expect(await app.page.locator('noscript p, body > p').first().isVisible()).toBe(true);
        const shot = await screenshot(app.page, `prerender-nojs-${label}`);
        await screenshot(app.page, `prerender-nojs-${label}-full`, true);
        console.log(`prerender: the first paint without JavaScript (${label}): ${shot}`);
        app.guard.assertClean();
      } finally {
        await app.close();
      }
    });
  }
});

describe('with JavaScript', () => {
  const h = setupHarness();
  let app: Opened;
  beforeEach(async () => {
    app = await openContext(h);
  });
  afterEach(async () => {
    await app.close();
  });

  for (const query of ['', '?v=1']) {
    it(`the default view (${query || 'no query'}) is hydrated: the same elements, no error, no layout shift`, async () => {
      const probe = await openProbed(app, query);
      expect(probe.parsed).toEqual({ otherView: false, prerendered: expect.any(String) });
      expect(await adopted(app.page), 'the prerendered elements are kept').toBe(true);
      expect(
        probe.frames.filter((f) => f.root).every((f) => f.prerenderedShown),
        'shown from the first frame on',
      ).toBe(true);
      expect(cls(probe), JSON.stringify(probe.shifts)).toBeLessThanOrEqual(MAX_CLS);
      console.log(`prerender: CLS ${cls(probe).toFixed(4)} on ${query || 'no query'}`);
      // And it answers: hiding an outlet hides its column, and the address says so; its swatch, filled by the
      // prerendered rule, is emptied by the style React sets now.
      const swatch = `${sel.toggle(SEED_OUTLETS[0]!)} [data-swatch]`;
      const fill = () => app.page.$eval(swatch, (el) => getComputedStyle(el).backgroundColor);
      expect(await fill()).not.toBe('rgba(0, 0, 0, 0)');
      await app.page.click(sel.toggle(SEED_OUTLETS[0]!));
      await waitForColumns(app.page, SEED_OUTLETS.slice(1));
      expect(new URL(app.page.url()).searchParams.get('o')).toBe(SEED_OUTLETS.slice(1).join(','));
      expect(await fill()).toBe('rgba(0, 0, 0, 0)');
      app.guard.assertClean();
    });
  }

  const two = [SEED_OUTLETS[1]!, SEED_OUTLETS[3]!];
  const links: [string, string, (page: Page) => Promise<void>][] = [
    [
      'a filtered link',
      `?v=1&o=${two.join(',')}`,
      async (page) => {
        await waitForColumns(page, two);
        expect(await pressedToggles(page)).toEqual(pressedMap(two));
      },
    ],
    [
      'an English link',
      '?v=1&lang=en',
      async (page) => {
        await waitForColumns(page, SEED_OUTLETS);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        expect(await page.textContent(sel.langSwitch)).toMatch(/عربي|العربية/);
      },
    ],
  ];
  for (const [label, query, check] of links) {
    it(`${label} (${query}) never shows the prerendered view, opens the view it names, without a shift`, async () => {
      const probe = await openProbed(app, query);
      expect(probe.parsed).toEqual({ otherView: true, prerendered: expect.any(String) });
      expect(
        probe.frames.filter((f) => f.prerenderedShown),
        'frames that showed the prerendered view',
      ).toEqual([]);
      await check(app.page);
      expect(await app.page.locator('.first-view-status').isVisible()).toBe(false);
      expect(await app.page.getAttribute('html', 'class')).not.toContain('other-view');
      expect(cls(probe), JSON.stringify(probe.shifts)).toBeLessThanOrEqual(MAX_CLS);
      console.log(`prerender: CLS ${cls(probe).toFixed(4)} on ${query}`);
      app.guard.assertClean();
    });
  }
});

describe('several stories', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'tabayyun-prerender-stories-'));
  beforeAll(() => buildWithFixtureStory(SECOND_STORY, dist));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const h: Harness = setupHarness({ root: dist });

  it('prerenders the default story with the picker; a link to the second story never shows it', async () => {
    const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(page).toContain('data-testid="story-picker"');
    expect(page).not.toContain(`data-prerendered="${SECOND_STORY}"`);
    const app = await openContext(h);
    try {
      const probe = await openProbed(app, `?v=1&s=${SECOND_STORY}`);
      expect(probe.parsed?.otherView).toBe(true);
      expect(probe.frames.filter((f) => f.prerenderedShown)).toEqual([]);
      expect(await app.page.inputValue('[data-testid="story-picker"]')).toBe(SECOND_STORY);
      // The second story's title and articles, none of the default one's.
      const defaultTitle = /data-testid="story-title"[^>]*>([^<]+)</.exec(page)![1]!;
      expect((await app.page.textContent(sel.title))?.trim()).not.toBe(defaultTitle.trim());
      const defaultArticles = [...page.matchAll(/data-article="([^"]+)"/g)].map((m) => m[1]);
      const shown = await app.page.$$eval(sel.column, (els) =>
        els.map((el) => el.getAttribute('data-article')),
      );
      expect(shown.length).toBeGreaterThanOrEqual(4);
      expect(shown.filter((id) => defaultArticles.includes(id!))).toEqual([]);
      expect(cls(probe), JSON.stringify(probe.shifts)).toBeLessThanOrEqual(MAX_CLS);
      console.log(`prerender: CLS ${cls(probe).toFixed(4)} on ?s=${SECOND_STORY}`);
      app.guard.assertClean();
    } finally {
      await app.close();
    }
  });

  it('the default story of that build hydrates too, picker included', async () => {
    const app = await openContext(h);
    try {
      const probe = await openProbed(app, '');
      expect(probe.parsed?.otherView).toBe(false);
      expect(await adopted(app.page)).toBe(true);
      expect(cls(probe), JSON.stringify(probe.shifts)).toBeLessThanOrEqual(MAX_CLS);
      app.guard.assertClean();
    } finally {
      await app.close();
    }
  });
});

// Untrusted article text in the real browser: a story folder whose files carry <script>, onerror, javascript:
// links, iframes and external stylesheets, plus a binary file. The app is built from it with the same
// Content-Security-Policy as the real build; nothing may run, load from elsewhere or leave the origin.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp-plugin.ts';
import { buildApp } from './build-app.ts';
import { expectNoAxeViolations, gotoApp, type Opened, openContext, sel, setupHarness } from './harness.ts';
import { ROOT_DIR } from './paths.ts';

const HOSTILE_DIST = path.join(ROOT_DIR, 'test-results', 'dist-hostile');

beforeAll(() => {
  buildApp({ seeds: 'tests/fixtures/hostile-story', outDir: HOSTILE_DIST });
});
const h = setupHarness({ root: HOSTILE_DIST });

let app: Opened;
beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

/** Every CSP violation the page reports, recorded from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('hostile article text', () => {
  it('is shown as inert text: no script, handler, link, frame or stylesheet from it runs or loads', async () => {
    await recordViolations(app.page);
    await gotoApp(app);
    const column = app.page.locator(sel.column).filter({ hasText: 'طلب مهلة حتى صباح الثلاثاء' });
    await column.waitFor();
    // Hover and click the words that carried handlers in the file.
    await column.getByText('الطرف الثاني', { exact: false }).first().hover();
    for (const details of await column.locator('details').all()) await details.locator('summary').click();
    const text = (await column.textContent()) ?? '';
    // The markup is visible as text (in the body or in the removed-lines list), never as elements.
    expect(text).toContain('<script>');
    expect(text).toContain('onerror');
    const live = await column.evaluate(
      (el) =>
        el.querySelectorAll(
          'script, img, iframe, object, embed, link, style, a[href^="javascript:"], [onerror]',
        ).length,
    );
    expect(live, 'elements made from article text').toBe(0);
    expect(await pwned(app.page)).toBeUndefined();
    expect(await violations(app.page), 'CSP violations (nothing should even try)').toEqual([]);
    app.guard.assertClean();
  });

  it('names the files it could not use, invisible characters shown, and shows the rest', async () => {
    await gotoApp(app);
    const notice = await app.page.waitForSelector('[data-testid="problems-notice"]');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('broken binary.txt');
    // A right-to-left override in a file name is shown, not obeyed: "report\u202Egnp.txt" cannot pass for ".png".
    expect(text).toContain('report⟨U+202E⟩gnp.txt');
    expect(text).not.toContain('\u202E');
    expect(await app.page.locator(sel.column).count()).toBe(4);
    app.guard.assertClean();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 375, height: 812 },
  ]) {
    it(`keeps a 3,000-letter word, a long URL and a long file name inside the page at ${viewport.width} px`, async () => {
      await app.page.setViewportSize(viewport);
      await gotoApp(app);
      await app.page.waitForSelector('[data-testid="problems-notice"]');
      const widths = await app.page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        window: window.innerWidth,
        columns: [...document.querySelectorAll('[data-testid="column"]')].map(
          (c) => c.scrollWidth - c.clientWidth,
        ),
      }));
      expect(widths.page, 'page width').toBeLessThanOrEqual(widths.window);
      expect(Math.max(...widths.columns), 'a column wider than itself').toBeLessThanOrEqual(1);
      app.guard.assertClean();
    });
  }

  it('stays accessible with the problems notice, long names and every disclosure open (axe)', async () => {
    await gotoApp(app);
    await app.page.waitForSelector('[data-testid="problems-notice"]');
    for (const summary of await app.page.locator('details > summary').all()) await summary.click();
    await expectNoAxeViolations(app.page, 'hostile story, disclosures open');
    app.guard.assertClean();
  });

  it('isolates each sentence, so a stray bidi override cannot reorder the next one', async () => {
    await gotoApp(app);
    const sentences = app.page.locator('[data-sentence-id]');
    expect(await sentences.count()).toBeGreaterThan(3);
    const isolation = await sentences.evaluateAll((els) => [
      ...new Set(els.map((e) => getComputedStyle(e).unicodeBidi)),
    ]);
    expect(isolation).toEqual(['isolate']);
    app.guard.assertClean();
  });
});

describe('Content-Security-Policy', () => {
  it('is in the built page, exactly as declared', async () => {
    const html = await (await fetch(h.server.url)).text();
    const content = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(content?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    expect(html, 'no inline script in the built page').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('is enforced: a script or image injected at run time is blocked and reported', async () => {
    await recordViolations(app.page);
    await gotoApp(app);
    // Trusted Types refuse a script built from a string before it can even be inserted.
    const scriptAttempt = await app.page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = "window.__pwned = 'inline'";
        document.head.append(script);
        return 'inserted';
      } catch (error) {
        return String(error);
      }
    });
    expect(scriptAttempt).toContain('TrustedScript');
    await app.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://evil.example/pixel.png';
      document.body.append(img);
    });
    await app.page.waitForFunction(() =>
      (window as unknown as { __violations: string[] }).__violations.some((v) => v.startsWith('img-src')),
    );
    const seen = await violations(app.page);
    expect(seen.some((v) => v.startsWith('require-trusted-types-for'))).toBe(true);
    expect(seen.some((v) => v.startsWith('img-src') && v.includes('evil.example'))).toBe(true);
    expect(await pwned(app.page)).toBeUndefined();
  });
});

// Untrusted article text in the real browser: a story folder whose files carry <script>, onerror, javascript:
// links, iframes and external stylesheets, plus a binary file. The app is built from it with the same
// Content-Security-Policy as the real build; nothing may run, load from elsewhere or leave the origin.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp-plugin.ts';
import { buildApp } from './build-app.ts';
import { gotoApp, type Opened, openContext, sel, setupHarness } from './harness.ts';
import { ROOT_DIR } from './paths.ts';

const HOSTILE_DIST = path.join(ROOT_DIR, 'test-results', 'dist-hostile');

beforeAll(() => {
  buildApp({ seeds: 'tests/fixtures/hostile-story', outDir: HOSTILE_DIST });
});
const h = setupHarness({ root: HOSTILE_DIST });

let app: Opened;
let dialogs: string[];
beforeEach(async () => {
  app = await openContext(h);
  dialogs = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
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
    expect(dialogs).toEqual([]);
    expect(await violations(app.page), 'CSP violations (nothing should even try)').toEqual([]);
    app.guard.assertClean();
  });

  it('names the file it could not use and shows the rest', async () => {
    await gotoApp(app);
    const notice = await app.page.waitForSelector('[data-testid="problems-notice"]');
    expect(await notice.textContent()).toContain('broken binary.txt');
    expect(await app.page.locator(sel.column).count()).toBe(2);
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

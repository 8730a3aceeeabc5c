// The outlet filter and the shareable URL: toggles, history, copy link, language, bad links, empty state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  articleTextDirections,
  gotoApp,
  type Opened,
  openContext,
  outletsInUrl,
  pressedMap,
  pressedToggles,
  SEED_OUTLETS,
  screenshot,
  sel,
  setupHarness,
  waitForApp,
  waitForColumns,
  waitForUrl,
} from './harness.ts';

const h = setupHarness();
let app: Opened;

beforeEach(async () => {
  app = await openContext(h, { permissions: ['clipboard-read', 'clipboard-write'] });
});
afterEach(async () => {
  await app.close();
});

function htmlLangDir(opened: Opened) {
  return opened.page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
}

describe('outlet filter and URL', () => {
  it('normalises the first URL: v=1, defaults omitted, no o= when every outlet shows', async () => {
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    await waitForUrl(app.page, (url) => url.searchParams.get('v') === '1', 'v=1');
    const url = new URL(app.page.url());
    expect([...url.searchParams.keys()]).toEqual(['v']);
    app.guard.assertClean();
  });

  it('toggling an outlet off removes its column, flips aria-pressed and drops it from o=', async () => {
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    const historyBefore = await app.page.evaluate(() => history.length);

    await app.page.click(sel.toggle('youm7'));
    const rest = SEED_OUTLETS.filter((id) => id !== 'youm7');
    await waitForColumns(app.page, rest);
    expect(await app.page.$(sel.columnOf('youm7'))).toBeNull();
    expect(await pressedToggles(app.page)).toEqual(pressedMap(rest));
    await waitForUrl(app.page, (url) => url.searchParams.has('o'), 'has o=');
    const inUrl = outletsInUrl(app.page.url());
    expect(inUrl).not.toContain('youm7');
    expect([...(inUrl ?? [])].sort()).toEqual([...rest].sort());
    expect(new URL(app.page.url()).searchParams.get('v')).toBe('1');
    expect(await app.page.evaluate(() => history.length), 'a toggle pushes a history entry').toBe(
      historyBefore + 1,
    );

    // And back on again.
    await app.page.click(sel.toggle('youm7'));
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await pressedToggles(app.page)).toEqual(pressedMap(SEED_OUTLETS));
    app.guard.assertClean();
  });

  it('toggles work from the keyboard', async () => {
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.focus(sel.toggle('albayan'));
    await app.page.keyboard.press('Space');
    await waitForColumns(
      app.page,
      SEED_OUTLETS.filter((id) => id !== 'albayan'),
    );
    await app.page.keyboard.press('Enter');
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'outlet-toggle-albayan',
    );
    app.guard.assertClean();
  });

  it('Back restores the previous view, columns and URL', async () => {
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    const first = app.page.url();

    await app.page.click(sel.toggle('alarabiya'));
    const withoutAlarabiya = SEED_OUTLETS.filter((id) => id !== 'alarabiya');
    await waitForColumns(app.page, withoutAlarabiya);
    await waitForUrl(app.page, (url) => url.searchParams.has('o'), 'has o=');
    const second = app.page.url();

    await app.page.click(sel.toggle('turkeyalaan'));
    const third = withoutAlarabiya.filter((id) => id !== 'turkeyalaan');
    await waitForColumns(app.page, third);
    await waitForUrl(app.page, (url) => url.href !== second, 'changed again');

    await app.page.goBack();
    await waitForUrl(app.page, (url) => url.href === second, `back to ${second}`);
    await waitForColumns(app.page, withoutAlarabiya);
    expect(await pressedToggles(app.page)).toEqual(pressedMap(withoutAlarabiya));

    await app.page.goBack();
    await waitForUrl(app.page, (url) => url.href === first, `back to ${first}`);
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await pressedToggles(app.page)).toEqual(pressedMap(SEED_OUTLETS));

    await app.page.goForward();
    await waitForUrl(app.page, (url) => url.href === second, `forward to ${second}`);
    await waitForColumns(app.page, withoutAlarabiya);
    app.guard.assertClean();
  });

  it('copy link puts the current URL on the clipboard, and that URL opens the same view elsewhere', async () => {
    await gotoApp(app, '?v=1&lang=en');
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.click(sel.toggle('ahlmasr'));
    await app.page.click(sel.toggle('albayan'));
    const selected = SEED_OUTLETS.filter((id) => id !== 'ahlmasr' && id !== 'albayan');
    await waitForColumns(app.page, selected);
    await waitForUrl(
      app.page,
      (url) => outletsInUrl(url.href)?.length === selected.length,
      'o= has 3 outlets',
    );

    await app.page.click(sel.copyLink);
    await app.page.waitForFunction(
      (selector) => /copied/i.test(document.querySelector(selector)?.textContent ?? ''),
      sel.copyStatus,
    );
    expect(await app.page.getAttribute(sel.copyStatus, 'role')).toBe('status');
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(app.page.url());

    // A fresh context: nothing shared with the first one but the link.
    const other = await openContext(h);
    try {
      await other.page.goto(copied);
      await waitForApp(other.page);
      await waitForColumns(other.page, selected);
      expect(await pressedToggles(other.page)).toEqual(await pressedToggles(app.page));
      expect(await pressedToggles(other.page)).toEqual(pressedMap(selected));
      expect(await htmlLangDir(other)).toEqual({ lang: 'en', dir: 'ltr' });
      expect(other.page.url()).toBe(copied);
      other.guard.assertClean();
    } finally {
      await other.close();
    }
    app.guard.assertClean();
  });

  it('copy link reports success in Arabic too', async () => {
    await gotoApp(app, '?v=1&o=youm7');
    await waitForColumns(app.page, ['youm7']);
    await app.page.click(sel.copyLink);
    await app.page.waitForFunction(
      (selector) => /[\u0600-\u06ff]/.test(document.querySelector(selector)?.textContent ?? ''),
      sel.copyStatus,
    );
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(app.page.url());
    app.guard.assertClean();
  });

  it('the language switch flips the interface to English LTR, keeps articles Arabic RTL, and survives reload', async () => {
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await htmlLangDir(app)).toEqual({ lang: 'ar', dir: 'rtl' });
    const arabicTitle = await app.page.textContent(sel.title);

    await app.page.click(sel.langSwitch);
    await app.page.waitForSelector('html[lang="en"][dir="ltr"]');
    await waitForUrl(app.page, (url) => url.searchParams.get('lang') === 'en', 'lang=en');
    expect(await app.page.textContent(sel.title)).not.toBe(arabicTitle);
    await expectArticlesArabic(app);

    await app.page.reload();
    await waitForApp(app.page);
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await htmlLangDir(app)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(new URL(app.page.url()).searchParams.get('lang')).toBe('en');
    await expectArticlesArabic(app);

    // Back to Arabic: the default, so lang= leaves the URL.
    await app.page.click(sel.langSwitch);
    await app.page.waitForSelector('html[lang="ar"][dir="rtl"]');
    await waitForUrl(app.page, (url) => !url.searchParams.has('lang'), 'no lang=');
    app.guard.assertClean();
  });

  it('a tampered URL shows what it can (youm7 only) and says what was dropped', async () => {
    await gotoApp(app, '?v=1&o=nope,youm7&lang=xx');
    await waitForColumns(app.page, ['youm7']);
    expect(await pressedToggles(app.page)).toEqual(pressedMap(['youm7']));
    expect(await htmlLangDir(app), 'a bad lang falls back to Arabic').toEqual({ lang: 'ar', dir: 'rtl' });
    const notice = await app.page.waitForSelector(sel.urlNotice);
    expect(await notice.isVisible()).toBe(true);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('nope');
    expect(text).toContain('xx');
    // The address bar is cleaned up to what is actually shown.
    await waitForUrl(app.page, (url) => !url.searchParams.has('lang'), 'no lang=');
    expect(outletsInUrl(app.page.url())).toEqual(['youm7']);
    await screenshot(app.page, 'desktop-url-notice');
    app.guard.assertClean();
  });

  it('a link made only of garbage still shows the page', async () => {
    await gotoApp(app, '?v=abc&o=%E0%A4%A&digits=zz&lang=&foo=bar&o=youm7');
    const shown = await app.page.$$eval(sel.column, (els) => els.length);
    expect(shown, 'columns shown for a garbage link').toBeGreaterThan(0);
    await app.page.waitForSelector(sel.urlNotice);
    app.guard.assertClean();
  });

  it('deselecting every outlet shows the empty state, and "all" brings every column back', async () => {
    await gotoApp(app, '?v=1');
    await waitForColumns(app.page, SEED_OUTLETS);
    for (const id of SEED_OUTLETS) await app.page.click(sel.toggle(id));
    await app.page.waitForSelector(sel.emptyState);
    await screenshot(app.page, 'desktop-empty-state');
    expect(await app.page.$$(sel.column)).toHaveLength(0);
    expect(await pressedToggles(app.page)).toEqual(pressedMap([]));
    await waitForUrl(app.page, (url) => outletsInUrl(url.href)?.length === 0, 'o= empty');

    await app.page.click(sel.all);
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await app.page.$(sel.emptyState)).toBeNull();
    expect(await pressedToggles(app.page)).toEqual(pressedMap(SEED_OUTLETS));
    expect(await app.page.getAttribute(sel.all, 'aria-pressed')).toBe('true');
    await waitForUrl(app.page, (url) => !url.searchParams.has('o'), 'no o=');
    app.guard.assertClean();
  });
});

async function expectArticlesArabic(opened: Opened): Promise<void> {
  const report = await articleTextDirections(opened);
  expect(Object.keys(report).sort()).toEqual([...SEED_OUTLETS].sort());
  for (const [outlet, column] of Object.entries(report)) {
    expect(column.checked, `long Arabic text nodes found in ${outlet}`).toBeGreaterThan(0);
    expect(column.wrong, `article text not marked rtl/ar in ${outlet}`).toEqual([]);
  }
}

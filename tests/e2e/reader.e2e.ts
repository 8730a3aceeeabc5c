// The reading view on a desktop: five outlets side by side, cleaned of page clutter, Arabic and RTL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  articleTextDirections,
  columnBodies,
  gotoApp,
  type Opened,
  openContext,
  outletName,
  pressedMap,
  pressedToggles,
  SEED_OUTLETS,
  screenshot,
  sel,
  setupHarness,
  waitForColumns,
} from './harness.ts';

/** Page clutter found in the seed files; none of it belongs in a column's article text. */
const CLUTTER = [
  'WhatsApp',
  'Telegram',
  'Email',
  'عدد الردود',
  'بواسطة:',
  'أبو وهبه المصري',
  '{{',
  'visit_count',
  'أحدث الأخبار',
  'إقرأ أيضاً',
  'زلزال بقوة',
  'ت + ت - الحجم الطبيعي',
  '01/11/2024',
  'الاستثمارات الأجنبية المباشرة',
];

const h = setupHarness();
let app: Opened;

beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

describe('reading view (desktop, Arabic)', () => {
  it('shows one column per seed outlet, each labelled by its outlet name', async () => {
    await gotoApp(app);
    expect(SEED_OUTLETS).toEqual(['alarabiya', 'ahlmasr', 'youm7', 'albayan', 'turkeyalaan']);
    const shown = await waitForColumns(app.page, SEED_OUTLETS);
    expect(shown).toHaveLength(5);
    expect(await pressedToggles(app.page)).toEqual(pressedMap(SEED_OUTLETS));

    const labels = await app.page.$$eval(sel.column, (columns) =>
      columns.map((column) => {
        const ids = (column.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        const label = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
        return {
          tag: column.tagName.toLowerCase(),
          outlet: column.getAttribute('data-outlet'),
          article: column.getAttribute('data-article'),
          label,
        };
      }),
    );
    for (const column of labels) {
      expect(column.tag).toBe('article');
      expect(column.article, `data-article of ${column.outlet}`).toBeTruthy();
      expect(column.label, `accessible name of the ${column.outlet} column`).toContain(
        outletName(column.outlet ?? '', 'ar'),
      );
    }
    expect(new Set(labels.map((c) => c.article)).size, 'distinct data-article values').toBe(5);

    const title = await app.page.$$eval(sel.title, (els) =>
      els.map((el) => [el.tagName, el.textContent?.trim()]),
    );
    expect(title).toHaveLength(1);
    expect(title[0]?.[0]).toBe('H1');
    expect(title[0]?.[1]).toBeTruthy();
    app.guard.assertClean();
  });

  it('keeps page clutter out of every column body', async () => {
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    const bodies = await columnBodies(app);
    expect(Object.keys(bodies).sort()).toEqual([...SEED_OUTLETS].sort());
    const found: string[] = [];
    for (const [outlet, text] of Object.entries(bodies)) {
      for (const needle of CLUTTER) if (text.includes(needle)) found.push(`${outlet}: ${needle}`);
    }
    expect(found, 'clutter strings inside column bodies').toEqual([]);
    // The article text itself is there (a sentence from each seed's body).
    expect(bodies.alarabiya).toContain('سيرغي لافروف');
    expect(bodies.youm7).toContain('القوات الخاصة به باقية');
    expect(bodies.turkeyalaan).toContain('انتهت في موسكو محادثات يوم الاثنين');
    app.guard.assertClean();
  });

  it('shows a body that the page repeated twice only once', async () => {
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    const bodies = await columnBodies(app);
    const sentence = 'ودعت مسودة الاتفاق الليبي الطرفين لوقف جميع الأعمال العسكرية الهجومية';
    expect(bodies.alarabiya?.split(sentence).length, 'times the repeated paragraph shows in alarabiya').toBe(
      2,
    );
    app.guard.assertClean();
  });

  it('is Arabic and right-to-left by default, and the article text is marked dir=rtl lang=ar', async () => {
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    const html = await app.page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
    }));
    expect(html).toEqual({ lang: 'ar', dir: 'rtl' });
    const report = await articleTextDirections(app);
    for (const [outlet, column] of Object.entries(report)) {
      expect(column.checked, `long Arabic text nodes found in ${outlet}`).toBeGreaterThan(0);
      expect(column.wrong, `article text not marked rtl/ar in ${outlet}`).toEqual([]);
    }
    app.guard.assertClean();
  });

  it('labels the source lines in Arabic in the Arabic interface', async () => {
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.$$eval('[data-testid="attribution-details"]', (all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    const bodies = await columnBodies(app, 'clutter');
    // Interface words of the attribution evidence, which must be translated like the rest of the interface.
    const english =
      /\b(widget|self-reference|dateline|provenance file|domain|header|line \d+|sure|likely|unconfirmed)\b/;
    const found = Object.entries(bodies)
      .map(([outlet, text]) => [outlet, text.match(english)?.[0]] as const)
      .filter(([, word]) => word !== undefined)
      .map(([outlet, word]) => `${outlet}: "${word}"`);
    expect(found, 'untranslated English interface words in Arabic columns').toEqual([]);
    app.guard.assertClean();
  });

  it('puts the first outlet at the right in both interface languages', async () => {
    const lefts = () =>
      app.page.$$eval(sel.column, (columns) =>
        columns.map((c) => Math.round(c.getBoundingClientRect().left)),
      );
    for (const lang of ['ar', 'en'] as const) {
      await gotoApp(app, `?v=1&lang=${lang}`);
      await waitForColumns(app.page, SEED_OUTLETS);
      const xs = await lefts();
      expect(xs, `column positions in ${lang}`).toEqual([...xs].sort((a, b) => b - a));
      expect(new Set(xs).size).toBe(xs.length);
    }
    app.guard.assertClean();
  });

  it('looks right on a desktop (screenshots)', async () => {
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    await app.page.evaluate(() => document.fonts.ready);
    await screenshot(app.page, 'desktop-ar');
    await screenshot(app.page, 'desktop-ar-full', true);
    app.guard.assertClean();
  });
});

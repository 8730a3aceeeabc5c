// Any story, in the browser (issue 12): a new comparison from three pasted articles, kept across a reload, in the
// picker, deleted and undone; an off-topic article told; a story file exported and opened in a fresh browser
// profile (the sender's link then opens the same view); a story carried in a link; a link naming what the
// recipient lacks; damaged story files refused with nothing changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  download,
  gotoApp,
  type Opened,
  openContext,
  PHONE,
  savedText,
  screenshot,
  sel,
  setupHarness,
} from './harness.ts';
import { ROOT_DIR } from './paths.ts';

const BEIRUT = path.join(ROOT_DIR, 'tests/fixtures/stories/beirut-port-blast-2020');
const UNSEEN = path.join(ROOT_DIR, 'tests/fixtures/unseen');
const beirut = (file: string) => readFileSync(path.join(BEIRUT, file), 'utf8');
const unseen = (file: string) => readFileSync(path.join(UNSEEN, file), 'utf8');

const ui = {
  newStory: '[data-testid="story-new"]',
  storyDialog: '[data-testid="story-dialog"]',
  storyTitle: '[data-testid="story-title-input"]',
  storyDate: '[data-testid="story-date-input"]',
  create: '[data-testid="story-create"]',
  empty: '[data-testid="story-empty"]',
  addDialog: '[data-testid="own-dialog"]',
  paste: '[data-testid="own-paste"]',
  submit: '[data-testid="own-submit"]',
  close: '[data-testid="own-close"]',
  result: '[data-testid="own-result"]',
  picker: '[data-testid="story-picker"]',
  rename: '[data-testid="story-rename"]',
  renameInput: '[data-testid="story-rename-input"]',
  renameSave: '[data-testid="story-rename-save"]',
  remove: '[data-testid="story-delete"]',
  undo: '[data-testid="story-undo"]',
  imported: '[data-testid="story-imported"]',
  ownColumn: '[data-testid="column"][data-article^="own-"]',
};

const TITLE = 'انفجار مرفأ بيروت';

const h = setupHarness();
let app: Opened;

beforeEach(async () => {
  app = await openContext(h, { permissions: ['clipboard-read', 'clipboard-write'] });
});
afterEach(async () => {
  await app.close();
});

/** Pastes one article into the open add dialog and waits until its result line is there. */
async function pasteOne(page: Page, text: string): Promise<string | null> {
  await page.fill(ui.paste, text);
  const before = await page.$$eval(ui.ownColumn, (els) => els.length);
  await page.click(ui.submit);
  await page.waitForSelector(ui.result);
  await page.waitForFunction(
    ({ s, n }) =>
      document.querySelectorAll(s).length > n ||
      document.querySelector('[data-status="off-topic"], [data-status="refused"]'),
    { s: ui.ownColumn, n: before },
  );
  return page.getAttribute(ui.result, 'data-status');
}

/** A new comparison with `texts` pasted one by one; returns its id (from the address). */
async function newStory(page: Page, title: string, texts: string[], date = ''): Promise<string> {
  await page.click(ui.newStory);
  await page.waitForSelector(ui.storyDialog);
  await page.fill(ui.storyTitle, title);
  if (date) await page.fill(ui.storyDate, date);
  await page.click(ui.create);
  await page.waitForSelector(ui.addDialog);
  for (const text of texts) expect(await pasteOne(page, text)).toBe('added');
  await page.click(ui.close);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="column"]').length === n,
    texts.length,
  );
  const id = new URL(page.url()).searchParams.get('s');
  expect(id).toMatch(/^mine-[a-z0-9]+$/);
  return id!;
}

/** Opens a story file as a reader does: the export menu's "open a story file", then the browser's picker. */
async function openStoryFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.click('[data-testid="export-toggle"]');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.click('[data-testid="story-file-open"]'),
  ]);
  await chooser.setFiles(file);
}

/** What a reader sees of the comparison: each column's outlet and its first words, the matrix's rows. */
async function viewOf(page: Page) {
  return {
    title: await page.textContent(sel.title),
    columns: await page.$$eval('[data-testid="column"]', (els) =>
      els.map((el) => `${el.getAttribute('data-outlet')}|${(el.textContent ?? '').slice(0, 200)}`),
    ),
    matrix: await page.$$eval('[data-testid="matrix"] tr', (els) =>
      els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  };
}

describe('a new comparison in the browser', () => {
  it('three pasted articles: compared, kept across a reload, in the picker, renamed, deleted and undone', async () => {
    const { page } = app;
    await gotoApp(app);
    const bundledTitle = await page.textContent(sel.title);
    await page.click(ui.newStory);
    await page.waitForSelector(ui.storyDialog);
    // A title is required: the dialog says so and creates nothing.
    await page.click(ui.create);
    expect(await page.textContent(ui.storyDialog)).toMatch(/اكتب عنوانًا للحدث/);
    await page.fill(ui.storyTitle, TITLE);
    await page.fill(ui.storyDate, '2020-08-04');
    await page.click(ui.create);
    await page.waitForSelector(ui.addDialog);
    expect(await page.textContent(sel.title)).toBe(TITLE);
    await page.click(ui.close);
    await page.waitForSelector(ui.empty);
    await screenshot(page, 'new-story-empty');
    await page.click(`${ui.empty} button`);
    await page.waitForSelector(ui.addDialog);
    for (const file of ['report-a.txt', 'report-b.txt', 'report-c.txt'])
      expect(await pasteOne(page, beirut(file))).toBe('added');
    await page.click(ui.close);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 3);
    const id = new URL(page.url()).searchParams.get('s')!;
    expect(id).toMatch(/^mine-/);
    // A comparison with no questions still leads with a matrix of the facts the outlets share.
    await page.waitForSelector('[data-testid="matrix"]');
    const view = await viewOf(page);
    expect(view.matrix.length).toBeGreaterThan(1);
    expect(await page.textContent('header')).toMatch(/2020/);
    await screenshot(page, 'new-story-desktop', true);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'new-story-phone', true);
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 3);
    expect(await viewOf(page)).toEqual(view);
    const options = await page.$$eval(`${ui.picker} option`, (els) =>
      els.map((el) => [(el as HTMLOptionElement).value, el.textContent]),
    );
    expect(options.find(([value]) => value === id)?.[1]).toMatch(/انفجار مرفأ بيروت، مقارنتك \(3 مقالات\)/);

    await page.click(ui.rename);
    await page.fill(ui.renameInput, `${TITLE} في 4 آب`);
    await page.click(ui.renameSave);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, `${TITLE} في 4 آب`);

    // Delete: the default story is shown, the picker lacks it; undo brings it back with its three articles.
    await page.click(ui.remove);
    await page.waitForSelector(ui.undo);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, bundledTitle);
    expect(
      await page.$$eval(`${ui.picker} option`, (els) => els.map((el) => (el as HTMLOptionElement).value)),
    ).not.toContain(id);
    await page.click(ui.undo);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 3);
    expect(new URL(page.url()).searchParams.get('s')).toBe(id);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 3);
    expect(await page.textContent(sel.title)).toBe(`${TITLE} في 4 آب`);

    // Deleted for good: a reload no longer has it, and its link now says it was made elsewhere.
    await page.click(ui.remove);
    await page.waitForSelector(ui.undo);
    await page.goto(app.url(`?v=1&s=${id}`), { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="url-notice"]');
    expect(await page.textContent('[data-testid="url-notice"]')).toMatch(/ملف القصة/);
    app.guard.assertClean();
  });

  it('an article about another event is held back and the reader chooses: add anyway, or a new comparison', async () => {
    const { page } = app;
    await gotoApp(app);
    const id = await newStory(page, TITLE, [beirut('report-a.txt'), beirut('report-b.txt')]);
    await page.click('[data-testid="own-open"]');
    await page.waitForSelector(ui.addDialog);
    await page.fill(ui.paste, unseen('aljazeera-morocco-quake.txt'));
    await page.click(ui.submit);
    await page.waitForSelector('[data-status="off-topic"]');
    expect(await page.textContent('[data-testid="own-off-topic"]')).toBe(
      'لم يُضف بعد: لا يبدو أن هذا المقال عن الحدث نفسه',
    );
    // The paste stays in the box; nothing was added.
    expect((await page.inputValue(ui.paste)).length).toBeGreaterThan(100);
    expect(await page.$$eval('[data-testid="column"]', (els) => els.length)).toBe(2);
    await screenshot(page, 'new-story-off-topic');
    // A new comparison with it: its own story, named after its headline, with it as the only article.
    await page.click('[data-testid="own-new-with"]');
    await page.waitForFunction((old) => new URL(location.href).searchParams.get('s') !== old, id);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 1);
    expect(await page.textContent(sel.title)).toMatch(/المغرب|زلزال/);
    // Back in the first story, the off-topic article can be added anyway.
    await page.click(ui.close);
    await page.selectOption(ui.picker, id);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 2);
    await page.click('[data-testid="own-open"]');
    await page.fill(ui.paste, unseen('aljazeera-morocco-quake.txt'));
    await page.click(ui.submit);
    await page.waitForSelector('[data-status="off-topic"]');
    await page.click('[data-testid="own-add-anyway"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 3);
    // The same event is not held back.
    await page.fill(ui.paste, beirut('report-c.txt'));
    await page.click(ui.submit);
    await page.waitForSelector('[data-status="added"]');
    app.guard.assertClean();
  });

  it('exports a story file; a fresh browser opens it and the sender’s link shows the same view', async () => {
    const { page } = app;
    await gotoApp(app);
    const id = await newStory(page, TITLE, [
      beirut('report-a.txt'),
      beirut('report-b.txt'),
      beirut('report-c.txt'),
    ]);
    // A filtered view: two of the three outlets.
    const outlets = await page.$$eval('[data-testid="column"]', (els) =>
      els.map((el) => el.getAttribute('data-outlet')),
    );
    await page.click(`[data-testid="outlet-toggle-${outlets[2]}"]`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="column"]').length === 2);
    const link = page.url();
    expect(new URL(link).searchParams.get('o')).toBeTruthy();
    const sender = await viewOf(page);
    const saved = await savedText(await download(page, '[data-testid="story-file-save"]'));
    expect(saved.name).toMatch(/\.tabayyun\.json$/);
    const file = JSON.parse(saved.bytes.toString('utf8'));
    expect(file).toMatchObject({ format: 'tabayyun-story', version: 1, story: { id, title: TITLE } });
    expect(file.articles).toHaveLength(3);

    // A fresh profile: the link alone says the story is the sender's, and leaves the link as it was.
    const other = await openContext(h);
    try {
      await other.page.goto(link, { waitUntil: 'load' });
      await other.page.waitForSelector('[data-testid="url-notice"]');
      expect(await other.page.textContent('[data-testid="url-notice"]')).toMatch(/ملف القصة/);
      expect(other.page.url()).toBe(link);
      await openStoryFile(other.page, {
        name: saved.name,
        mimeType: 'application/json',
        buffer: saved.bytes,
      });
      await other.page.waitForSelector(ui.imported);
      expect(await other.page.textContent(ui.imported)).toMatch(/أُضيفت 3 مقالات/);
      await other.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="column"]').length === 2,
      );
      expect(await viewOf(other.page)).toEqual(sender);
      // The sender's link, followed again in the recipient's browser, opens the same view.
      await other.page.goto(link, { waitUntil: 'load' });
      await other.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="column"]').length === 2,
      );
      expect(await viewOf(other.page)).toEqual(sender);
      expect(await other.page.$('[data-testid="url-notice"]')).toBeNull();
      other.guard.assertClean();
    } finally {
      await other.close();
    }
    app.guard.assertClean();
  });

  it('a small story travels in its link; a large one says to send the file', async () => {
    const { page } = app;
    await gotoApp(app);
    const short = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.length > 60)
        .slice(0, 2)
        .join('\n');
    await newStory(page, 'قصة قصيرة', [short(beirut('report-a.txt')), short(beirut('report-b.txt'))]);
    const sender = await viewOf(page);
    await page.click('[data-testid="export-toggle"]');
    await page.click('[data-testid="story-link-copy"]');
    await page.waitForFunction(() =>
      /نُسخ رابط/.test(document.querySelector('[data-testid="export-status"]')?.textContent ?? ''),
    );
    const carried = await page.evaluate(() => navigator.clipboard.readText());
    expect(carried).toMatch(/#story=[A-Za-z0-9_-]+$/);
    expect(carried.length).toBeLessThanOrEqual(4000);
    console.log(`e2e story link: two short articles in a link of ${carried.length} characters`);

    const other = await openContext(h);
    try {
      await other.page.goto(carried, { waitUntil: 'load' });
      await other.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="column"]').length === 2,
      );
      expect(await viewOf(other.page)).toEqual(sender);
      // The story is kept; the address no longer carries it.
      expect(new URL(other.page.url()).hash).toBe('');
      await other.page.reload({ waitUntil: 'load' });
      await other.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="column"]').length === 2,
      );
      // A damaged link: told, and the app still works.
      await other.page.goto('about:blank');
      await other.page.goto(`${carried.split('#')[0]}#story=AAAA-not-a-story`, { waitUntil: 'load' });
      await other.page.waitForSelector(ui.imported);
      expect(await other.page.textContent(ui.imported)).toMatch(/لم تُفتح القصة التي يحملها الرابط/);
      other.guard.assertClean();
    } finally {
      await other.close();
    }

    await newStory(page, TITLE, [beirut('report-a.txt'), beirut('report-b.txt'), beirut('report-c.txt')]);
    await page.click('[data-testid="export-toggle"]');
    await page.click('[data-testid="story-link-copy"]');
    await page.waitForFunction(() =>
      /أرسل ملف القصة/.test(document.querySelector('[data-testid="export-status"]')?.textContent ?? ''),
    );
    app.guard.assertClean();
  });

  it('damaged, foreign and oversized story files are refused with a reason, and nothing changes', async () => {
    const { page } = app;
    await gotoApp(app);
    const before = await viewOf(page);
    const files: [string, Buffer, RegExp][] = [
      [
        'broken.json',
        Buffer.from('{"format": "tabayyun-story", "version": 1, "story": '),
        /ليس نص JSON سليمًا/,
      ],
      ['other.json', Buffer.from('{"hello": "world"}'), /ليس ملف قصة من تبيُّن/],
      ['newer.json', Buffer.from(JSON.stringify({ format: 'tabayyun-story', version: 9 })), /إصدار أحدث/],
      [
        'tampered.json',
        Buffer.from(
          JSON.stringify({
            format: 'tabayyun-story',
            version: 1,
            story: { id: 'mine-abcdefgh', title: 'x', createdAt: '2026-01-01' },
            articles: [{ id: 'not an id', name: 'a', text: 'b', notes: [], addedAt: '' }],
            view: '',
            exportedAt: '',
          }),
        ),
        /تالف/,
      ],
    ];
    // Over the limit: Playwright passes a file this large only by its path.
    const huge = path.join(tmpdir(), 'tabayyun-huge.json');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    for (const [name, buffer, reason] of [...files, [huge, null, /أكبر من أن يكون ملف قصة/] as const]) {
      await openStoryFile(page, buffer ? { name, mimeType: 'application/json', buffer } : name);
      await page.waitForFunction(
        (r) =>
          new RegExp(r).test(document.querySelector('[data-testid="story-imported"]')?.textContent ?? ''),
        reason.source,
      );
      expect(await viewOf(page)).toEqual(before);
    }
    // Dropped anywhere on the page, a story file is opened the same way.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{"hello": "world"}'], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="story-imported"]')?.textContent?.includes('ليس ملف قصة من تبيُّن'),
    );
    app.guard.assertClean();
  });
});

// Several stories in one build: seeds/ as it ships (the default story) plus a second story folder with no
// story.json (tests/fixtures/stories/…). Each story is a data file of its own, fetched only when opened; the
// picker and the `s=` parameter open it; its comparison shows without any story config.
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWithFixtureStory } from './build-app.ts';
import {
  expectNoAxeViolations,
  gotoApp,
  type Opened,
  openContext,
  SEED_OUTLETS,
  screenshot,
  sel,
  setupHarness,
  waitForColumns,
  waitForUrl,
} from './harness.ts';
import { ROOT_DIR } from './paths.ts';

const SECOND = 'beirut-port-blast-2020';
const DIST = path.join(ROOT_DIR, 'test-results', 'dist-stories');
const picker = '[data-testid="story-picker"]';

beforeAll(() => buildWithFixtureStory(SECOND, DIST));
const h = setupHarness({ root: DIST });

let app: Opened;
beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

/** Requests for a story's data file. */
function storyRequests(opened: Opened): string[] {
  const seen: string[] = [];
  opened.context.on('request', (request) => {
    // The service worker's own fetches (it precaches every story for offline use) are not the page's.
    if (request.serviceWorker()) return;
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (/^story-.*\.json$/.test(file)) seen.push(file);
  });
  return seen;
}

describe('several stories', () => {
  it('opens the default story without fetching the other, and offers both in the picker', async () => {
    const data = storyRequests(app);
    await gotoApp(app);
    await waitForColumns(app.page, SEED_OUTLETS);
    const options = await app.page
      .locator(`${picker} option`)
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options).toHaveLength(2);
    expect(options).toContain(SECOND);
    expect(data, 'only the default story is fetched, once (the preload is used)').toHaveLength(1);
    expect(data[0]).not.toContain(SECOND);
    app.guard.assertClean();
  });

  it('the picker opens the second story: its link, its columns and a comparison without any story config', async () => {
    const data = storyRequests(app);
    await gotoApp(app);
    await app.page.selectOption(picker, SECOND);
    await waitForUrl(app.page, (url) => url.searchParams.get('s') === SECOND, `s=${SECOND}`);
    await app.page.waitForFunction(
      (ids) => !document.querySelector(`[data-testid="column"][data-outlet="${ids[0]}"]`),
      SEED_OUTLETS,
    );
    expect(
      data.filter((file) => file.includes(SECOND)),
      'the second story is a file of its own',
    ).toHaveLength(1);
    const columns = await app.page.locator(sel.column).count();
    expect(columns).toBeGreaterThanOrEqual(4);
    // No story config, so no question rows, but facts across outlets.
    await app.page.locator('[data-testid="matrix-facts"]').waitFor();
    expect(await app.page.locator('[data-testid="matrix-questions"]').count()).toBe(0);
    expect(await app.page.locator(sel.title).textContent()).toContain(SECOND);
    await screenshot(app.page, 'stories-second', true);
    await expectNoAxeViolations(app.page, 'second story');
    app.guard.assertClean();
  });

  it('a link to the second story opens it; Back returns to the first', async () => {
    await gotoApp(app);
    await app.page.selectOption(picker, SECOND);
    await waitForUrl(app.page, (url) => url.searchParams.get('s') === SECOND, `s=${SECOND}`);
    const link = app.page.url();

    const other = await app.newPage();
    await other.goto(link);
    await other.waitForSelector(sel.column);
    expect(await other.locator(picker).inputValue()).toBe(SECOND);
    expect(await other.locator(sel.title).textContent()).toContain(SECOND);

    await app.page.goBack();
    await waitForColumns(app.page, SEED_OUTLETS);
    expect(await app.page.locator(picker).inputValue()).not.toBe(SECOND);
    app.guard.assertClean();
  });

  it('an unknown story in a link shows the default story and says so', async () => {
    await gotoApp(app, '?v=1&s=no-such-story');
    await waitForColumns(app.page, SEED_OUTLETS);
    const notice = app.page.locator(sel.urlNotice);
    await notice.waitFor();
    expect(await notice.textContent()).toContain('no-such-story');
    expect(new URL(app.page.url()).searchParams.get('s')).toBeNull();
    app.guard.assertClean();
  });
});

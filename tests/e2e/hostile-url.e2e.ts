// Tampered links in the real browser: every one opens the nearest valid view, says what it dropped (as text,
// never as markup), rewrites the address to that view, and runs nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DroppedKind } from '../../src/state/url.ts';
import { urlFromState } from '../../src/state/url.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view.ts';
import {
  gotoApp,
  type Opened,
  openContext,
  SEED_OUTLETS,
  sel,
  setupHarness,
  waitForColumns,
} from './harness.ts';

const h = setupHarness();
let app: Opened;
beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

interface Case {
  name: string;
  query: string;
  /** The view the app must settle on. */
  view: Partial<ViewState>;
  /** What the notice must report (kinds, in any order); empty: no notice at all. */
  dropped: DroppedKind[];
}

// Longer than the codec reads (8,000) but short enough for the test server's request line (16 KB).
const HUGE = 'x'.repeat(9_000);
const MANY = Array.from({ length: 200 }, (_, i) => `p${i}=${i}`).join('&');

const CASES: Case[] = [
  {
    name: 'unknown outlet ids only',
    query: '?v=1&o=cnn,bbc',
    view: {},
    dropped: ['unknown-outlet', 'unknown-outlet'],
  },
  {
    name: 'a repeated parameter',
    query: '?v=1&o=youm7&o=albayan',
    view: { outlets: ['youm7'] },
    dropped: ['repeated-param'],
  },
  { name: 'a huge value', query: `?v=1&o=${HUGE}`, view: {}, dropped: ['too-long'] },
  {
    name: 'script text in every parameter',
    query: `?v=1&o=${encodeURIComponent('<script>alert(1)</script>')}&lang=${encodeURIComponent('<img src=x onerror=alert(1)>')}&digits=${encodeURIComponent('"><svg onload=alert(1)>')}`,
    view: {},
    dropped: ['unknown-outlet', 'bad-lang', 'bad-digits'],
  },
  {
    name: 'a future version',
    query: '?v=99&o=youm7',
    view: { outlets: ['youm7'] },
    dropped: ['future-version'],
  },
  {
    name: 'no version at all',
    query: '?o=youm7&lang=en',
    view: { outlets: ['youm7'], lang: 'en' },
    dropped: [],
  },
  {
    name: 'a malformed version',
    query: '?v=1e9&o=youm7',
    view: { outlets: ['youm7'] },
    dropped: ['bad-version'],
  },
  {
    name: 'broken percent-encoding',
    query: '?v=1&o=%E0%A4%A&lang=%',
    view: {},
    dropped: ['unknown-outlet', 'bad-lang'],
  },
  {
    name: 'NUL and bidi controls around an id',
    query: '?v=1&o=%00youm7%E2%80%AE',
    view: {},
    dropped: ['unknown-outlet'],
  },
  {
    name: 'odd case and spaces',
    query: '?v=1&o=%20YOUM7%20,AlBayan',
    view: { outlets: ['youm7', 'albayan'] },
    dropped: [],
  },
  {
    name: 'an unknown parameter',
    query: '?v=1&utm_source=x&o=youm7',
    view: { outlets: ['youm7'] },
    dropped: ['unknown-param'],
  },
  {
    name: 'two hundred parameters',
    query: `?v=1&o=youm7&${MANY}`,
    view: { outlets: ['youm7'] },
    dropped: Array(10).fill('unknown-param'),
  },
  {
    name: 'a script in the fragment',
    query: '?v=1&o=youm7#<img src=x onerror=alert(1)>',
    view: { outlets: ['youm7'] },
    dropped: [],
  },
  {
    name: 'everything at once, and valid digits',
    query: '?v=1&digits=arab&o=albayan&o=x&lang=en&lang=ar',
    view: { outlets: ['albayan'], lang: 'en', digits: 'arab' },
    dropped: ['repeated-param', 'repeated-param'],
  },
];

describe('tampered links', () => {
  for (const c of CASES) {
    it(`${c.name}: nearest valid view, a plain-text notice, a clean address`, async () => {
      const view: ViewState = { ...DEFAULT_VIEW, ...c.view };
      await gotoApp(app, c.query);
      await waitForColumns(app.page, view.outlets ?? SEED_OUTLETS);
      expect(await app.page.getAttribute('html', 'lang')).toBe(view.lang);

      const notice = app.page.locator(sel.urlNotice);
      if (c.dropped.length === 0) {
        expect(await notice.count()).toBe(0);
      } else {
        await notice.waitFor();
        expect(await notice.locator('li').count()).toBe(c.dropped.length);
        const elements = await notice.evaluate(
          (el) => el.querySelectorAll('script, img, svg, iframe').length,
        );
        expect(elements, 'markup made from the link').toBe(0);
      }

      // The address now says exactly what is shown.
      const url = new URL(app.page.url());
      expect(url.search).toBe(urlFromState(view));
      expect(
        await app.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
      ).toBeUndefined();
      app.guard.assertClean();
    });
  }
});

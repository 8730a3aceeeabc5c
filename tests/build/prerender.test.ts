// @vitest-environment jsdom
// The first view as HTML (src/build/prerender-plugin.ts, src/prerender/): the head script tells the prerendered
// view from another exactly as the app does; style attributes become rules the CSP allows; index.html is put
// together as the browser needs it; and what the prerender writes, React adopts without a mismatch.
import { act, createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractStyles, injectFirstView, STYLE_KEY_ATTR } from '../../src/build/prerender-plugin.ts';
import type { StorySummary } from '../../src/core/types.ts';
import {
  DEFAULT_QUERIES,
  firstViewScript,
  isDefaultAddress,
  OTHER_VIEW_CLASS,
} from '../../src/prerender/first-view.ts';
import { renderFirstView } from '../../src/prerender/render.tsx';
import { AppTree } from '../../src/prerender/tree.tsx';
import { createAppStore } from '../../src/state/store.ts';
import { urlFromState } from '../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

interface Run {
  /** Whether it marked <html> as another view. */
  other: boolean;
  /** What it fetched at once, before any paint: the story's data (a preload) and the app's modules. */
  atOnce: string[];
  /** What it fetched once the first view's largest text was painted (or, without such reports, after the load). */
  afterPaint: string[];
}

/**
 * The head script run on a page at `search` and `hash`, in a browser that reports the largest paint or not
 * (`import()` is a keyword, so the script's call is pointed at a stand-in): what it marked and fetched, and when.
 */
function runScript(
  search: string,
  hash: string,
  options: { hidden?: boolean; paintEntries?: boolean } = {},
): Run {
  const classes = new Set<string>();
  const fetched: string[] = [];
  const later: (() => void)[] = [];
  const attrs: Record<string, string> = {
    src: './assets/first-view.js',
    'data-entry-src': './assets/index-A.js',
    'data-module-1-src': './assets/shared-B.js',
    'data-story-href': './assets/story-s.json',
  };
  const fakeDocument = {
    documentElement: { classList: { add: (c: string) => classes.add(c) } },
    currentScript: {
      getAttribute: (name: string) => attrs[name] ?? null,
      attributes: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    },
    baseURI: 'https://example.org/sub/index.html?v=1',
    hidden: options.hidden ?? false,
    createElement: () => ({}) as { href?: string },
    head: { appendChild: (link: { href?: string }) => fetched.push(`preload ${link.href}`) },
    addEventListener: () => undefined,
  };
  class FakeObserver {
    static supportedEntryTypes = options.paintEntries === false ? ['paint'] : ['largest-contentful-paint'];
    constructor(private readonly callback: () => void) {}
    observe(init: { type: string; buffered: boolean }) {
      expect(init).toEqual({ type: 'largest-contentful-paint', buffered: true });
      later.push(this.callback);
    }
  }
  const fakeWindow = {
    PerformanceObserver: FakeObserver,
    addEventListener: (type: string, listener: () => void) => {
      expect(type).toBe('load');
      later.push(listener);
    },
  };
  const script = firstViewScript()
    .replace('import(', 'load(')
    .replace('})(document,location,window);', '})(fakeDocument,fakeLocation,fakeWindow);');
  new Function(
    'fakeLocation',
    'fakeDocument',
    'fakeWindow',
    'load',
    'requestAnimationFrame',
    'setTimeout',
    script,
  )(
    { search, hash },
    fakeDocument,
    fakeWindow,
    (url: string) => {
      fetched.push(`import ${url}`);
      return Promise.resolve();
    },
    (frame: () => void) => later.push(frame),
    (timer: () => void) => later.push(timer),
  );
  const atOnce = [...fetched];
  while (later.length > 0) later.shift()!();
  return { other: classes.has(OTHER_VIEW_CLASS), atOnce, afterPaint: fetched.slice(atOnce.length) };
}

const scriptMarks = (search: string, hash: string) => runScript(search, hash).other;

describe('the head script', () => {
  it('takes the app’s own address of the default view for the prerendered one', () => {
    expect(DEFAULT_QUERIES).toContain(urlFromState(DEFAULT_VIEW));
  });

  it.each([
    ['', '', false],
    ['?v=1', '', false],
    ['', '#', false],
    ['?v=1&o=youm7,albayan', '', true],
    ['?v=1&lang=en', '', true],
    ['?lang=en', '', true],
    ['?v=1&q=agreement', '', true],
    ['?v=1&s=beirut-port-blast-2020', '', true],
    ['?v=1&digits=arab', '', true],
    ['?v=2', '', true],
    ['?v=1', '#story=AAAA', true],
    ['?utm_source=x', '', true],
  ])('search %j, hash %j: another view %s, as the app decides', (search, hash, other) => {
    expect(scriptMarks(search, hash)).toBe(other);
    expect(isDefaultAddress(search, hash)).toBe(!other);
  });

  it('starts the app after the first view’s text is painted, at once for another view or a hidden page', () => {
    const all = [
      'preload ./assets/story-s.json',
      'import https://example.org/sub/assets/index-A.js',
      'import https://example.org/sub/assets/shared-B.js',
    ];
    expect(runScript('', '')).toEqual({ other: false, atOnce: [], afterPaint: all });
    expect(runScript('', '', { paintEntries: false })).toEqual({ other: false, atOnce: [], afterPaint: all });
    expect(runScript('?v=1&lang=en', '')).toEqual({ other: true, atOnce: all, afterPaint: [] });
    expect(runScript('', '', { hidden: true })).toEqual({ other: false, atOnce: all, afterPaint: [] });
  });

  it('is small and plain: ES5 but for import()', () => {
    const script = firstViewScript();
    expect(script).not.toMatch(/=>|\bconst\b|\blet\b|`|\.\.\./);
    expect(script.length).toBeLessThan(800);
  });
});

describe('style attributes', () => {
  it('become keyed rules, one per distinct declaration list, entities decoded', () => {
    const { html, css } = extractStyles(
      '<span style="color:#E69F00;background-color:#E69F00"></span><b style="color:#E69F00;background-color:#E69F00">x</b>' +
        '<i style="font-family:&quot;Noto&quot;">y</i>',
    );
    expect(html).toBe(
      `<span ${STYLE_KEY_ATTR}="0"></span><b ${STYLE_KEY_ATTR}="0">x</b><i ${STYLE_KEY_ATTR}="1">y</i>`,
    );
    expect(css.split('\n')).toEqual([
      `[${STYLE_KEY_ATTR}="0"]{color:#E69F00;background-color:#E69F00}`,
      `[${STYLE_KEY_ATTR}="1"]{font-family:"Noto"}`,
    ]);
  });

  it('refuses a value that could leave its rule', () => {
    expect(() => extractStyles('<span style="color:red}body{display:none"></span>')).toThrow(
      /style attribute/,
    );
    expect(() => extractStyles('<span style="color:red;/*"></span>')).toThrow(/style attribute/);
  });

  it('leaves text that merely mentions a style alone', () => {
    // React escapes quotes in text, so ` style="` only ever starts an attribute.
    const text = '<p>a style=&quot;b&quot;</p>';
    expect(extractStyles(text)).toEqual({ html: text, css: '' });
  });
});

describe('index.html', () => {
  const shell = [
    '<!doctype html><html lang="ar" dir="rtl"><head><title>تبيُّن</title>',
    '\n<script type="module" crossorigin src="./assets/index-A.js"></script>',
    '\n<link rel="modulepreload" crossorigin href="./assets/shared-D.js">',
    '\n<link rel="stylesheet" crossorigin href="./assets/index-B.css">',
    '\n<link rel="preload" href="./assets/story-s-C.json" as="fetch" crossorigin="anonymous">',
    '</head><body><div id="root">\n  <p role="status">Loading…</p>\n</div></body></html>',
  ].join('');
  const view = { html: '<main>view</main>', title: 'A & <b> — تبيُّن' };

  it('gets the view in #root, its story on <body>, the loading line beside it and the title', () => {
    const page = injectFirstView(shell, view, 'story-1', './assets/first-view-1.js');
    expect(page).toContain('<body data-prerendered="story-1">');
    expect(page).toContain('<div id="root"><main>view</main></div>');
    expect(page).toContain('<div class="first-view-status"><p role="status">Loading…</p></div>');
    expect(page).toContain('<title>A &#38; &#60;b&#62; — تبيُّن</title>');
  });

  it('loads the app through the first view’s script, first in <head>, which names the entry and the story data', () => {
    const page = injectFirstView(shell, view, 'story-1', './assets/first-view-1.js');
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('rel="preload"');
    expect(page).not.toContain('rel="modulepreload"');
    const script =
      '<script src="./assets/first-view-1.js" data-entry-src="./assets/index-A.js" ' +
      'data-module-1-src="./assets/shared-D.js" data-story-href="./assets/story-s-C.json"></script>';
    expect(page).toContain(script);
    expect(page.indexOf(script)).toBeLessThan(page.indexOf('rel="stylesheet"'));
  });

  it('is refused when a part it replaces is missing or doubled', () => {
    const cases = [
      shell.replace('id="root"', 'id="app"'),
      shell.replace('</body>', '<div id="root"></div></body>'),
      shell.replace('<title>تبيُّن</title>', ''),
      shell.replace(/<script[^>]*><\/script>/, ''),
      shell.replace(/<link rel="preload"[^>]*>/, ''),
    ];
    for (const page of cases) expect(() => injectFirstView(page, view, 's', './f.js')).toThrow(/not one/);
  });
});

describe('prerender, then hydrate', () => {
  const stories: StorySummary[] = [
    { id: uiCorpus.story.id, title: uiCorpus.story.title, articles: 3, outlets: 3 },
    { id: 'other-story', title: { ar: 'قصة أخرى', en: 'Another story' }, articles: 2, outlets: 2 },
  ];

  it('renders the default view without a script, and React adopts it without a mismatch', async () => {
    const corpus = JSON.parse(JSON.stringify(uiCorpus));
    const view = await renderFirstView({ corpus, stories });
    expect(view.html).not.toMatch(/<script/i);
    expect(view.html).toContain('data-testid="story-title"');
    expect(view.html).toContain('data-testid="story-picker"');
    expect(view.html.match(/data-testid="column"/g)).toHaveLength(uiCorpus.articles.length);
    expect(view.title).toBe(`${uiCorpus.story.title.ar} — تبيُّن`);

    // The browser: React's markup, the store as main.tsx makes it. React's development build, used here, compares
    // attributes too (so the markup is React's own, style attributes included: the production build, which the
    // end-to-end test drives, does not compare them, and the build turns them into keyed rules).
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = view.html;
    document.body.append(root);
    const title = root.querySelector('[data-testid="story-title"]');
    const store = createAppStore(JSON.parse(JSON.stringify(uiCorpus)), undefined, {
      stories,
      loadStory: () => Promise.reject(new Error('not in this test')),
    });
    store.getState().setStartOwn(async () => undefined);
    const recoverable: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => {
      hydrateRoot(root, createElement(AppTree, { store }), {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    expect(recoverable).toEqual([]);
    // React's development build warns that the server renderer and the browser's shared a context in this one
    // process; the build renders in a process of its own, and a browser never holds both.
    const told = errors.mock.calls.map((call) => String(call[0]));
    expect(told.filter((message) => !message.startsWith('Detected multiple renderers'))).toEqual([]);
    expect(root.querySelector('[data-testid="story-title"]')).toBe(title);
    expect(document.documentElement.hasAttribute('data-interactive')).toBe(true);
    // What the store holds beyond the initial state follows as an update: the add button now answers.
    expect(root.querySelector('[data-testid="own-open"]')?.hasAttribute('disabled')).toBe(false);
  });
});

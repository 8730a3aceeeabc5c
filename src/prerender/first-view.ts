// What the page needs to know, before any script of the app runs, about the first view the build prerendered into
// index.html (src/build/prerender-plugin.ts; docs/decisions.md, "The first view as HTML"). The prerendered HTML is
// the default view of the default story; an address that asks for another view (a filter, English, a question,
// another story, a story carried in the fragment) must not show it even for a frame. A tiny classic script in
// <head>, a file of its own (the CSP allows no inline script), marks <html> with OTHER_VIEW_CLASS before the body is
// parsed; the stylesheet then hides #root and shows a loading line instead, and main.tsx renders the asked view
// from scratch. Unmarked, main.tsx hydrates the prerendered HTML.
//
// The same script starts the app: it fetches the app's script and the story's data (named on its tag) once the
// first view's text has been painted, so that paint shares the connection and the main thread with nothing it does
// not need; at once when another view is asked for (nothing is shown until the app renders it) or when the page is
// not visible.
import { urlFromState } from '../state/url.ts';
import { DEFAULT_VIEW } from '../state/view.ts';

/** Class of <html> while the page opens another view than the prerendered one (see first-view.css). */
export const OTHER_VIEW_CLASS = 'other-view';

/** Attribute of <body> naming the story whose default view the build prerendered into #root. */
export const PRERENDERED_ATTR = 'data-prerendered';

/** Attribute of <html> once React has committed the page and its controls answer (tree.tsx). */
export const INTERACTIVE_ATTR = 'data-interactive';

/** Class of the loading line shown instead of the prerendered view while another view is on its way. */
export const STATUS_CLASS = 'first-view-status';

/**
 * The queries (`location.search`) of the prerendered view: none, and the app's own address of the default view
 * (`?v=1`, which url-sync writes). Any other query names another view, or asks the URL codec to say what it dropped,
 * so it is rendered by the browser. (`location.search` of a bare `?` is '' already.)
 */
export const DEFAULT_QUERIES: readonly string[] = ['', urlFromState(DEFAULT_VIEW)];

/** Whether an address shows the prerendered view; the script below decides the same way. */
export function isDefaultAddress(search: string, hash: string): boolean {
  return DEFAULT_QUERIES.includes(search) && hash.length <= 1;
}

/** Attribute of the first view's script naming the app's entry script (relative to the page). */
export const ENTRY_ATTR = 'data-entry-src';
/** Attribute of the first view's script naming the n-th module the entry imports (relative to the page). */
export const moduleAttr = (n: number) => `data-module-${n}-src`;
/** Attribute of the first view's script naming the default story's data file (relative to the page). */
export const STORY_DATA_ATTR = 'data-story-href';

/**
 * The classic script run in <head>, before the body is parsed. Small and plain (ES5 but for `import()`): it is
 * render-blocking, so it must cost nothing to fetch and run.
 *
 * When the page shows the prerendered view, it starts the app once the largest text of the first view has been
 * painted (the first `largest-contentful-paint` entry: text is its only candidate here, painted once its fonts are
 * in), so that the app's 130 kB share neither the connection nor the main thread with that paint; where the browser
 * reports no such entry, once the page has loaded and a frame has passed. At once when another view is asked for,
 * or when the page is, or becomes, hidden (a hidden page reports no paint).
 *
 * Starting imports every module its tag names (\`data-…-src\`: the entry and the modules the entry imports, all at
 * once rather than one after the other); `import()` from a classic script resolves against the script's own
 * address, so each is made absolute against the page's. The story's data is preloaded beside them (`crossOrigin`
 * '' is `anonymous`, as the app's `fetch` asks).
 */
export function firstViewScript(): string {
  const paint = 'largest-contentful-paint';
  return [
    '(function(d,l,w){var s=d.currentScript,a=s.attributes,P=w.PerformanceObserver,i,t,',
    `o=${JSON.stringify(DEFAULT_QUERIES)}.indexOf(l.search)<0||l.hash.length>1;`,
    `o&&d.documentElement.classList.add(${JSON.stringify(OTHER_VIEW_CLASS)});`,
    'function g(){if(t)return;t=1;var k=d.createElement("link");k.rel="preload";k.as="fetch";k.crossOrigin="";',
    `k.href=s.getAttribute(${JSON.stringify(STORY_DATA_ATTR)});d.head.appendChild(k);`,
    'for(i=0;i<a.length;i++)/-src$/.test(a[i].name)&&import(new URL(a[i].value,d.baseURI).href)}',
    'function f(){setTimeout(g)}',
    'if(o||d.hidden)g();else{d.addEventListener("visibilitychange",g);',
    `P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("${paint}")>=0`,
    `?new P(f).observe({type:"${paint}",buffered:!0})`,
    ':w.addEventListener("load",function(){requestAnimationFrame(f)})}',
    '})(document,location,window);\n',
  ].join('');
}

/**
 * The story whose default view #root holds, when the page opens with it: the build prerendered it, and the head
 * script did not mark another view. Null otherwise (the dev server, or another view asked for).
 */
export function prerenderedStory(): string | null {
  if (document.documentElement.classList.contains(OTHER_VIEW_CLASS)) return null;
  return document.body.getAttribute(PRERENDERED_ATTR);
}

/** Hides the prerendered view (when main.tsx finds it does not match after all) until `showRendered`. */
export function hidePrerendered(): void {
  document.documentElement.classList.add(OTHER_VIEW_CLASS);
}

/** The app has rendered the view asked for: show it, and take the loading line away. */
export function showRendered(): void {
  document.documentElement.classList.remove(OTHER_VIEW_CLASS);
}

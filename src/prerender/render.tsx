// Renders the default view (Arabic, every outlet, no question) of one story to HTML, in Node, at build time:
// src/build/prerender-plugin.ts loads this module through Vite's module runner and writes the result into
// index.html's #root. The store is built exactly as the browser's is before its first render (src/main.tsx), and
// the tree is the one the browser hydrates (tree.tsx), so React adopts this HTML without a change.

import { prerenderToNodeStream } from 'react-dom/static';
import { createIntl } from 'react-intl';
import type { Corpus, StorySummary } from '../core/types.ts';
import { ar } from '../i18n/ar.ts';
import { keepDigitOrder } from '../i18n/bidi.ts';
import { DEFAULT_DIGITS, DEFAULT_LANG, dirOf, localeTag } from '../i18n/locale.ts';
import { createAppStore } from '../state/store.ts';
import { AppTree } from './tree.tsx';

export interface FirstView {
  /** The markup of #root's children. */
  html: string;
  /** The document title the page sets once it runs (Header.tsx), for the prerendered <title>. */
  title: string;
}

export interface RenderInput {
  /** The story's corpus as the browser receives it: parsed from the very JSON the build emits. */
  corpus: Corpus;
  /** Every bundled story, the default first (the picker shows when there are several). */
  stories: StorySummary[];
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function renderFirstView({ corpus, stories }: RenderInput): Promise<FirstView> {
  const store = createAppStore(corpus, undefined, {
    stories,
    loadStory: () => Promise.reject(new Error('the prerender opens no other story')),
  });
  const errors: unknown[] = [];
  // `prerender` waits for every Suspense boundary (a lazily loaded part would be rendered, not left as a fallback
  // the browser must redo), and writes no script.
  const { prelude } = await prerenderToNodeStream(<AppTree store={store} />, {
    onError(error) {
      errors.push(error);
    },
  });
  const html = await text(prelude);
  if (errors.length > 0) throw new Error(`prerender: ${errors.map(String).join('; ')}`);
  // The CSP allows no inline script: the HTML must need none.
  if (/<script/i.test(html)) throw new Error('prerender: the markup holds a script');
  const intl = createIntl({ locale: localeTag(DEFAULT_LANG, DEFAULT_DIGITS), messages: ar });
  const title = keepDigitOrder(
    intl.formatMessage(
      { id: 'app.documentTitle' },
      { story: store.getState().corpus.story.title[DEFAULT_LANG] },
    ),
    dirOf(DEFAULT_LANG),
  );
  return { html, title };
}

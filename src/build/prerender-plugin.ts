// The first view as HTML (issue 13, point 4; docs/decisions.md, "The first view as HTML"). `vite build` renders the
// default view of the default story (Arabic, every outlet, no question) with React's static renderer into
// index.html's #root, so the matrix and the columns are readable before any script runs; the browser hydrates them
// (src/main.tsx). The app's modules are loaded in Node through Vite's module runner (`runnerImport` of
// src/prerender/render.tsx), with the story's corpus as its data file holds it, so the browser hydrates with the
// same data.
//
// The CSP allows no style attribute (`style-src 'self'`), and React writes the outlets' colours as style
// attributes: each becomes a `data-prerendered-style` key and a rule of `virtual:first-view.css`, which main.tsx
// imports, so the rules travel in the app's one stylesheet, beside those that hide the prerendered view for another
// one (src/prerender/first-view.css). The rendering therefore happens when that module is loaded, and index.html is
// written at the end (generateBundle), before the service worker is generated (closeBundle), so the precached
// index.html is this one.
//
// index.html then names the app's script and the story's data on the first view's classic script, which fetches
// them once the page has painted (src/prerender/first-view.ts): the first paint needs the page, its stylesheet and
// its fonts only, and does not share the connection with 130 kB it does not need.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AliasOptions, type Plugin, type ResolvedConfig, runnerImport } from 'vite';
import {
  ENTRY_ATTR,
  firstViewScript,
  moduleAttr,
  PRERENDERED_ATTR,
  STATUS_CLASS,
  STORY_DATA_ATTR,
} from '../prerender/first-view.ts';
import type { FirstView, RenderInput } from '../prerender/render.tsx';
import type { SeedsApi } from './seeds-plugin.ts';

/** The module rendered in Node, relative to the Vite root. */
export const RENDER_ENTRY = 'src/prerender/render.tsx';
/** The first view's own rules, relative to the Vite root. */
export const FIRST_VIEW_CSS = 'src/prerender/first-view.css';
/** The stylesheet module main.tsx imports: those rules, and the prerendered style attributes' (build only). */
export const FIRST_VIEW_CSS_ID = 'virtual:first-view.css';
/** Attribute that stands for a style attribute of the prerendered markup (its value keys a rule). */
export const STYLE_KEY_ATTR = 'data-prerendered-style';

export interface PrerenderPluginOptions {
  /** The app's `resolve.alias`, so Node loads the modules the browser gets. */
  alias?: AliasOptions;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const unescapeHtml = (text: string) =>
  text.replace(/&(?:quot|#34|#x27|#39|amp|lt|gt);/g, (entity) => {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
    const name = entity.slice(1, -1);
    return named[name] ?? String.fromCharCode(Number(name.replace('#x', '0x').replace('#', '')));
  });

/**
 * The prerendered markup without style attributes, which the CSP would refuse (and report as errors): each becomes
 * `data-prerendered-style="<n>"`, and rule n, `[data-prerendered-style="<n>"]{…}`, gives the element the same
 * declarations. Unlayered, the rule outranks Tailwind's layered utilities as the attribute did; an inline style
 * React sets later (through the CSSOM, which the CSP allows) outranks the rule, so a colour React changes after
 * hydration shows. (Were React to remove a declaration, the rule's would show through: the prerendered ones, outlet
 * colours, are never removed from the element that has them.) Hydration compares text, not attributes, in React's
 * production build, so React adopts the element as it is.
 */
export function extractStyles(markup: string): { html: string; css: string } {
  const keys = new Map<string, number>();
  const html = markup.replace(/ style="([^"]*)"/g, (_attr, value: string) => {
    const declarations = unescapeHtml(value);
    // Only declarations: nothing that could close the rule or open another.
    if (/[{}<>@\\]|\/\*/.test(declarations))
      throw new Error(`prerender: an unexpected style attribute: ${value}`);
    if (!keys.has(declarations)) keys.set(declarations, keys.size);
    return ` ${STYLE_KEY_ATTR}="${keys.get(declarations)}"`;
  });
  const css = [...keys]
    .map(([declarations, key]) => `[${STYLE_KEY_ATTR}="${key}"]{${declarations}}`)
    .join('\n');
  return { html, css };
}

/** The placeholder #root of index.html (what the dev server shows until the app renders). */
const ROOT = /<div id="root">([\s\S]*?)<\/div>/;
/** The app's entry script, as Vite writes it into index.html. */
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
/** A module the entry imports, as Vite has index.html preload it. */
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
/** The preload of the default story's data, as the seeds plugin writes it into index.html. */
const STORY_PRELOAD = /\s*<link rel="preload" href="([^"]+\.json)" as="fetch" crossorigin="anonymous">/;

/** Exactly one match of `pattern` in `html`, or an error naming `what`. */
function only(html: string, pattern: RegExp, what: string): RegExpMatchArray {
  const all = html.match(new RegExp(pattern.source, 'g')) ?? [];
  if (all.length !== 1) throw new Error(`prerender: index.html has ${all.length} ${what}, not one`);
  return html.match(pattern)!;
}

/**
 * index.html with the first view in it: #root holds the prerendered markup and <body> names its story; the
 * placeholder becomes the loading line shown while another view is on its way; the title is the story's. The app's
 * script tag, the preloads of the modules it imports and the story's preload make way for the first view's classic
 * script, first in <head> (so it never waits for the stylesheet), which names them all and fetches them.
 */
export function injectFirstView(html: string, view: FirstView, storyId: string, scriptHref: string): string {
  only(html, ROOT, 'placeholder #root elements');
  const title = only(html, /<title>[\s\S]*?<\/title>/, '<title> elements')[0];
  const entry = only(html, ENTRY, 'entry scripts');
  const story = only(html, STORY_PRELOAD, 'story preloads');
  only(html, /<body>/, 'plain <body> tags');
  const modules = [...html.matchAll(MODULE_PRELOAD)];
  const attrs = [
    `src="${escapeHtml(scriptHref)}"`,
    `${ENTRY_ATTR}="${entry[1]}"`,
    ...modules.map((module, i) => `${moduleAttr(i + 1)}="${module[1]}"`),
    `${STORY_DATA_ATTR}="${story[1]}"`,
  ];
  const script = `<script ${attrs.join(' ')}></script>`;
  return html
    .replace(MODULE_PRELOAD, '')
    .replace(entry[0], '')
    .replace(story[0], '')
    .replace(title, () => `<title>${escapeHtml(view.title)}</title>\n    ${script}`)
    .replace('<body>', () => `<body ${PRERENDERED_ATTR}="${escapeHtml(storyId)}">`)
    .replace(
      ROOT,
      (_all, placeholder: string) =>
        `<div class="${STATUS_CLASS}">${placeholder.trim()}</div>\n    <div id="root">${view.html}</div>`,
    );
}

interface Prerendered {
  storyId: string;
  view: FirstView;
  css: string;
}

export function prerenderPlugin(options: PrerenderPluginOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  let seeds: SeedsApi | undefined;
  /** The one rendering of the build, started by the first view's stylesheet, used again for index.html. */
  let rendering: Promise<Prerendered> | undefined;

  async function render(
    stories: RenderInput['stories'],
    storyId: string,
    corpus: unknown,
  ): Promise<Prerendered> {
    const root = config!.root;
    const started = performance.now();
    const { module } = await runnerImport<{ renderFirstView(input: RenderInput): Promise<FirstView> }>(
      path.join(root, RENDER_ENTRY),
      {
        root,
        mode: config!.mode,
        logLevel: 'error',
        ...(options.alias ? { resolve: { alias: options.alias } } : {}),
      },
    );
    // What the browser gets: the corpus and the story list as JSON, as their files and `virtual:stories` hold them.
    const rendered = await module.renderFirstView({
      corpus: JSON.parse(JSON.stringify(corpus)),
      stories: JSON.parse(JSON.stringify(stories)),
    });
    const { html, css } = extractStyles(rendered.html);
    config!.logger.info(
      `prerender: the default view of ${storyId} (${(html.length / 1000).toFixed(1)} kB of markup, ${Math.round(performance.now() - started)} ms)`,
      { timestamp: true },
    );
    return { storyId, view: { ...rendered, html }, css };
  }

  return {
    name: 'tabayyun-prerender',
    configResolved(resolved) {
      config = resolved;
      seeds = resolved.plugins.find((plugin) => plugin.name === 'tabayyun-seeds')?.api as
        | SeedsApi
        | undefined;
    },
    resolveId(id) {
      return id === FIRST_VIEW_CSS_ID ? `\0${FIRST_VIEW_CSS_ID}` : undefined;
    },
    async load(id) {
      if (id !== `\0${FIRST_VIEW_CSS_ID}`) return undefined;
      const own = readFileSync(path.join(config!.root, FIRST_VIEW_CSS), 'utf8');
      this.addWatchFile(path.join(config!.root, FIRST_VIEW_CSS));
      // The dev server prerenders nothing: the rules are there, and nothing ever matches them.
      if (config!.command !== 'build') return own;
      rendering ??= (async () => {
        // The seeds plugin analyses the stories when its module is first loaded.
        const stories = await this.resolve('virtual:stories');
        if (stories) await this.load({ id: stories.id });
        const first = seeds?.stories()?.[0];
        const corpus = first ? seeds?.corpus(first.id) : undefined;
        if (!first || !corpus) throw new Error('prerender: the seeds plugin listed no story');
        return render(seeds!.stories()!, first.id, corpus);
      })();
      return `${own}\n${(await rendering).css}\n`;
    },
    generateBundle: {
      // After Vite's own HTML plugin has written index.html into the bundle.
      order: 'post',
      async handler(_output, bundle) {
        const page = bundle['index.html'];
        if (!config || !page || page.type !== 'asset') return;
        if (!rendering) this.error(`prerender: nothing imports ${FIRST_VIEW_CSS_ID} (src/main.tsx should)`);
        const { storyId, view } = await rendering;
        const script = firstViewScript();
        const hash = createHash('sha256').update(script).digest('hex').slice(0, 8);
        const fileName = path.posix.join(config.build.assetsDir, `first-view-${hash}.js`);
        this.emitFile({ type: 'asset', fileName, source: script });
        const source =
          typeof page.source === 'string' ? page.source : Buffer.from(page.source).toString('utf8');
        page.source = injectFirstView(source, view, storyId, `./${fileName}`);
      },
    },
  };
}

// Vite plugin: runs the core pipeline over seeds/ in `vite build` and `vite dev`
// and hands the app the corpus as the virtual module `virtual:corpus`.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger, Plugin, Rollup, ViteDevServer } from 'vite';
import type { Corpus, StorySummary } from '../core/types.ts';
import { corpusSummary, noUsableSeedMessage, type StoryBuild, storiesFromDir } from './corpus-from-dir.ts';

type PluginContext = Rollup.PluginContext;

/** The default story's corpus (the seeds folder's own articles). */
const CORPUS_ID = 'virtual:corpus';
/** The list of stories and a loader for each (the others are split into chunks of their own). */
const STORIES_ID = 'virtual:stories';
/** One other story's corpus: `virtual:story/<id>`. */
const STORY_PREFIX = 'virtual:story/';
/** A story's data file in the build: `assets/story-<id>-<hash>.json`. */
const STORY_FILE = 'story-';

/** What the seeds plugin tells other plugins (the prerender, src/build/prerender-plugin.ts) through `api`. */
export interface SeedsApi {
  /** Every story of the last build, the default first, as `virtual:stories` lists them; undefined before any load. */
  stories(): StorySummary[] | undefined;
  /** One story's corpus, as its data file holds it; undefined before any load. */
  corpus(id: string): Corpus | undefined;
}

export interface SeedsPluginOptions {
  /** Folder of seed articles, relative to the Vite root. */
  dir: string;
}

/**
 * A file name or note as it may be printed to a terminal: control and invisible characters escaped, so a name
 * cannot rewrite the log line (`\x1b[2K`), split it (`\n`) or reorder it (`\u202E`).
 */
export function logSafe(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** What the story picker needs of each story, without loading its articles. */
function summaryOf(corpus: Corpus): StorySummary {
  return {
    id: corpus.story.id,
    title: corpus.story.title,
    ...(corpus.story.date ? { date: corpus.story.date } : {}),
    articles: corpus.articles.length,
    outlets: corpus.outlets.length,
  };
}

/** `JSON.parse` of a string literal starts faster than an object literal of the same size. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function seedsPlugin(options: SeedsPluginOptions): Plugin<SeedsApi> {
  let seedsDir = path.resolve(options.dir);
  let logger: Logger | undefined;
  /** The stories of the last build, until a seed changes. */
  let cached: StoryBuild[] | undefined;
  let command: 'build' | 'serve' = 'build';

  const isSeedFile = (file: string) => path.resolve(file).startsWith(seedsDir + path.sep);

  return {
    name: 'tabayyun-seeds',
    api: {
      stories: () => cached?.map((build) => summaryOf(build.corpus)),
      corpus: (id) => cached?.find((build) => build.corpus.story.id === id)?.corpus,
    } satisfies SeedsApi,
    configResolved(config) {
      command = config.command;
      seedsDir = path.resolve(config.root, options.dir);
      logger = config.logger;
    },
    resolveId(id) {
      if (id === CORPUS_ID || id === STORIES_ID || id.startsWith(STORY_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      const wanted = id.slice(1);
      if (wanted !== CORPUS_ID && wanted !== STORIES_ID && !wanted.startsWith(STORY_PREFIX)) return undefined;
      // Watch each file, not the folder: Vite's dev server would try to import a watched folder.
      for (const file of seedFiles(seedsDir)) this.addWatchFile(file);
      if (!cached) {
        const warnings: string[] = [];
        try {
          cached = storiesFromDir(seedsDir, warnings);
        } catch (error) {
          // A broken config file (outlets.json, story.json, sources.json): one clear line; the plugin's own stack
          // is left out (the bundler still prints a few lines of its own).
          this.error({
            message: `seeds: ${error instanceof Error ? error.message : String(error)}`,
            stack: '',
          });
        }
        for (const warning of warnings) this.warn(`seeds: ${logSafe(warning)}`);
        for (const { dir, corpus } of cached) report(this, logger, seedsDir, dir, corpus, options.dir);
      }
      const builds = cached;
      if (wanted === CORPUS_ID) return jsonModule(builds[0]!.corpus);
      if (wanted === STORIES_ID) {
        const summaries = `export const stories = ${JSON.stringify(builds.map((b) => summaryOf(b.corpus)))};`;
        if (command === 'build') {
          // Each story is a JSON file of its own, fetched when opened (the default one preloaded by index.html), so
          // the script holds code only and a story's data is fetched only by those who open it.
          const loaders = builds.map(({ corpus }) => {
            const ref = this.emitFile({
              type: 'asset',
              name: `${STORY_FILE}${corpus.story.id}.json`,
              source: JSON.stringify(corpus),
            });
            return `${JSON.stringify(corpus.story.id)}: () => fetchStory(import.meta.ROLLUP_FILE_URL_${ref})`;
          });
          return [
            summaries,
            'async function fetchStory(url) {',
            '  const response = await fetch(url);',
            "  if (!response.ok) throw new Error(url + ': HTTP ' + response.status);",
            '  return { default: await response.json() };',
            '}',
            `export const loaders = {\n  ${loaders.join(',\n  ')}\n};`,
          ].join('\n');
        }
        // The dev server: modules, so a changed seed reloads like any module.
        const loaders = builds.map(({ corpus }, i) => {
          const target = i === 0 ? CORPUS_ID : `${STORY_PREFIX}${corpus.story.id}`;
          return `${JSON.stringify(corpus.story.id)}: () => import(${JSON.stringify(target)})`;
        });
        return [summaries, `export const loaders = {\n  ${loaders.join(',\n  ')}\n};`].join('\n');
      }
      const story = builds.find((b) => `${STORY_PREFIX}${b.corpus.story.id}` === wanted);
      if (!story) this.error(`seeds: no story "${logSafe(wanted.slice(STORY_PREFIX.length))}"`);
      return jsonModule(story.corpus);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Start fetching the default story with the script rather than after it.
        const first = cached?.[0]?.corpus.story.id;
        const asset = Object.values(context.bundle ?? {}).find(
          (file) =>
            file.type === 'asset' &&
            [file.name, ...(file.names ?? [])].includes(`${STORY_FILE}${first}.json`),
        );
        if (!asset) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(seedsDir);
      const reload = (file: string) => {
        if (!isSeedFile(file)) return;
        cached = undefined;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

/** Every file of the seeds folder and of its story sub-folders. */
function seedFiles(root: string): string[] {
  const files: string[] = [];
  for (const name of safeList(root)) {
    const file = path.join(root, name);
    files.push(file);
    if (isDirectory(file)) for (const inner of safeList(file)) files.push(path.join(file, inner));
  }
  return files.filter((f) => !isDirectory(f));
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The build log of one story: notes, refused files, one summary line; a story with nothing usable stops the build. */
function report(
  context: PluginContext,
  logger: Logger | undefined,
  root: string,
  dir: string,
  corpus: Corpus,
  shownDir: string,
): void {
  const where = dir === root ? '' : `${path.relative(root, dir)}/`;
  for (const article of corpus.articles) {
    for (const note of article.notes)
      logger?.info(`seeds: ${logSafe(`${where}${article.file}: ${note}`)}`, { timestamp: true });
  }
  for (const problem of corpus.problems) {
    context.warn(`seed ${logSafe(`${where}${problem.file}`)} was not used: ${logSafe(problem.reason)}`);
  }
  if (corpus.articles.length === 0)
    context.error(
      logSafe(noUsableSeedMessage(path.join(shownDir, where), corpus)).replaceAll('\\u{A}', '\n'),
    );
  const label = where ? `${where} (${corpus.story.id})` : '';
  logger?.info(`seeds: ${label ? `${label}: ` : ''}${corpusSummary(corpus)}`, { timestamp: true });
}

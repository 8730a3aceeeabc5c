// Vite plugin: runs the core pipeline over seeds/ in `vite build` and `vite dev`
// and hands the app the corpus as the virtual module `virtual:corpus`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { corpusFromDir, corpusSummary, noUsableSeedMessage } from './corpus-from-dir.ts';

const VIRTUAL_ID = 'virtual:corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

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

export function seedsPlugin(options: SeedsPluginOptions): Plugin {
  let seedsDir = path.resolve(options.dir);
  let logger: Logger | undefined;

  const isSeedFile = (file: string) => path.resolve(file).startsWith(seedsDir + path.sep);

  return {
    name: 'tabayyun-seeds',
    configResolved(config) {
      seedsDir = path.resolve(config.root, options.dir);
      logger = config.logger;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Watch each file, not the folder: Vite's dev server would try to import a watched folder.
      for (const name of safeList(seedsDir)) this.addWatchFile(path.join(seedsDir, name));
      let corpus: ReturnType<typeof corpusFromDir>;
      const warnings: string[] = [];
      try {
        corpus = corpusFromDir(seedsDir, warnings);
      } catch (error) {
        // A broken config file (outlets.json, story.json, sources.json): one clear line; the plugin's own stack is
        // left out (the bundler still prints a few lines of its own).
        this.error({
          message: `seeds: ${error instanceof Error ? error.message : String(error)}`,
          stack: '',
        });
      }
      for (const warning of warnings) this.warn(`seeds: ${logSafe(warning)}`);
      for (const article of corpus.articles) {
        for (const note of article.notes)
          logger?.info(`seeds: ${logSafe(`${article.file}: ${note}`)}`, { timestamp: true });
      }
      for (const problem of corpus.problems) {
        this.warn(`seed ${logSafe(problem.file)} was not used: ${logSafe(problem.reason)}`);
      }
      if (corpus.articles.length === 0)
        this.error(logSafe(noUsableSeedMessage(options.dir, corpus)).replaceAll('\\u{A}', '\n'));
      logger?.info(`seeds: ${corpusSummary(corpus)}`, { timestamp: true });
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(corpus))});`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(seedsDir);
      const reload = (file: string) => {
        if (!isSeedFile(file)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

// Read any folder of articles for the CLI: the folder's own outlets.json and story.json when it has them, else
// the project's (seeds/), so a bare folder of scraped .txt files can be analysed as it is.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { bareStory, readArticleFiles, type SeedsDir } from '../build/read-seeds.ts';
import { parseProvenance, parseRegistry, parseStory } from '../core/corpus.ts';

export { bareStory };

/** A failure the user can fix (a missing folder, a broken config file): one line, no stack trace. */
export class InputError extends Error {}

/**
 * Where a config file came from: the folder, the command line, or the project's fallback; `none` for a story
 * folder without story.json, which gets a bare story named after the folder (no questions: another event's
 * questions would be wrong for it).
 */
export interface ConfigSource {
  file: string;
  from: 'folder' | 'option' | 'fallback' | 'none';
}

export interface FolderRead {
  seeds: SeedsDir;
  outlets: ConfigSource;
  story: ConfigSource;
  /** The folder's sources.json, when it has one. */
  sources?: string;
}

export interface FolderOptions {
  /** Files given on the command line; they win over the folder's own. */
  outlets?: string;
  story?: string;
  /** The folder whose outlets.json stands in when the folder has none. */
  fallbackDir: string;
}

function pick(dir: string, name: string, option: string | undefined, fallbackDir: string): ConfigSource {
  if (option !== undefined) return { file: option, from: 'option' };
  const own = path.join(dir, name);
  if (existsSync(own)) return { file: own, from: 'folder' };
  // Said relative to where the command runs when it is below it, as the folder itself was given.
  const fallback = path.join(fallbackDir, name);
  const relative = path.relative(process.cwd(), fallback);
  return {
    file: relative.startsWith('..') || path.isAbsolute(relative) ? fallback : relative,
    from: 'fallback',
  };
}

function readJson<T>(file: string, parse: (json: unknown) => T): T {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `could not be read (${code})`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return parse(json);
  } catch (error) {
    throw new InputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Read the folder's config and articles. The article loop is the build's (src/build/read-seeds.ts), which has no
 * fallback for its config files; a file too large or unreadable becomes a problem, never an exception.
 */
export function readFolder(dir: string, options: FolderOptions): FolderRead {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(`${dir}: no such folder`);
  }
  if (!isDir) throw new InputError(`${dir}: not a folder (give the folder that holds the .txt articles)`);

  const outlets = pick(dir, 'outlets.json', options.outlets, options.fallbackDir);
  const storyFile = options.story ?? path.join(dir, 'story.json');
  const story: ConfigSource =
    options.story !== undefined
      ? { file: storyFile, from: 'option' }
      : existsSync(storyFile)
        ? { file: storyFile, from: 'folder' }
        : { file: storyFile, from: 'none' };
  const sourcesFile = path.join(dir, 'sources.json');
  const sources = existsSync(sourcesFile) ? sourcesFile : undefined;
  const registry = readJson(outlets.file, parseRegistry);
  const provenance = sources ? readJson(sources, parseProvenance) : {};
  const storyConfig = story.from === 'none' ? bareStory(dir, provenance) : readJson(story.file, parseStory);

  let files: ReturnType<typeof readArticleFiles>;
  try {
    files = readArticleFiles(dir);
  } catch (error) {
    throw new InputError(`${dir}: could not list the folder (${(error as NodeJS.ErrnoException).code})`);
  }
  const seeds: SeedsDir = { ...files, registry, provenance, story: storyConfig };
  return { seeds, outlets, story, ...(sources ? { sources } : {}) };
}

// Node-side: read a story folder into what the pure pipeline takes. Config files are
// validated here, so a broken one stops the build with one clear message.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseProvenance, parseRegistry, parseStory } from '../core/corpus.ts';
import { MAX_ARTICLE_BYTES, tooLarge } from '../core/ingest/decode-bytes.ts';
import type {
  ArticleInput,
  InputProblem,
  OutletRegistryEntry,
  Provenance,
  StoryConfig,
} from '../core/types.ts';

export interface SeedsDir {
  inputs: ArticleInput[];
  registry: OutletRegistryEntry[];
  provenance: Record<string, Provenance>;
  story: StoryConfig;
  /** Article files that could not even be read, or were too large to read. */
  problems: InputProblem[];
}

export function readJson<T>(dir: string, name: string, parse: (json: unknown) => T, fallback?: T): T {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    if (fallback !== undefined) return fallback;
    throw new Error(`${file}: missing (a story folder needs ${name})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return parse(json);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Read a story folder. A folder inside the seeds (another story) may lean on its parent: without its own
 * outlets.json it uses the parent's registry, and without story.json it is a bare story named after the folder.
 */
export function readSeedsDir(dir: string, parent?: { registry: OutletRegistryEntry[] }): SeedsDir {
  const registry = parent
    ? readJson(dir, 'outlets.json', parseRegistry, parent.registry)
    : readJson(dir, 'outlets.json', parseRegistry);
  const provenance = readJson(dir, 'sources.json', parseProvenance, {});
  const story = parent
    ? readJson(dir, 'story.json', parseStory, bareStory(dir, provenance))
    : readJson(dir, 'story.json', parseStory);
  return { ...readArticleFiles(dir), registry, provenance, story };
}

/** The story of a folder with no story.json: its name, the earliest publication date its provenance knows. */
export function bareStory(dir: string, provenance: Record<string, Provenance>): StoryConfig {
  const name = path.basename(path.resolve(dir));
  const id =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'story';
  const dates = Object.values(provenance)
    .map((p) => p.published?.slice(0, 10))
    .filter((d): d is string => d !== undefined)
    .sort();
  return { id, title: { ar: name, en: name }, ...(dates[0] ? { date: dates[0] } : {}) };
}

/** Whether a folder holds at least one article file. */
export function hasArticleFiles(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some(
      (e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'),
    );
  } catch {
    return false;
  }
}

/**
 * The story folders of a seeds folder: the folder itself when it holds articles (the default story, as the
 * seeds have always been), then each sub-folder that holds articles, in name order.
 */
export function storyFolders(root: string): string[] {
  const subfolders = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => path.join(root, e.name))
    .filter(hasArticleFiles)
    .sort();
  return hasArticleFiles(root) || subfolders.length === 0 ? [root, ...subfolders] : subfolders;
}

/**
 * The folder's `.txt` files in file-name order, as bytes. A file too large or unreadable becomes a problem,
 * never an exception. (Listing the folder itself may throw: the caller says which folder.)
 */
export function readArticleFiles(dir: string): { inputs: ArticleInput[]; problems: InputProblem[] } {
  const inputs: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of names) {
    try {
      // The core refuses a file over the limit anyway; refusing it here spares reading it into memory.
      const size = statSync(path.join(dir, file)).size;
      if (size > MAX_ARTICLE_BYTES) {
        problems.push({ file, ...tooLarge(size) });
        continue;
      }
      const buffer = readFileSync(path.join(dir, file));
      inputs.push({ file, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    } catch (error) {
      problems.push({
        file,
        code: 'unreadable',
        reason: `could not be read (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  }
  return { inputs, problems };
}

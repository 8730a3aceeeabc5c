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

function readJson<T>(dir: string, name: string, parse: (json: unknown) => T, fallback?: T): T {
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

export function readSeedsDir(dir: string): SeedsDir {
  const registry = readJson(dir, 'outlets.json', parseRegistry);
  const story = readJson(dir, 'story.json', parseStory);
  const provenance = readJson(dir, 'sources.json', parseProvenance, {});
  return { ...readArticleFiles(dir), registry, provenance, story };
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

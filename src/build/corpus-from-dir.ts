// Node-side runner glue shared by the Vite plugin, the golden script and a future CLI:
// read a seeds folder, run the pure pipeline, merge what could not be used.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, parseRegistry } from '../core/corpus.ts';
import type { Corpus } from '../core/types.ts';
import { readJson, readSeedsDir, type SeedsDir, storyFolders } from './read-seeds.ts';

function configWarnings(seeds: SeedsDir): string[] {
  const files = new Set([...seeds.inputs.map((i) => i.file), ...seeds.problems.map((p) => p.file)]);
  const outlets = new Set(seeds.registry.map((o) => o.id));
  const warnings: string[] = [];
  for (const [file, entry] of Object.entries(seeds.provenance)) {
    if (!files.has(file)) warnings.push(`sources.json has an entry for ${file}, which is not in the folder`);
    if (entry.outlet !== undefined && !outlets.has(entry.outlet)) {
      warnings.push(
        `sources.json names outlet "${entry.outlet}" for ${file}, which is not in outlets.json; the text decides`,
      );
    }
  }
  return warnings;
}

/**
 * Build the corpus of a story folder. `warnings` (optional) receives what is wrong in the folder's config but
 * does not stop the build: a provenance entry for a file that is not there, or naming an unknown outlet.
 */
export function corpusFromDir(dir: string, warnings?: string[]): Corpus {
  return corpusFromSeeds(readSeedsDir(dir), warnings);
}

/** One story of a seeds folder: its folder and its corpus. */
export interface StoryBuild {
  dir: string;
  corpus: Corpus;
}

/**
 * Every story of a seeds folder (see `storyFolders`): the folder's own articles are the default story, each
 * sub-folder with articles another. Sub-folders use the root's outlets.json unless they have their own. Two
 * stories with one id stop the build: the id is what a shared link names.
 */
export function storiesFromDir(root: string, warnings?: string[]): StoryBuild[] {
  const parent = existsSync(path.join(root, 'outlets.json'))
    ? { registry: readJson(root, 'outlets.json', parseRegistry) }
    : undefined;
  const builds: StoryBuild[] = [];
  for (const dir of storyFolders(root)) {
    const own: string[] = [];
    const corpus = corpusFromSeeds(dir === root ? readSeedsDir(dir) : readSeedsDir(dir, parent), own);
    const where = dir === root ? '' : `${path.basename(dir)}/`;
    warnings?.push(...own.map((w) => `${where}${w}`));
    const twin = builds.find((b) => b.corpus.story.id === corpus.story.id);
    if (twin)
      throw new Error(
        `${where || './'} and ${path.relative(root, twin.dir) || '.'}/ both have the story id "${corpus.story.id}"; give one a story.json with another id`,
      );
    builds.push({ dir, corpus });
  }
  return builds;
}

/** The same, over a folder already read (the CLI reads one with fallbacks for its config files). */
export function corpusFromSeeds(seeds: SeedsDir, warnings?: string[]): Corpus {
  warnings?.push(...configWarnings(seeds));
  const corpus = buildCorpus(seeds.inputs, {
    registry: seeds.registry,
    provenance: seeds.provenance,
    story: seeds.story,
  });
  // One list in file-name order, whether the runner or the pipeline refused the file.
  const problems = [...seeds.problems, ...corpus.problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return { ...corpus, problems };
}

/** One clear message for a folder with nothing usable in it. */
export function noUsableSeedMessage(dir: string, corpus: Corpus): string {
  const why = corpus.problems.map((p) => `  - ${p.file}: ${p.reason}`).join('\n');
  return `No usable article in ${dir}: every .txt file was refused${why ? `:\n${why}` : ' (the folder has no .txt file).'}`;
}

/** One line for the build log: what was bundled and what was refused. */
export function corpusSummary(corpus: Corpus): string {
  const identified = corpus.outlets.filter((o) => !o.unidentified).length;
  const unidentified = corpus.outlets.length - identified;
  const parts = [
    `${corpus.articles.length} article${corpus.articles.length === 1 ? '' : 's'}`,
    `${identified} outlet${identified === 1 ? '' : 's'}`,
  ];
  if (unidentified > 0) parts.push(`${unidentified} unidentified`);
  if (corpus.problems.length > 0) parts.push(`${corpus.problems.length} file(s) not used`);
  return parts.join(', ');
}

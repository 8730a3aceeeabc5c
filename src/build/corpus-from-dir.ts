// Node-side runner glue shared by the Vite plugin, the golden script and the CLI:
// read a seeds folder, run the pure pipeline, merge what could not be used.
import { buildCorpus } from '../core/corpus.ts';
import type { Corpus } from '../core/types.ts';
import { readSeedsDir } from './read-seeds.ts';

export function corpusFromDir(dir: string): Corpus {
  const seeds = readSeedsDir(dir);
  const corpus = buildCorpus(seeds.inputs, {
    registry: seeds.registry,
    provenance: seeds.provenance,
    story: seeds.story,
  });
  return { ...corpus, problems: [...seeds.problems, ...corpus.problems] };
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

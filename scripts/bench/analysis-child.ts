// One size of the analysis benchmark, in a process of its own so the peak memory is this run's alone:
//   node --import tsx scripts/bench/analysis-child.ts <seeds|n> [seed] [seeds|varied]
// The mode says which synthetic story n articles are: composed from the seeds' sentences (synthetic.ts) or from
// the ANS headline pairs (varied.ts); the story is built before any timing starts.
// Prints one line `BENCH_RESULT {json}` on stdout. The ingest is timed first on its own (decode and ingest of
// every file, as buildCorpus does it); then buildCorpus is timed whole. The comparison's share is the
// difference: buildCorpus is the figure that counts, the split only says where the time goes.
import path from 'node:path';
import { readSeedsDir } from '../../src/build/read-seeds.ts';
import { buildCorpus, type CorpusConfig } from '../../src/core/corpus.ts';
import { decodeBytes } from '../../src/core/ingest/decode-bytes.ts';
import { ingestDecoded } from '../../src/core/ingest/ingest-article.ts';
import type { ArticleInput } from '../../src/core/types.ts';
import type { Mode } from './args.ts';
import { syntheticConfig, syntheticInputs } from './synthetic.ts';
import { variedStory } from './varied.ts';

export interface AnalysisRun {
  mode: Mode;
  size: 'seeds' | number;
  articles: number;
  sentences: number;
  /** Distinct sentence texts among them: how much the optimisations that collapse copies can collapse. */
  distinctSentences: number;
  outlets: number;
  unidentified: number;
  facts: number;
  wireGroups: number;
  inputBytes: number;
  ingestMs: number;
  buildCorpusMs: number;
  /** User and system CPU time of buildCorpus: less sensitive than wall time to other work on the machine. */
  buildCorpusCpuMs: number;
  /** Resident memory before buildCorpus (Node, the modules, the inputs), and the process's peak. */
  baseRssKib: number;
  maxRssKib: number;
}

function cpuMs(): number {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
}

function main(): void {
  const [sizeArg = '', seedArg = '1', modeArg = 'seeds'] = process.argv.slice(2);
  const size: 'seeds' | number = sizeArg === 'seeds' ? 'seeds' : Number(sizeArg);
  if (size !== 'seeds' && !(Number.isInteger(size) && size > 0)) throw new Error(`bad size "${sizeArg}"`);
  if (modeArg !== 'seeds' && modeArg !== 'varied') throw new Error(`bad mode "${modeArg}"`);
  const mode: Mode = modeArg;
  let inputs: ArticleInput[];
  let config: CorpusConfig;
  if (size === 'seeds') {
    const seeds = readSeedsDir(path.resolve(import.meta.dirname, '../../seeds'));
    inputs = seeds.inputs;
    config = { registry: seeds.registry, provenance: seeds.provenance, story: seeds.story };
  } else if (mode === 'varied') {
    ({ inputs, config } = variedStory(size, Number(seedArg)));
  } else {
    inputs = syntheticInputs(size, Number(seedArg));
    config = syntheticConfig();
  }

  const ingestStart = performance.now();
  for (const input of inputs) {
    const decoded = decodeBytes(input.bytes);
    if (decoded.ok) {
      ingestDecoded(input.file, decoded.text, decoded.notes, {
        registry: config.registry,
        provenance: config.provenance[input.file],
        articleId: input.file,
      });
    }
  }
  const ingestMs = performance.now() - ingestStart;

  const baseRssKib = Math.round(process.memoryUsage.rss() / 1024);
  const cpuStart = cpuMs();
  const start = performance.now();
  const corpus = buildCorpus(inputs, config);
  const buildCorpusMs = performance.now() - start;
  const buildCorpusCpuMs = cpuMs() - cpuStart;
  // The peak now, before the counting below allocates anything.
  const maxRssKib = process.resourceUsage().maxRSS;

  const texts = corpus.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
  const run: AnalysisRun = {
    mode,
    size,
    articles: corpus.articles.length,
    sentences: texts.length,
    distinctSentences: new Set(texts).size,
    outlets: corpus.outlets.length,
    unidentified: corpus.outlets.filter((o) => o.unidentified).length,
    facts: corpus.facts.length,
    wireGroups: corpus.wire.length,
    inputBytes: inputs.reduce((n, i) => n + i.bytes.length, 0),
    ingestMs,
    buildCorpusMs,
    buildCorpusCpuMs,
    baseRssKib,
    maxRssKib,
  };
  console.log(`BENCH_RESULT ${JSON.stringify(run)}`);
}

main();

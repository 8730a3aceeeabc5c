// Time each stage of the comparison on a synthetic story of N articles (scripts/bench/synthetic.ts), and
// the peak memory.
//   npx tsx scripts/profile-analysis.ts 100            one size (run each size in its own process for RSS)
//   npx tsx scripts/profile-analysis.ts 100 --corpus   the whole buildCorpus (ingest included) as one time
// Prints one JSON line per run: stage seconds, sentences, facts and wire groups, total wall and CPU
// seconds of the stages, peak RSS in MB.
import { performance } from 'node:perf_hooks';
import { aliasTexts } from '../src/core/compare/align/align-actors.ts';
import { alignFacts } from '../src/core/compare/align/align-facts.ts';
import { withCues } from '../src/core/compare/compare-corpus.ts';
import { cueFinder } from '../src/core/compare/cues/cue-cache.ts';
import { answerQuestions } from '../src/core/compare/questions/questions.ts';
import { findWireCopy } from '../src/core/compare/wire/wire-copy.ts';
import { buildCorpus } from '../src/core/corpus.ts';
import { ingestArticle } from '../src/core/ingest/ingest-article.ts';
import { judgeFacts } from '../src/core/judge/rules/fact-verdicts.ts';
import type { Article } from '../src/core/types.ts';
import { syntheticConfig, syntheticInputs } from './bench/synthetic.ts';

const n = Number(process.argv[2] ?? 10);
const inputs = syntheticInputs(n);
const config = syntheticConfig();
const story = config.story;
const seedRegistry = config.registry;
const round = (s: number) => Math.round(s * 1000) / 1000;
const timed = <T>(times: Record<string, number>, name: string, run: () => T): T => {
  const t0 = performance.now();
  const out = run();
  times[name] = round((performance.now() - t0) / 1000);
  return out;
};

const times: Record<string, number> = {};
// CPU seconds beside the wall clock: on a shared machine the wall clock swells with other work.
const cpu0 = process.cpuUsage();
const counts: Record<string, number> = {};
let sentences = 0;
if (process.argv.includes('--corpus')) {
  const corpus = timed(times, 'corpus', () => buildCorpus(inputs, config));
  sentences = corpus.articles.reduce((k, a) => k + a.paragraphs.flatMap((p) => p.sentences).length, 0);
  Object.assign(counts, { facts: corpus.facts.length, wireGroups: corpus.wire.length });
} else {
  const articles = timed(times, 'ingest', () =>
    inputs.flatMap((input) => {
      const r = ingestArticle(input, { registry: seedRegistry, articleId: input.file.replace('.txt', '') });
      return r.ok ? [r.article] : [];
    }),
  );
  const outletOf = new Map(articles.map((a) => [a.id, a.attribution.outletId]));
  const outlet = (id: string) => outletOf.get(id) ?? id;
  // The same steps as compareArticles (compare-corpus.ts), one timer each.
  const cuesOf = cueFinder(story.actors);
  const cued: Article[] = timed(times, 'cues', () => articles.map((a) => withCues(a, cuesOf)));
  sentences = cued.reduce((k, a) => k + a.paragraphs.flatMap((p) => p.sentences).length, 0);
  const wire = timed(times, 'wire', () => findWireCopy(cued, outlet, aliasTexts(story.actors)));
  const aligned = timed(times, 'align', () => alignFacts(cued, outlet, wire, story));
  const facts = timed(times, 'verdicts', () => judgeFacts(aligned, cued, wire, story));
  timed(times, 'questions', () =>
    answerQuestions(cued, story.questions ?? [], outlet, {
      ...(story.actors ? { actors: story.actors } : {}),
      cuesOf,
    }),
  );
  Object.assign(counts, { facts: facts.length, wireGroups: wire.length });
}
const total = Object.values(times).reduce((s, v) => s + v, 0);
console.log(
  JSON.stringify({
    articles: n,
    sentences,
    ...times,
    ...counts,
    total: round(total),
    cpu: round(((u) => (u.user + u.system) / 1e6)(process.cpuUsage(cpu0))),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);

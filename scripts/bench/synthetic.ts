// Synthetic stories for the benchmark: n articles composed from the seeds' own sentences, so the analysis
// meets real Arabic news prose (its cues, numbers, names and clause shapes) at any size. Deterministic: the
// same n and seed give the same bytes, on any machine. Each article has a headline, a dateline naming an
// outlet of seeds/outlets.json (so attribution works as on real pages), and 8-20 sentences taken in runs from
// the seeds, with small edits a comparison must notice: a number changed, a negation inserted or removed, a
// clause cut, sentences reordered; some articles carry one shared agency passage verbatim (wire copy).
import path from 'node:path';
import { readSeedsDir } from '../../src/build/read-seeds.ts';
import { buildCorpus, type CorpusConfig } from '../../src/core/corpus.ts';
import type { ArticleInput } from '../../src/core/types.ts';

const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');

/** The raw material: the seeds' sentences in reading order, their headlines, and outlets a dateline can name. */
export interface SeedMaterial {
  sentences: string[];
  titles: string[];
  /** One dateline source per outlet that has one, e.g. "العربية نت". */
  datelineSources: string[];
  config: CorpusConfig;
}

let cached: SeedMaterial | undefined;

/** Reads and analyses seeds/ once per process (the sentences are the pipeline's own split of the seeds). */
export function seedMaterial(): SeedMaterial {
  if (cached) return cached;
  const seeds = readSeedsDir(SEEDS_DIR);
  const config: CorpusConfig = { registry: seeds.registry, provenance: {}, story: seeds.story };
  const corpus = buildCorpus(seeds.inputs, { ...config, provenance: seeds.provenance });
  const sentences = corpus.articles.flatMap((a) =>
    a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
  );
  const titles = corpus.articles.flatMap((a) => (a.title ? [a.title] : []));
  const datelineSources = seeds.registry.flatMap((o) => o.markers.dateline?.slice(0, 1) ?? []);
  if (sentences.length < 20 || datelineSources.length === 0) {
    throw new Error(`seeds/ gives too little material (${sentences.length} sentences) for synthetic stories`);
  }
  cached = { sentences, titles, datelineSources, config };
  return cached;
}

/** mulberry32: a small, fast, well-spread 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

// Where a report is filed from: generator data, not a rule; any place name would do.
const PLACES = ['موسكو', 'طرابلس', 'القاهرة', 'دبي', 'أنقرة', 'بنغازي', 'تونس', 'لندن'];

/** Another number where the sentence has one: the kind of difference outlets' reports show (6 vs 7 hours). */
export function changeNumber(sentence: string, rng: Rng): string {
  const numbers = sentence.match(/[0-9]+|[٠-٩]+/g);
  if (!numbers) return sentence;
  const target = pick(rng, numbers);
  const arabicIndic = /[٠-٩]/.test(target);
  const western = Number(arabicIndic ? [...target].map((d) => d.charCodeAt(0) - 0x0660).join('') : target);
  const changed = String(western + int(rng, 1, 5));
  const written = arabicIndic
    ? [...changed].map((d) => String.fromCharCode(0x0660 + Number(d))).join('')
    : changed;
  return sentence.replace(target, written);
}

// With «و» attached («ولم»): the particle goes with it, so no stray letter is left behind.
const NEGATIONS = [/(^|\s)و?(لم|لا|لن) (?=\S)/u, /(^|\s)(من )?دون (?=\S)/u];

/** Removes the first negation particle, or puts «لا» before the first present-tense-looking verb. */
export function toggleNegation(sentence: string): string {
  for (const negation of NEGATIONS) {
    if (negation.test(sentence)) return sentence.replace(negation, '$1');
  }
  return sentence.replace(/(^|\s)(?=[يت][\p{L}]{3,}(\s|$))/u, '$1لا ');
}

/** The sentence up to its first comma, when that leaves a clause of six words or more. */
export function cutClause(sentence: string): string {
  const comma = sentence.indexOf('،');
  if (comma < 0) return sentence;
  const clause = sentence.slice(0, comma).trim();
  return clause.split(/\s+/).length >= 6 ? `${clause}.` : sentence;
}

/** A headline from a sentence: its words up to the first comma, at most ten, without end punctuation. */
export function headline(sentence: string): string {
  const words = sentence.split('،')[0]!.trim().split(/\s+/).slice(0, 10);
  return words.join(' ').replace(/[.:؛!؟"”«»]+$/u, '');
}

function edit(sentence: string, rng: Rng): string {
  const roll = rng();
  if (roll < 0.15) return changeNumber(sentence, rng);
  if (roll < 0.25) return toggleNegation(sentence);
  if (roll < 0.33) return cutClause(sentence);
  return sentence;
}

/** A run of consecutive seed sentences: reports retell a story in order, so runs keep it coherent. */
function run(rng: Rng, sentences: readonly string[], length: number): string[] {
  const start = int(rng, 0, sentences.length - 1);
  return Array.from({ length }, (_, k) => sentences[(start + k) % sentences.length]!);
}

/** One article's text: headline, blank line, dateline and body in paragraphs of one to four sentences. */
function composeArticle(rng: Rng, material: SeedMaterial, wire: readonly string[][]): string {
  const count = int(rng, 8, 20);
  const body: string[] = [];
  while (body.length < count) {
    body.push(...run(rng, material.sentences, int(rng, 1, 4)).map((s) => edit(s, rng)));
  }
  body.length = count;
  // Some reports tell the same sentences in another order.
  if (rng() < 0.3) {
    for (let k = 0; k < 3; k++) {
      const i = int(rng, 0, body.length - 2);
      [body[i], body[i + 1]] = [body[i + 1]!, body[i]!];
    }
  }
  // About a third carry one agency passage word for word, the way outlets republish wire copy.
  if (wire.length > 0 && rng() < 0.35) body.splice(int(rng, 1, body.length - 1), 0, ...pick(rng, wire));
  const title =
    material.titles.length > 0 && rng() < 0.5
      ? changeNumber(pick(rng, material.titles), rng)
      : headline(pick(rng, material.sentences));
  body[0] = `${pick(rng, PLACES)} - (${pick(rng, material.datelineSources)}): ${body[0]}`;
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; ) {
    const size = int(rng, 1, 4);
    paragraphs.push(body.slice(i, i + size).join(' '));
    i += size;
  }
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * `n` synthetic article files, `syn_0001.txt` …, composed from the seeds' sentences with the PRNG seeded by
 * `seed`. The same arguments always give the same bytes.
 */
export function syntheticInputs(n: number, seed = 1): ArticleInput[] {
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`syntheticInputs: n must be a whole number ≥ 0, got ${n}`);
  const material = seedMaterial();
  const rng = prng(seed);
  // One agency passage per ten articles, each of three to five consecutive sentences, never edited.
  const wire = Array.from({ length: Math.max(1, Math.floor(n / 10)) }, () =>
    run(rng, material.sentences, int(rng, 3, 5)),
  );
  const encoder = new TextEncoder();
  const width = Math.max(4, String(n).length);
  return Array.from({ length: n }, (_, i) => ({
    file: `syn_${String(i + 1).padStart(width, '0')}.txt`,
    bytes: encoder.encode(composeArticle(rng, material, wire)),
  }));
}

/** The story config to analyse synthetic articles with: the seeds' story and registry, no provenance. */
export function syntheticConfig(): CorpusConfig {
  return seedMaterial().config;
}

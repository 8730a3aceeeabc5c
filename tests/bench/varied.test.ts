// The varied stories of the benchmark (scripts/bench/varied.ts, issue 13). They are made from the ANS pairs beside
// the repository (../shared/datasets/ans, train and dev); without them the suites that need them skip.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisChecks, variedChecks } from '../../scripts/bench/analysis.ts';
import { prng } from '../../scripts/bench/synthetic.ts';
import { nLogNExponent } from '../../scripts/bench/targets.ts';
import {
  ANS_DIR,
  ANS_SPLITS,
  asSentence,
  materialFromPairs,
  variedConfig,
  variedOutlets,
  variedStory,
} from '../../scripts/bench/varied.ts';
import { buildCorpus } from '../../src/core/corpus.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';

const present = ANS_SPLITS.every((name) => existsSync(path.join(ANS_DIR, name)));
if (!present) console.warn(`varied.test: ${ANS_DIR} has no ANS pairs; the varied stories are not tested.`);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('materialFromPairs', () => {
  it('makes claims of first headlines with their paraphrases and contradictions, the rest unrelated', () => {
    const material = materialFromPairs([
      { s1: 'ب', s2: 'ب1', stance: 'agree' },
      { s1: 'ب', s2: 'ب2', stance: 'disagree' },
      { s1: 'أ', s2: 'أ2', stance: 'disagree' },
      { s1: 'ج', s2: 'ج1', stance: 'other' },
    ]);
    expect(material.claims).toEqual([
      { text: 'أ', agree: [], disagree: ['أ2'] },
      { text: 'ب', agree: ['ب1'], disagree: ['ب2'] },
    ]);
    expect(material.unrelated).toEqual(['ج', 'ج1']);
  });

  it('frames a headline as a sentence with a full stop, keeping a headline that names its own source', () => {
    const rng = prng(5);
    for (let i = 0; i < 50; i++) {
      expect(asSentence('ارتفاع أسعار الذهب', rng)).toMatch(/ارتفاع أسعار الذهب.*\.$/);
      expect(asSentence('المرصد السوري: قصف على درعا', rng)).not.toMatch(/(أن|إن|إلى أن) المرصد/);
    }
  });
});

describe.skipIf(!present)('variedStory', () => {
  it('gives the same bytes for the same size and seed, and other bytes for another seed', () => {
    const a = variedStory(12, 7).inputs;
    const b = variedStory(12, 7).inputs;
    const c = variedStory(12, 8).inputs;
    expect(a.map((i) => i.file)).toEqual(b.map((i) => i.file));
    expect(a.map((i) => text(i.bytes))).toEqual(b.map((i) => text(i.bytes)));
    expect(a.map((i) => text(i.bytes))).not.toEqual(c.map((i) => text(i.bytes)));
    expect(new Set(a.map((i) => i.file)).size).toBe(12);
    expect(variedStory(0).inputs).toEqual([]);
    expect(() => variedStory(1.5)).toThrow(/whole number/);
  });

  it('mixes claims told again, paraphrased and contradicted across articles, among filler', () => {
    const story = variedStory(20, 1);
    const articlesOf = new Map<number, Set<number>>();
    const variantsOf = new Map<number, Map<number, Set<string>>>();
    story.articles.forEach((article, a) => {
      expect(article.sentences.length, article.file).toBeGreaterThanOrEqual(12);
      expect(article.sentences.length, article.file).toBeLessThanOrEqual(31);
      expect(article.sentences.some((s) => s.variant === 'filler')).toBe(true);
      for (const s of article.sentences) {
        if (s.claim === undefined) continue;
        articlesOf.set(s.claim, (articlesOf.get(s.claim) ?? new Set()).add(a));
        const byArticle = variantsOf.get(s.claim) ?? new Map<number, Set<string>>();
        byArticle.set(a, (byArticle.get(a) ?? new Set()).add(s.variant));
        variantsOf.set(s.claim, byArticle);
      }
      // Every sentence is in the file, the first after its dateline.
      const body = text(story.inputs[a]!.bytes);
      expect(body.startsWith(`${article.title}\n\n`)).toBe(true);
      for (const s of article.sentences) expect(body).toContain(s.text);
    });
    const recurring = [...articlesOf.values()].filter((articles) => articles.size >= 2);
    expect(recurring.length).toBeGreaterThanOrEqual(5);
    // One article tells a claim (as itself or a paraphrase) and another contradicts it; likewise paraphrases.
    const across = (one: string[], other: string[]) =>
      [...variantsOf.values()].filter((byArticle) => {
        const as = (kinds: string[]) =>
          [...byArticle].filter(([, v]) => kinds.some((k) => v.has(k))).map(([a]) => a);
        return as(one).some((a) => as(other).some((b) => a !== b));
      }).length;
    expect(across(['claim', 'agree'], ['disagree'])).toBeGreaterThanOrEqual(1);
    expect(across(['claim'], ['agree'])).toBeGreaterThanOrEqual(1);
    const sentences = story.articles.flatMap((a) => a.sentences.map((s) => s.text));
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.8);
  });

  it('makes articles the pipeline reads, each attributed to its outlet by the dateline', () => {
    const story = variedStory(6, 3);
    const corpus = buildCorpus(story.inputs, story.config);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.attribution.outletId)).toEqual(story.articles.map((a) => a.outletId));
    expect(corpus.articles.every((a) => a.attribution.evidence.some((e) => e.kind === 'dateline'))).toBe(
      true,
    );
  });

  it('names every outlet, up to the most a story has, so the ingest finds exactly that one', () => {
    expect(variedOutlets(100)).toHaveLength(30);
    expect(variedOutlets(10_000)).toHaveLength(200);
    const outlets = variedOutlets(1_000_000);
    expect(outlets).toHaveLength(230);
    expect(new Set(outlets.map((o) => o.dateline)).size).toBe(230);
    const { registry } = variedConfig(1_000_000);
    for (const outlet of outlets) {
      const body = `عنوان التقرير\n\nبيروت - (${outlet.dateline}): ارتفاع أسعار الذهب عالميا.\n`;
      const result = ingestArticle(
        { file: 'a.txt', bytes: new TextEncoder().encode(body) },
        { registry, articleId: 'a' },
      );
      expect(result.ok && result.article.attribution.outletId, outlet.dateline).toBe(outlet.id);
    }
  });
});

describe('the checks of the varied mode', () => {
  const run = (articles: number, ms: number, rssKib: number) => ({
    status: 'done' as const,
    mode: 'varied' as const,
    size: articles,
    articles,
    sentences: articles * 21,
    distinctSentences: articles * 18,
    outlets: 30,
    unidentified: 0,
    facts: 1,
    wireGroups: 0,
    inputBytes: 1,
    ingestMs: 1,
    buildCorpusMs: ms,
    buildCorpusCpuMs: ms,
    baseRssKib: 150 * 1024,
    maxRssKib: rssKib,
  });

  it('sets 1,000 articles against 3 s and 400 MB, and growth against n log n', () => {
    const checks = variedChecks([run(300, 1000, 300_000), run(1000, 2500, 380_000)]);
    const by = (m: string) => checks.find((c) => c.metric.startsWith(m))!;
    expect(by('varied: analysis of 1,000 articles, time').status).toBe('pass');
    expect(by('varied: analysis of 1,000 articles, peak RSS').status).toBe('pass');
    expect(by('varied: analysis of 10,000 articles, time').status).toBe('not measured');
    // 1000 / 300 articles: n log n grows with exponent 1.16; 2.5 / 1 s is 0.76.
    expect(nLogNExponent(300, 1000)).toBeCloseTo(1.16, 2);
    expect(by('varied: growth exponent of analysis CPU time').status).toBe('pass');
    const slow = variedChecks([run(300, 1000, 300_000), run(1000, 20_000, 2_000_000)]);
    expect(slow.filter((c) => c.status === 'over')).toHaveLength(4);
    // The seeds mode's checks are issue 5's, unchanged.
    expect(analysisChecks([run(1000, 5000, 300_000)]).map((c) => c.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'not measured',
    ]);
  });
});

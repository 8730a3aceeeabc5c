// Lighthouse under its default settings (mobile: a Moto G Power-sized screen, simulated slow 4G and 4× CPU
// slowdown), driving Debian's Chromium through chrome-launcher. Each run gets a fresh browser; the run with
// the median performance score is reported, with every run's score beside it to show the spread.
import type { LaunchedChrome } from 'chrome-launcher';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
import { duration, formatTable } from './format.ts';
import { atLeast, atMost, TARGETS, type TargetCheck } from './targets.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  speedIndexMs: number | null;
  /** Audits that cost points outside performance: what to fix for 100. */
  failing: { category: Category; id: string; title: string; score: number; items: string[] }[];
  warnings: string[];
}

export type LighthouseResult =
  | { ok: true; median: LighthouseRun; performanceScores: (number | null)[]; checks: TargetCheck[] }
  | { ok: false; reason: string; checks: TargetCheck[] };

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      numericValue?: number;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
}

/** What a failing audit found, in a few words each: the console message, the issue type, the node. */
function itemsOf(details: { items?: Record<string, unknown>[] } | undefined): string[] {
  return (details?.items ?? []).slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const text = item.description ?? item.issueType ?? node?.snippet ?? item.url ?? JSON.stringify(item);
    return String(text).slice(0, 200);
  });
}

function summarise(lhr: Lhr): LighthouseRun {
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const failing: LighthouseRun['failing'] = [];
  for (const category of CATEGORIES.slice(1)) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push({
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          items: itemsOf(audit.details),
        });
      }
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number | null>,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    speedIndexMs: numeric('speed-index'),
    failing,
    warnings: lhr.runWarnings,
  };
}

async function runOnce(url: string, chromePath: string): Promise<LighthouseRun> {
  // Lighthouse is ESM and heavy: loaded only when this part runs.
  const { default: lighthouse } = await import('lighthouse');
  let chrome: LaunchedChrome | undefined;
  try {
    chrome = await launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr as unknown as Lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return summarise(lhr);
  } finally {
    chrome?.kill();
  }
}

export function lighthouseChecks(run: LighthouseRun | undefined): TargetCheck[] {
  return [
    atLeast('Lighthouse performance', run?.scores.performance, TARGETS.performanceScore, ''),
    atLeast('Lighthouse accessibility', run?.scores.accessibility, TARGETS.otherScores, ''),
    atLeast('Lighthouse best practices', run?.scores['best-practices'], TARGETS.otherScores, ''),
    atLeast('Lighthouse SEO', run?.scores.seo, TARGETS.otherScores, ''),
    // Lighthouse's own "good" thresholds, for reading the score: not targets of the issue.
    atMost('LCP (Lighthouse good)', run?.lcpMs, 2500, 'ms'),
    atMost('TBT (Lighthouse good)', run?.tbtMs, 200, 'ms'),
    atMost('CLS (Lighthouse good)', run?.cls, 0.1, ''),
  ];
}

export async function measureLighthouse(
  url: string,
  chromePath: string,
  runs: number,
): Promise<LighthouseResult> {
  const done: LighthouseRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      console.log(`Lighthouse run ${i + 1} of ${runs} …`);
      done.push(await runOnce(url, chromePath));
    }
  } catch (error) {
    const reason = `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`;
    if (done.length === 0) return { ok: false, reason, checks: lighthouseChecks(undefined) };
    console.warn(`${reason} (reporting the ${done.length} run(s) that finished)`);
  }
  const sorted = [...done].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = sorted[(sorted.length - 1) >> 1]!;
  return {
    ok: true,
    median,
    performanceScores: done.map((r) => r.scores.performance),
    checks: lighthouseChecks(median),
  };
}

export function lighthouseTable(result: LighthouseResult): string {
  if (!result.ok) return result.reason;
  const r = result.median;
  const show = (v: number | null, f: (n: number) => string) => (v === null ? '—' : f(v));
  const rows = [
    ['performance', show(r.scores.performance, String), `runs: ${result.performanceScores.join(', ')}`],
    ['accessibility', show(r.scores.accessibility, String), ''],
    ['best practices', show(r.scores['best-practices'], String), ''],
    ['SEO', show(r.scores.seo, String), ''],
    ['LCP', show(r.lcpMs, duration), 'largest contentful paint'],
    ['TBT', show(r.tbtMs, duration), 'total blocking time'],
    ['CLS', show(r.cls, (n) => n.toFixed(3)), 'cumulative layout shift'],
    ['FCP', show(r.fcpMs, duration), 'first contentful paint'],
    ['Speed Index', show(r.speedIndexMs, duration), ''],
  ];
  const failing = r.failing.flatMap((f) => [
    `  ${f.category}: ${f.id} (${f.title})`,
    ...f.items.map((item) => `      ${item}`),
  ]);
  return [
    formatTable(['Lighthouse (mobile, median run)', 'value', 'note'], rows),
    ...(failing.length > 0 ? ['', 'audits costing points:', ...failing] : []),
    ...(r.warnings.length > 0 ? ['', 'Lighthouse warnings:', ...r.warnings.map((w) => `  ${w}`)] : []),
  ].join('\n');
}

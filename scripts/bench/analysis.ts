// Analysis time and peak memory by story size, in two modes: `seeds` (stories composed from the seeds' 49
// sentences, synthetic.ts) and `varied` (from thousands of distinct real headlines, varied.ts; issue 13). Each size
// runs in a child process (analysis-child.ts), so its peak resident memory is its own, and a size that outlasts
// the timeout is stopped and reported as timed out.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalysisRun } from './analysis-child.ts';
import type { Mode, Size } from './args.ts';
import { ROOT } from './environment.ts';
import { duration, formatTable, growthExponent, mib } from './format.ts';
import { atMost, below, nLogNExponent, TARGETS, type TargetCheck, VARIED_TARGETS } from './targets.ts';

export type SizeResult =
  | ({ status: 'done' } & AnalysisRun)
  | { status: 'timed out'; size: Size; afterMs: number; maxRssKib: number | null }
  | { status: 'failed'; size: Size; reason: string }
  /** Not run: a smaller size already outlasted the timeout, so this one would too. */
  | { status: 'skipped'; size: Size; afterMs: number; reason: string };

type Done = Extract<SizeResult, { status: 'done' }>;

export interface ModeResult {
  sizes: SizeResult[];
  checks: TargetCheck[];
}

export interface AnalysisResult {
  seed: number;
  timeoutSeconds: number;
  /** The seeds mode's sizes (the figures of issue 5). */
  sizes: SizeResult[];
  /** The varied mode (issue 13), when it ran. */
  varied?: ModeResult;
  /** Both modes' checks. */
  checks: TargetCheck[];
}

const CHILD = path.join(import.meta.dirname, 'analysis-child.ts');

/** The peak resident memory so far of a running process (Linux), for a size stopped at the timeout. */
function peakRssKib(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function runSize(mode: Mode, size: Size, seed: number, timeoutSeconds: number): Promise<SizeResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(size), String(seed), mode], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut: SizeResult | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = {
        status: 'timed out',
        size,
        afterMs: Date.now() - started,
        maxRssKib: child.pid === undefined ? null : peakRssKib(child.pid),
      };
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'failed', size, reason: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolve(timedOut);
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code === 0 && line) {
        return resolve({
          status: 'done',
          ...(JSON.parse(line.slice('BENCH_RESULT '.length)) as AnalysisRun),
        });
      }
      const last = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({ status: 'failed', size, reason: `exit ${code ?? signal}${last ? `: ${last}` : ''}` });
    });
  });
}

/** Time and peak memory of one size against ceilings; a size stopped at the timeout took at least that long. */
function sizeChecks(
  label: string,
  sizes: SizeResult[],
  articles: number,
  maxMs: number,
  maxRssKib: number,
  shownRss: string,
  withCpu: boolean,
): TargetCheck[] {
  const target = sizes.find((s) => s.size === articles);
  const timeMs =
    target?.status === 'done'
      ? target.buildCorpusMs
      : target?.status === 'timed out' || target?.status === 'skipped'
        ? target.afterMs
        : null;
  const rss = target?.status === 'done' || target?.status === 'timed out' ? target.maxRssKib : null;
  const timedOut =
    target?.status === 'timed out' || target?.status === 'skipped' ? ` (${target.status}: at least)` : '';
  const what = `${label}analysis of ${articles.toLocaleString('en-US')} articles`;
  return [
    atMost(`${what}, time${timedOut}`, timeMs, maxMs, 'ms'),
    // Wall time is the target; CPU time is the steadier figure on a machine other work is using.
    ...(withCpu
      ? [
          atMost(
            `${what}, CPU time${timedOut}`,
            target?.status === 'done' ? target.buildCorpusCpuMs : null,
            maxMs,
            'ms',
          ),
        ]
      : []),
    atMost(`${what}, peak RSS${timedOut}`, rss, maxRssKib, 'KiB', shownRss),
  ];
}

/** The two largest synthetic sizes measured, and whether a larger one did not finish. */
function largestTwo(sizes: SizeResult[]): { a?: Done; b?: Done; beyond: string } {
  const done = sizes.filter((s): s is Done => s.status === 'done');
  const synthetic = done.filter((s) => typeof s.size === 'number' && s.size >= 10);
  const [a, b] = synthetic.slice(-2);
  // A larger size that did not finish says the curve may bend up beyond the sizes it is read from.
  const beyond = sizes.some((s) => s.status === 'timed out' || s.status === 'skipped')
    ? '; a larger size timed out'
    : '';
  return { ...(a ? { a } : {}), ...(b ? { b } : {}), beyond };
}

/** Issue 5's targets, on the seeds mode. */
export function analysisChecks(sizes: SizeResult[]): TargetCheck[] {
  const { a, b, beyond } = largestTwo(sizes);
  const exponent =
    a && b ? growthExponent(a.articles, a.buildCorpusCpuMs, b.articles, b.buildCorpusCpuMs) : undefined;
  return [
    ...sizeChecks(
      '',
      sizes,
      TARGETS.analysisArticles,
      TARGETS.analysisMs,
      TARGETS.analysisRssKib,
      '1 GiB',
      true,
    ),
    below(
      `growth exponent of analysis CPU time${a && b ? ` (${a.articles} → ${b.articles} articles${beyond})` : ''}`,
      exponent,
      TARGETS.growthExponent,
      '',
    ),
  ];
}

/** Issue 13's targets, on the varied mode: 1,000 and 10,000 articles, and growth no worse than n log n. */
export function variedChecks(sizes: SizeResult[]): TargetCheck[] {
  const t = VARIED_TARGETS;
  const { a, b, beyond } = largestTwo(sizes);
  const between = a && b ? ` (${a.articles} → ${b.articles} articles${beyond})` : '';
  const limit = a && b ? nLogNExponent(a.articles, b.articles) : undefined;
  const growth = (metric: string, value: number | undefined): TargetCheck =>
    limit === undefined
      ? { metric, value: null, unit: '', target: '≤ n log n', status: 'not measured' }
      : { ...atMost(metric, value, limit, ''), target: `≤ ${limit.toFixed(2)} (n log n)` };
  return [
    ...sizeChecks('varied: ', sizes, t.articles, t.ms, t.rssKib, t.rssShown, false),
    ...sizeChecks('varied: ', sizes, t.largeArticles, t.largeMs, t.largeRssKib, t.largeRssShown, false),
    growth(
      `varied: growth exponent of analysis CPU time${between}`,
      a && b ? growthExponent(a.articles, a.buildCorpusCpuMs, b.articles, b.buildCorpusCpuMs) : undefined,
    ),
    growth(
      `varied: growth exponent of peak RSS${between}`,
      a && b ? growthExponent(a.articles, a.maxRssKib, b.articles, b.maxRssKib) : undefined,
    ),
  ];
}

/** Runs the sizes of one mode, smallest first; past a size that timed out, the larger ones are skipped. */
export async function measureMode(
  mode: Mode,
  sizes: Size[],
  seed: number,
  timeoutSeconds: number,
): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const stopped = results.find(
      (r) =>
        r.status === 'timed out' && typeof r.size === 'number' && typeof size === 'number' && size > r.size,
    );
    if (stopped) {
      const reason = `${stopped.size} articles already took over ${timeoutSeconds} s`;
      results.push({ status: 'skipped', size, afterMs: timeoutSeconds * 1000, reason });
      continue;
    }
    console.log(
      size === 'seeds'
        ? `analysing the seeds (timeout ${timeoutSeconds} s) …`
        : `analysing ${size} ${mode === 'varied' ? 'varied' : 'synthetic'} articles (timeout ${timeoutSeconds} s) …`,
    );
    results.push(await runSize(mode, size, seed, timeoutSeconds));
  }
  return results;
}

export interface AnalysisPlan {
  modes: Mode[];
  /** Seeds-mode sizes. */
  sizes: Size[];
  variedSizes: number[];
  seed: number;
  timeout: number;
}

/** Both modes; a mode not asked for keeps `previous`'s figures (the results file's), as parts not run do. */
export async function measureAnalysis(
  plan: AnalysisPlan,
  previous?: Partial<AnalysisResult>,
): Promise<AnalysisResult> {
  const sizes = plan.modes.includes('seeds')
    ? await measureMode('seeds', plan.sizes, plan.seed, plan.timeout)
    : (previous?.sizes ?? []);
  const variedSizes = plan.modes.includes('varied')
    ? await measureMode('varied', plan.variedSizes, plan.seed, plan.timeout)
    : previous?.varied?.sizes;
  const varied = variedSizes ? { sizes: variedSizes, checks: variedChecks(variedSizes) } : undefined;
  return {
    seed: plan.seed,
    timeoutSeconds: plan.timeout,
    sizes,
    ...(varied ? { varied } : {}),
    checks: [...analysisChecks(sizes), ...(varied?.checks ?? [])],
  };
}

const exponentCell = (k: number | undefined) => (k === undefined ? '—' : k.toFixed(2));

/** One mode's table: a row per size, and the growth exponents from the size above. */
export function sizesTable(sizes: SizeResult[]): string {
  let previous: Done | undefined;
  const rows = sizes.map((s) => {
    const label = s.size === 'seeds' ? 'seeds' : String(s.size);
    const blank = (text: string, rss = '—') => [
      label,
      '—',
      '—',
      '—',
      text,
      '—',
      '—',
      '—',
      rss,
      '—',
      '—',
      '—',
    ];
    if (s.status === 'timed out') {
      return blank(
        `timed out after ${duration(s.afterMs)}`,
        s.maxRssKib === null ? '—' : `≥${mib(s.maxRssKib)}`,
      );
    }
    if (s.status === 'failed' || s.status === 'skipped')
      return blank(`${s.status}: ${s.reason.slice(0, 80)}`);
    const from = previous && s.size !== 'seeds' && previous.size !== 'seeds' ? previous : undefined;
    const k = (cost: (r: Done) => number) =>
      from ? growthExponent(from.articles, cost(from), s.articles, cost(s)) : undefined;
    if (s.size !== 'seeds') previous = s;
    return [
      label,
      String(s.articles),
      String(s.sentences),
      // Results written before the varied mode have no count of distinct sentences.
      s.distinctSentences === undefined ? '—' : `${Math.round((100 * s.distinctSentences) / s.sentences)}%`,
      duration(s.buildCorpusMs),
      duration(s.buildCorpusCpuMs),
      duration(s.ingestMs),
      duration(Math.max(0, s.buildCorpusMs - s.ingestMs)),
      mib(s.maxRssKib),
      exponentCell(k((r) => r.buildCorpusMs)),
      exponentCell(k((r) => r.buildCorpusCpuMs)),
      exponentCell(k((r) => r.maxRssKib)),
    ];
  });
  return formatTable(
    [
      'size',
      'articles',
      'sentences',
      'distinct',
      'buildCorpus',
      'cpu',
      'ingest',
      'compare ≈',
      'peak RSS',
      'k wall',
      'k cpu',
      'k rss',
    ],
    rows,
  );
}

export function analysisTable(result: AnalysisResult): string {
  const blocks: string[] = [];
  if (result.sizes.length > 0) {
    blocks.push(`seeds mode: stories composed from the seeds' sentences\n${sizesTable(result.sizes)}`);
  }
  if (result.varied) {
    blocks.push(
      `varied mode: stories from the ANS headline pairs (train and dev)\n${sizesTable(result.varied.sizes)}`,
    );
  }
  const notes = [
    'distinct: distinct sentence texts per sentence (the analysis collapses copies: distinct text is what costs);',
    'k: growth exponent from the size above, cost ∝ articles^k (1 linear, 2 quadratic), of wall time, CPU time',
    'and peak RSS (Node itself, about 150 MiB, included); CPU time is the steadier on a busy machine',
  ];
  return [...blocks, notes.join('\n')].join('\n\n');
}

// `npm run bench`: the benchmark of issues 5 and 13. Builds the app into a folder of its own, serves it on loopback
// the way a static host would (gzip), and measures in headless Chromium: bytes on the wire at first load,
// Lighthouse (mobile), interaction latency with the CPU slowed 4×; then times the analysis by story size in
// Node, on stories made from the seeds' sentences and on varied ones made from real headlines. Prints a table per part and writes bench/results.json. It reports, it never asserts: a figure over
// its target is marked "over", and the exit code stays 0. See docs/bench.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
// @ts-expect-error: a plain .mjs module without types.
import { ensureBrowser } from '../ensure-browser.mjs';
import { type AnalysisResult, analysisTable, measureAnalysis } from './analysis.ts';
import { serveApp } from './app.ts';
import { type BenchOptions, type Part, parseArgs, USAGE } from './args.ts';
import { type Environment, environment, ROOT } from './environment.ts';
import { formatTable, kb } from './format.ts';
import { interactionTable, measureInteraction } from './interaction.ts';
import { lighthouseTable, measureLighthouse } from './lighthouse.ts';
import type { TargetCheck } from './targets.ts';
import { measureWeight, weightTable } from './weight.ts';

interface PartBody {
  /** Why the part could not be measured, when it could not. */
  error?: string;
  checks: TargetCheck[];
  [key: string]: unknown;
}

type PartRecord = PartBody & { environment: Environment };

interface Results {
  about: string;
  updated: string;
  parts: Partial<Record<Part, PartRecord>>;
  /** Every part's checks in one list: each figure next to its target. */
  targets: (TargetCheck & { part: Part })[];
}

const ABOUT =
  'npm run bench (scripts/bench, docs/bench.md): figures of issues 5 and 13 next to their targets. Timings are reported, never asserted.';

function readPrevious(file: string): Results['parts'] {
  if (!existsSync(file)) return {};
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as Results).parts ?? {};
  } catch {
    console.warn(`${file} is not valid JSON: starting a new one`);
    return {};
  }
}

function heading(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
}

function showValue(c: TargetCheck): string {
  if (c.value === null) return '—';
  if (c.unit === 'bytes') return kb(c.value);
  if (c.unit === 'KiB') return `${Math.round(c.value / 1024)} MiB`;
  if (c.unit === 'ms') return `${Math.round(c.value)} ms`;
  return Number.isInteger(c.value) ? String(c.value) : c.value.toFixed(2);
}

async function run(options: BenchOptions): Promise<void> {
  const env = environment();
  const out = path.resolve(options.out ?? path.join(ROOT, 'bench', 'results.json'));
  const parts: Results['parts'] = readPrevious(out);
  const record = (part: Part, body: PartBody) => {
    parts[part] = { environment: env, ...body };
  };
  console.log(
    `bench: ${options.parts.join(', ')} · node ${env.node} · ${env.chromium ?? 'no Chromium'} · ` +
      `${env.machine.cores} cores, load ${env.machine.loadAverage.join(' ')}`,
  );

  const browserParts = options.parts.filter((p) => p !== 'analysis');
  if (browserParts.length > 0) {
    const found = ensureBrowser() as { ok: true; path: string } | { ok: false; message: string };
    if (!found.ok) {
      for (const part of browserParts) record(part, { error: found.message, checks: [] });
      console.error(`Chromium: ${found.message} The browser parts are skipped.`);
    } else {
      const app = await serveApp(options.dist);
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: found.path,
        args: CHROMIUM_ARGS,
        headless: true,
      });
      try {
        for (const part of browserParts) {
          heading(part);
          try {
            if (part === 'weight') {
              const result = await measureWeight(browser, app);
              console.log(weightTable(result));
              record(part, { ...result });
            } else if (part === 'lighthouse') {
              const result = await measureLighthouse(app.server.url, found.path, options.lighthouseRuns);
              console.log(lighthouseTable(result));
              record(part, result.ok ? { ...result } : { error: result.reason, checks: result.checks });
            } else {
              const result = await measureInteraction(browser, app.server.url, options.repeats);
              console.log(interactionTable(result));
              record(part, { ...result });
            }
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            console.error(`${part} could not be measured: ${message}`);
            record(part, { error: message, checks: [] });
          }
        }
      } finally {
        await browser.close();
        await app.close();
      }
    }
  }

  if (options.parts.includes('analysis')) {
    heading('analysis');
    // A mode not run keeps its previous figures, as a part not run does.
    const previous = parts.analysis as Partial<AnalysisResult> | undefined;
    const result = await measureAnalysis(options, previous);
    console.log(analysisTable(result));
    record('analysis', { ...result });
  }

  const targets = (Object.keys(parts) as Part[]).flatMap((part) =>
    (parts[part]?.checks ?? []).map((c) => ({ part, ...c })),
  );
  heading('targets of issues 5 and 13');
  console.log(
    formatTable(
      ['part', 'figure', 'value', 'target', 'status'],
      targets.map((c) => [c.part, c.metric, showValue(c), c.target, c.status]),
    ),
  );
  const results: Results = { about: ABOUT, updated: env.date, parts, targets };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const shown = path.relative(process.cwd(), out);
  console.log(`\nwrote ${shown.startsWith('..') || shown === '' ? out : shown}`);
}

let options: BenchOptions;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
} else {
  run(options).catch((error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
}

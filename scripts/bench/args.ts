// The command line of `npm run bench`. Pure, so its edge cases are unit-tested (tests/bench/args.test.ts).

export const PARTS = ['weight', 'lighthouse', 'interaction', 'analysis'] as const;
export type Part = (typeof PARTS)[number];

/** A size of the analysis benchmark: the seeds themselves, or n synthetic articles. */
export type Size = 'seeds' | number;

export interface BenchOptions {
  parts: Part[];
  sizes: Size[];
  /** Seconds one analysis size may take before it is reported as timed out. */
  timeout: number;
  /** Lighthouse runs; the median run (by performance score) is reported. */
  lighthouseRuns: number;
  /** Repetitions of each interaction. */
  repeats: number;
  /** A build to measure instead of building one. */
  dist?: string;
  /** Where to write the results (default bench/results.json). */
  out?: string;
  seed: number;
  help: boolean;
}

export const DEFAULT_SIZES: Size[] = ['seeds', 10, 100, 300, 1000];

export const USAGE = `npm run bench -- [options]

Builds the app, serves it on loopback (gzip), measures it in headless Chromium and times the analysis;
prints a table per part and writes bench/results.json (parts not run keep their previous figures).

  --only <parts>     weight, lighthouse, interaction, analysis (comma-separated; default all)
  --sizes <list>     analysis sizes, e.g. seeds,10,100 (default ${DEFAULT_SIZES.join(',')})
  --timeout <s>      seconds before an analysis size counts as timed out (default 180)
  --runs <n>         Lighthouse runs, the median is reported (default 3)
  --repeats <n>      repetitions of each interaction (default 10)
  --seed <n>         seed of the synthetic stories (default 1)
  --dist <folder>    measure this production build instead of building one
  --out <file>       write the results there instead of bench/results.json
  -h, --help         this text`;

function positiveInteger(flag: string, value: string | undefined, min = 1): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) {
    throw new Error(
      `${flag} expects a whole number ≥ ${min}, got ${value === undefined ? 'nothing' : `"${value}"`}`,
    );
  }
  return n;
}

export function parseSizes(value: string): Size[] {
  const sizes = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s): Size => (s === 'seeds' ? 'seeds' : positiveInteger('--sizes', s)));
  if (sizes.length === 0) throw new Error('--sizes expects a list such as seeds,10,100');
  // Smallest first: the growth between sizes is read in order, and a size that times out stops the larger.
  const rank = (s: Size) => (s === 'seeds' ? 0 : s);
  return [...new Set(sizes)].sort((a, b) => rank(a) - rank(b));
}

export function parseParts(value: string): Part[] {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0 || parts.length === 0) {
    throw new Error(`--only expects some of ${PARTS.join(', ')}; got "${value}"`);
  }
  // Always in the order they run, whatever order they were typed in.
  return PARTS.filter((p) => parts.includes(p));
}

/** Parses argv (without node and the script); throws an Error with a message for the user on bad usage. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    parts: [...PARTS],
    sizes: [...DEFAULT_SIZES],
    timeout: 180,
    lighthouseRuns: 3,
    repeats: 10,
    seed: 1,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} expects a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--only':
        options.parts = parseParts(value());
        break;
      case '--sizes':
        options.sizes = parseSizes(value());
        break;
      case '--timeout':
        options.timeout = positiveInteger(flag, value());
        break;
      case '--runs':
        options.lighthouseRuns = positiveInteger(flag, value());
        break;
      case '--repeats':
        options.repeats = positiveInteger(flag, value());
        break;
      case '--seed':
        options.seed = positiveInteger(flag, value(), 0);
        break;
      case '--dist':
        options.dist = value();
        break;
      case '--out':
        options.out = value();
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return options;
}

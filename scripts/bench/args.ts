// The command line of `npm run bench`. Pure, so its edge cases are unit-tested (tests/bench/args.test.ts).

export const PARTS = ['weight', 'lighthouse', 'interaction', 'analysis'] as const;
export type Part = (typeof PARTS)[number];

/** A size of the analysis benchmark: the seeds themselves, or n synthetic articles. */
export type Size = 'seeds' | number;

/**
 * The analysis's synthetic stories: `seeds`, composed from the seeds' 49 sentences (synthetic.ts: many copies),
 * and `varied`, from thousands of distinct real headlines of the ANS pairs (varied.ts, issue 13).
 */
export const MODES = ['seeds', 'varied'] as const;
export type Mode = (typeof MODES)[number];

export interface BenchOptions {
  parts: Part[];
  /** The analysis's modes (default both). */
  modes: Mode[];
  /** Sizes of the seeds mode. */
  sizes: Size[];
  /** Sizes of the varied mode, in articles. */
  variedSizes: number[];
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
/** The varied mode's ladder; the default stops at 3,000 (`--max 10000` goes on: several minutes more). */
export const VARIED_LADDER = [100, 300, 1000, 3000, 10_000, 30_000] as const;
export const DEFAULT_VARIED_MAX = 3000;
export const DEFAULT_VARIED_SIZES: number[] = VARIED_LADDER.filter((n) => n <= DEFAULT_VARIED_MAX);
export const DEFAULT_TIMEOUT = 600;

/** The varied ladder up to `max`, and `max` itself when it is not on it. */
export function variedSizesUpTo(max: number): number[] {
  return [...new Set([...VARIED_LADDER.filter((n) => n <= max), max])].sort((a, b) => a - b);
}

export const USAGE = `npm run bench -- [options]

Builds the app, serves it on loopback (gzip), measures it in headless Chromium and times the analysis;
prints a table per part and writes bench/results.json (parts not run keep their previous figures).

  --only <parts>     weight, lighthouse, interaction, analysis (comma-separated; default all)
  --modes <list>     analysis modes: seeds (stories from the seeds' sentences), varied (from the ANS
                     headline pairs, ../shared/datasets/ans); default both
  --sizes <list>     seeds-mode sizes, e.g. seeds,10,100 (default ${DEFAULT_SIZES.join(',')})
  --varied-sizes <list>  varied-mode sizes in articles (default ${DEFAULT_VARIED_SIZES.join(',')})
  --max <n>          varied-mode sizes ${VARIED_LADDER.join(', ')} up to n (--max 10000: minutes more)
  --timeout <s>      seconds before an analysis size counts as timed out (default ${DEFAULT_TIMEOUT})
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

/** A list of article counts, smallest first, each once. */
export function parseCounts(flag: string, value: string): number[] {
  const counts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => positiveInteger(flag, s));
  if (counts.length === 0) throw new Error(`${flag} expects a list such as 100,300`);
  return [...new Set(counts)].sort((a, b) => a - b);
}

/** The items of a comma-separated list, each one of `allowed`, in `allowed`'s order whatever order they came in. */
function parseChoices<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = items.filter((p) => !(allowed as readonly string[]).includes(p));
  if (unknown.length > 0 || items.length === 0) {
    throw new Error(`${flag} expects some of ${allowed.join(', ')}; got "${value}"`);
  }
  return allowed.filter((p) => items.includes(p));
}

/** The parts, always in the order they run. */
export const parseParts = (value: string): Part[] => parseChoices('--only', value, PARTS);
export const parseModes = (value: string): Mode[] => parseChoices('--modes', value, MODES);

/** Parses argv (without node and the script); throws an Error with a message for the user on bad usage. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    parts: [...PARTS],
    modes: [...MODES],
    sizes: [...DEFAULT_SIZES],
    variedSizes: [...DEFAULT_VARIED_SIZES],
    timeout: DEFAULT_TIMEOUT,
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
      case '--modes':
        options.modes = parseModes(value());
        break;
      case '--sizes':
        options.sizes = parseSizes(value());
        break;
      case '--varied-sizes':
        options.variedSizes = parseCounts(flag, value());
        break;
      case '--max':
        options.variedSizes = variedSizesUpTo(positiveInteger(flag, value()));
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

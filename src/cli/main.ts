// `npm run analyze -- <folder>`: the build's pipeline over any folder of articles, a readable summary, and the
// corpus JSON. Every failure the user can fix is one line on stderr and a non-zero exit code, never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFromSeeds } from '../build/corpus-from-dir.ts';
import { parseCorpus } from '../core/schema.ts';
import type { Corpus } from '../core/types.ts';
import { InputError, readFolder } from './read-folder.ts';
import { printSummary } from './summary.ts';
import { safe } from './table.ts';
import type { Lang } from './view.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** 0: done; 1: the input cannot make a corpus (no folder, a bad config file, no usable article); 2: bad usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** The project's own story folder: its outlets.json and story.json stand in for a folder's missing ones. */
export const PROJECT_SEEDS = path.resolve(import.meta.dirname, '../../seeds');

export const USAGE = `Usage: npm run analyze -- <folder> [options]

Runs Tabayyun's pipeline over a folder of scraped .txt articles and prints what the outlets reported,
question by question and fact by fact.

The folder may hold outlets.json (the outlet registry), story.json (the event, its questions and actors)
and sources.json (provenance). Without outlets.json, the project's own (seeds/outlets.json) is used;
without story.json, the story is named after the folder and has no questions (facts are still compared).

Options:
  --out <file>       write the corpus JSON (validated against the schema first)
  --json             print the corpus JSON to stdout instead of the summary
  --lang en|ar       language of the labels: outlet names, questions, answers (default en)
  --story <file>     use this story config instead of the folder's story.json
  --outlets <file>   use this outlet registry instead of the folder's outlets.json
  -h, --help         print this help

Exit codes: 0 done; 1 no usable article, a missing folder or a bad config file; 2 bad usage.
`;

interface Options {
  dir: string;
  out?: string;
  json: boolean;
  lang: Lang;
  story?: string;
  outlets?: string;
}

class UsageError extends Error {}

function options(argv: string[]): Options | 'help' {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        story: { type: 'string' },
        outlets: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    // Node's own message, without its advice about `--` that does not apply here.
    throw new UsageError((error instanceof Error ? error.message : String(error)).split('. ')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'no folder given' : `one folder expected, got ${positionals.length}`,
    );
  if (values.lang !== 'en' && values.lang !== 'ar')
    throw new UsageError(`--lang is en or ar, not "${values.lang}"`);
  return {
    dir: positionals[0]!,
    json: values.json,
    lang: values.lang,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.story !== undefined ? { story: values.story } : {}),
    ...(values.outlets !== undefined ? { outlets: values.outlets } : {}),
  };
}

/** One line, whatever the folder holds: every refused file with its code (the reasons are in the summary). */
function noUsableArticle(dir: string, corpus: Corpus): string {
  if (corpus.problems.length === 0) return `${dir}: no usable article (the folder has no .txt file)`;
  const files = corpus.problems.map((p) => `${p.file} (${p.code})`).join(', ');
  return `${dir}: no usable article (every .txt file was refused: ${files})`;
}

function write(file: string, corpus: Corpus): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, `${JSON.stringify(corpus, null, 2)}\n`);
  } catch (error) {
    throw new InputError(
      `${file}: could not write the corpus (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
}

function run(argv: string[], io: Io): number {
  const opts = options(argv);
  if (opts === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const read = readFolder(opts.dir, {
    fallbackDir: PROJECT_SEEDS,
    ...(opts.story !== undefined ? { story: opts.story } : {}),
    ...(opts.outlets !== undefined ? { outlets: opts.outlets } : {}),
  });
  const warnings: string[] = [];
  const corpus = corpusFromSeeds(read.seeds, warnings);
  if (corpus.articles.length === 0) throw new InputError(noUsableArticle(opts.dir, corpus));

  // The pipeline's output is checked against the published format before anyone is handed it.
  let invalid: string | undefined;
  try {
    parseCorpus(corpus);
  } catch (error) {
    invalid = error instanceof Error ? error.message : String(error);
  }
  if (opts.json) {
    if (invalid === undefined) io.stdout(`${JSON.stringify(corpus, null, 2)}\n`);
    for (const p of corpus.problems) io.stderr(`not used: ${safe(p.file)}: ${safe(p.reason)}\n`);
  } else {
    io.stdout(printSummary(corpus, { lang: opts.lang, dir: opts.dir, config: read, warnings }));
  }
  if (invalid !== undefined) {
    io.stderr(
      `error: the corpus built does not match the data format, so it is not written: ${safe(invalid)}\n`,
    );
    return EXIT.input;
  }
  if (opts.out !== undefined) {
    write(opts.out, corpus);
    if (!opts.json) io.stdout(`\nWrote the corpus to ${safe(opts.out)}\n`);
  }
  return EXIT.ok;
}

/** The whole CLI, with its output handed to `io`; returns the exit code. */
export function main(argv: string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.stderr(`error: ${safe(message)}\n(run with --help for usage)\n`);
      return EXIT.usage;
    }
    // Input errors are the user's to fix; anything else is a bug, still said in one line.
    const prefix = error instanceof InputError ? 'error' : 'internal error';
    io.stderr(`${prefix}: ${safe(message)}\n`);
    return EXIT.input;
  }
}

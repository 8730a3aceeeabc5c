// The CLI over real folders: the seeds, the broken fixtures, folders it cannot use, and hostile file names.
// `main` runs in-process for speed; the thin entry runs once as a real process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFromDir } from '../../src/build/corpus-from-dir.ts';
import { EXIT, main, USAGE } from '../../src/cli/main.ts';
import { parseCorpus } from '../../src/core/schema.ts';
import { ROOT, SEEDS_DIR } from '../core/helpers.ts';

const BROKEN = path.join(ROOT, 'tests/fixtures/broken');
const ARTICLE = path.join(BROKEN, '01-tass.txt');

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'tabayyun-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under the temp dir holding these files (a path to copy, or text to write). */
function folder(name: string, files: Record<string, string | { copy: string }>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === 'string') writeFileSync(path.join(dir, file), content);
    else copyFileSync(content.copy, path.join(dir, file));
  }
  return dir;
}

/** A failure is one line on stderr, no stack trace, nothing on stdout. */
function expectOneLineFailure(result: ReturnType<typeof run>, code: number, message: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('the seeds', () => {
  const seeds = corpusFromDir(SEEDS_DIR);

  it('lists every outlet, one line each with its country and file, and exits 0', () => {
    const { code, stdout, stderr } = run(SEEDS_DIR);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(seeds.outlets).toHaveLength(5);
    for (const article of seeds.articles) {
      const outlet = seeds.outlets.find((o) => o.id === article.attribution.outletId)!;
      const line = stdout.split('\n').find((l) => l.includes(article.file));
      expect(line).toMatch(
        new RegExp(
          `^  ${outlet.name.en} +${outlet.country} +${article.file} +${article.attribution.confidence}`,
        ),
      );
    }
    expect(stdout).toContain('Outlets: 5 identified, 0 unidentified (5 articles)');
    expect(stdout).toContain('Files not used: none');
  });

  it('--lang ar names the outlets in Arabic', () => {
    const { stdout } = run(SEEDS_DIR, '--lang', 'ar');
    for (const outlet of seeds.outlets) expect(stdout).toContain(`  ${outlet.name.ar}  `);
    expect(stdout).not.toContain(seeds.outlets[0]!.name.en);
  });

  it('--out writes the corpus the build makes, which the schema accepts', () => {
    const out = path.join(tmp, 'out/nested/corpus.json');
    const { code, stdout } = run(SEEDS_DIR, '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`Wrote the corpus to ${out}`);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(parseCorpus(written)).toEqual(JSON.parse(JSON.stringify(seeds)));
  });

  it('--json prints only the corpus', () => {
    const { code, stdout } = run(SEEDS_DIR, '--json');
    expect(code).toBe(EXIT.ok);
    expect(parseCorpus(JSON.parse(stdout)).articles).toHaveLength(5);
  });
});

describe('a folder mixing good and broken files', () => {
  it('names each file it could not use with its reason, counts them, and exits 0', () => {
    const corpus = corpusFromDir(BROKEN);
    const { code, stdout } = run(BROKEN);
    expect(code).toBe(EXIT.ok);
    expect(corpus.problems.length).toBeGreaterThan(5);
    expect(stdout).toContain(`Files not used (${corpus.problems.length})`);
    const lines = stdout.split('\n');
    for (const p of corpus.problems) {
      expect(lines.find((l) => l.startsWith(`  ${p.file} `))).toMatch(
        new RegExp(` ${p.code} +${p.reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
    }
    expect(stdout).toContain(`Articles: ${corpus.articles.length} used`);
    expect(stdout).toMatch(/windows-1256\.txt +decoded as Windows-1256/);
  });
});

describe('a file of several megabytes beside a good one', () => {
  it('is named as too large without stopping the run', () => {
    const dir = folder('big', { 'a.txt': { copy: ARTICLE } });
    writeFileSync(path.join(dir, 'big.txt'), 'نص '.repeat(600_000));
    const { code, stdout } = run(dir);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(
      /^ {2}big\.txt +too-large +too large for one article \(2\.\d MB; the limit is 1 MB\)$/m,
    );
    expect(stdout).toContain('Articles: 1 used, 1 file not used');
  });
});

describe('folders it cannot use', () => {
  it('no usable article: exits 1 naming every refused file', () => {
    const dir = folder('refused', {
      'empty.txt': '',
      'english.txt': { copy: path.join(BROKEN, 'english.txt') },
    });
    expectOneLineFailure(
      run(dir),
      EXIT.input,
      /^error: .*refused: no usable article \(every \.txt file was refused: empty\.txt \(empty\), english\.txt \(not-arabic\)\)$/,
    );
  });

  it('an empty folder, a missing folder, a file given as the folder', () => {
    expectOneLineFailure(
      run(folder('empty', {})),
      EXIT.input,
      /no usable article \(the folder has no \.txt file\)$/,
    );
    expectOneLineFailure(run(path.join(tmp, 'nowhere')), EXIT.input, /^error: .*nowhere: no such folder$/);
    expectOneLineFailure(run(ARTICLE), EXIT.input, /^error: .*01-tass\.txt: not a folder/);
  });

  it('a bad story.json names the file and the field; broken JSON says so', () => {
    const bad = folder('bad-story', {
      'a.txt': { copy: ARTICLE },
      'story.json': JSON.stringify({ id: 's', title: { ar: '', en: 'S' }, date: '2020-01-13' }),
    });
    expectOneLineFailure(
      run(bad),
      EXIT.input,
      /^error: .*bad-story\/story\.json: story \(story\.json\): field "title\.ar": /,
    );
    const broken = folder('broken-story', { 'a.txt': { copy: ARTICLE }, 'story.json': '{"id": ' });
    expectOneLineFailure(run(broken), EXIT.input, /^error: .*broken-story\/story\.json: not valid JSON/);
  });

  it('a config file given on the command line that is not there', () => {
    expectOneLineFailure(
      run(SEEDS_DIR, '--outlets', path.join(tmp, 'none.json')),
      EXIT.input,
      /none\.json: no such file$/,
    );
  });
});

describe('config fallbacks', () => {
  it("a bare folder of articles uses the project's registry and a bare story with no questions, and says so", () => {
    const dir = folder('bare', { 'a.txt': { copy: path.join(SEEDS_DIR, '000_6fe53a01d2f536d8.txt') } });
    const { code, stdout } = run(dir);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^ {2}outlets +.*seeds\/outlets\.json \(the folder has none: the project's\)$/m);
    // Another event's questions would be wrong for an unknown folder: the story is named after the folder.
    expect(stdout).toMatch(
      /^ {2}story +story\.json absent: a bare story named after the folder, with no questions$/m,
    );
    expect(stdout).toContain('Story: bare [bare]');
    // The registry identifies the outlet from the text alone: no provenance here.
    expect(stdout).toMatch(/^ {2}Al Arabiya +AE +a\.txt +sure, by text: dateline/m);
  });

  it('--story wins over the folder', () => {
    const story = path.join(tmp, 'other-story.json');
    writeFileSync(
      story,
      JSON.stringify({ id: 'other', title: { ar: 'قصة', en: 'Another story' }, date: '2021-05-01' }),
    );
    const { stdout } = run(SEEDS_DIR, '--story', story);
    expect(stdout).toContain('Story: Another story [other, 2021-05-01]');
    expect(stdout).toContain('(given on the command line)');
  });
});

describe('usage', () => {
  it.each([
    [[], /^error: no folder given$/],
    [['a', 'b'], /^error: one folder expected, got 2$/],
    [['--frobnicate', 'seeds'], /^error: Unknown option '--frobnicate'$/],
    [[SEEDS_DIR, '--lang', 'fr'], /^error: --lang is en or ar, not "fr"$/],
    [[SEEDS_DIR, '--out'], /^error: Option '--out <value>' argument missing$/],
  ])('%j exits 2 with one line and a pointer to --help', (argv, message) => {
    const result = run(...argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr.split('\n')[0]).toMatch(message);
    expect(result.stderr).toContain('--help');
  });

  it('--help prints the usage and exits 0', () => {
    expect(run('--help')).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(run('-h', 'whatever').stdout).toBe(USAGE);
  });
});

describe('hostile file names', () => {
  it('control and bidi characters in a name are printed escaped, never raw', () => {
    const dir = folder('hostile', {
      'report\u202Etxt.gnp.txt': { copy: ARTICLE },
      'clear\u001b[2Kline.txt': '',
      'two\nlines.txt': '   ',
    });
    const { code, stdout } = run(dir);
    expect(code).toBe(EXIT.ok);
    expect(stdout).not.toMatch(/[\u202E\u001b]/);
    expect(stdout).toContain('report\\u{202E}txt.gnp.txt');
    expect(stdout).toMatch(/^ {2}clear\\u\{1B\}\[2Kline\.txt +empty/m);
    expect(stdout).toMatch(/^ {2}two\\u\{A\}lines\.txt +empty/m);
  });

  it('and in the one-line failure too', () => {
    const dir = folder('hostile-only', { 'x\u2067y.txt': '' });
    const result = run(dir);
    expectOneLineFailure(result, EXIT.input, /x\\u\{2067\}y\.txt \(empty\)/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('the entry as a process', () => {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const entry = path.join(ROOT, 'src/cli/analyze.ts');

  it('exits 0 on the seeds and writes the corpus; exits 1 on a missing folder with one line', () => {
    const out = path.join(tmp, 'process.json');
    const ok = spawnSync(tsx, [entry, SEEDS_DIR, '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Outlets: 5 identified');
    expect(parseCorpus(JSON.parse(readFileSync(out, 'utf8'))).articles).toHaveLength(5);

    const missing = spawnSync(tsx, [entry, path.join(tmp, 'nowhere')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^error: .*nowhere: no such folder\n$/);
  }, 30_000);

  it('takes paths from where npm was invoked (INIT_CWD), not where the process starts', () => {
    const fromRoot = spawnSync(tsx, [entry, 'seeds'], { cwd: tmp, env: { ...process.env, INIT_CWD: ROOT } });
    expect(fromRoot.status).toBe(0);
    const fromTmp = spawnSync(tsx, [entry, 'seeds'], { cwd: ROOT, env: { ...process.env, INIT_CWD: tmp } });
    expect(fromTmp.status).toBe(1);
  }, 30_000);
});

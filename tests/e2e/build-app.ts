// Builds the production app exactly as `npm run build` does, in a child process: Vitest sets NODE_ENV=test,
// and a build inside its process would bundle React's development build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT_DIR, SEEDS_DIR } from './paths.ts';

/** Builds the story folder `seeds` (default seeds/) into `outDir` (default dist/); returns the seconds taken. */
export function buildApp(options: { seeds?: string; outDir?: string } = {}): number {
  const started = Date.now();
  const vite = path.join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const { NODE_ENV: _ignored, ...env } = process.env;
  if (options.seeds) env.TABAYYUN_SEEDS = options.seeds;
  const args = [vite, 'build', '--logLevel', 'warn'];
  if (options.outDir) args.push('--outDir', options.outDir, '--emptyOutDir');
  execFileSync(process.execPath, args, { cwd: ROOT_DIR, env, stdio: 'inherit' });
  const index = path.join(options.outDir ?? path.join(ROOT_DIR, 'dist'), 'index.html');
  if (!existsSync(index)) throw new Error(`The build finished but ${index} is missing.`);
  return (Date.now() - started) / 1000;
}

/**
 * Builds seeds/ as it ships plus one story folder of tests/fixtures/stories (only what a story folder holds: its
 * articles and provenance; the fixture's notes and expectations stay out) into `outDir`.
 */
export function buildWithFixtureStory(story: string, outDir: string): void {
  const fixture = path.join(ROOT_DIR, 'tests/fixtures/stories', story);
  const seeds = mkdtempSync(path.join(tmpdir(), 'tabayyun-stories-'));
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  const folder = path.join(seeds, story);
  for (const name of readdirSync(fixture).filter((n) => n.endsWith('.txt') || n === 'sources.json'))
    cpSync(path.join(fixture, name), path.join(folder, name));
  buildApp({ seeds, outDir });
}

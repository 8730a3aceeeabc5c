// What the figures were measured on: timings mean little without the machine, its load, and the versions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: a plain .mjs module without types; it exports findBrowser(): string | undefined.
import { findBrowser } from '../ensure-browser.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Environment {
  date: string;
  commit: string | null;
  /** Tracked files changed and not committed: when there are any, the figures are of the tree, not the commit. */
  uncommitted: string[] | null;
  node: string;
  chromium: string | null;
  lighthouse: string | null;
  machine: {
    platform: string;
    arch: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    /** 1, 5 and 15-minute load averages when the run started: a busy machine slows every timing. */
    loadAverage: number[];
  };
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trimEnd();
  } catch {
    return null;
  }
}

/** The Chromium binary the e2e tests use (CHROMIUM_PATH or Debian's), or a message saying what to install. */
export function chromiumPath(): { path: string } | { error: string } {
  const found = findBrowser() as string | undefined;
  if (found) return { path: found };
  return {
    error:
      "no Chromium found: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary",
  };
}

function chromiumVersion(): string | null {
  const found = chromiumPath();
  if ('error' in found) return null;
  try {
    const out = execFileSync(found.path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim().split('\n').at(-1) ?? null;
  } catch {
    return null;
  }
}

function packageVersion(name: string): string | null {
  try {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return typeof json.version === 'string' ? json.version : null;
  } catch {
    return null;
  }
}

export function environment(): Environment {
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    uncommitted:
      status === null
        ? null
        : status
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => l.slice(3)),
    node: process.version,
    chromium: chromiumVersion(),
    lighthouse: packageVersion('lighthouse'),
    machine: {
      platform: `${os.type()} ${os.release()}`,
      arch: os.arch(),
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
  };
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** E2E_DIST moves the build elsewhere, so two runs at once (two developers, one tree) do not overwrite each other. */
export const DIST_DIR = process.env.E2E_DIST
  ? path.resolve(process.env.E2E_DIST)
  : path.join(ROOT_DIR, 'dist');
export const SEEDS_DIR = path.join(ROOT_DIR, 'seeds');
/** Screenshots go outside the repository so test runs leave it clean. */
export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? '/tmp/tabayyun-shots';

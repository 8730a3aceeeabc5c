import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = path.join(ROOT_DIR, 'dist');
export const SEEDS_DIR = path.join(ROOT_DIR, 'seeds');
/** Screenshots go outside the repository so test runs leave it clean. */
export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? '/tmp/tabayyun-shots';

// The judge's learned weights are data anyone can re-derive: the committed file is exactly what
// `npm run train:judge` writes from the ANS train split (../shared/datasets/ans, present in CI).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRAIN = path.resolve(ROOT, '../shared/datasets/ans/stance-train.csv');
const present = existsSync(TRAIN);
if (!present) console.warn(`weights: ${TRAIN} is not there; the re-derivation check is skipped.`);

describe.skipIf(!present)('src/core/judge/weights.json', () => {
  it('is what scripts/train-judge.ts derives from the train split', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'weights-'));
    try {
      const out = path.join(dir, 'weights.json');
      execFileSync(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'scripts/train-judge.ts'), '--out', out],
        {
          cwd: ROOT,
          stdio: 'pipe',
        },
      );
      expect(readFileSync(out, 'utf8')).toBe(
        readFileSync(path.join(ROOT, 'src/core/judge/weights.json'), 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

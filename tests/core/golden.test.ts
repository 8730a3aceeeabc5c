// The whole pipeline over seeds/ against the reviewed golden file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { corpusFromDir } from '../../src/build/corpus-from-dir.ts';
import { ROOT, SEEDS_DIR } from './helpers.ts';

it('buildCorpus over seeds/ equals tests/fixtures/golden/seeds-corpus.json', () => {
  const golden = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8'));
  const fresh = JSON.parse(JSON.stringify(corpusFromDir(SEEDS_DIR)));
  expect(
    fresh,
    'The seed corpus changed. If the change is intended, regenerate the golden file with `npx tsx scripts/golden.ts` and review its diff.',
  ).toEqual(golden);
});

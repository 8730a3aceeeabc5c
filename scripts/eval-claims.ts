// `npm run eval:claims -- [<story folder> <claims.json>]`: the pipeline's facts against a claim-level reading
// (scripts/eval/claims.ts). Defaults: seeds/ against tests/fixtures/claims/seeds-claims.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusFromDir } from '../src/build/corpus-from-dir.ts';
import { type Claim, scoreClaims } from './eval/claims.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const [dir = path.join(ROOT, 'seeds'), file = path.join(ROOT, 'tests/fixtures/claims/seeds-claims.json')] =
  process.argv.slice(2);
const claims = JSON.parse(readFileSync(file, 'utf8')) as Claim[];
const s = scoreClaims(corpusFromDir(dir), claims);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`${path.relative(ROOT, file)}: ${claims.length} claims`);
console.log(
  `  facts: pairwise precision ${pct(s.precision)} (${s.right} of ${s.factPairs} sentence pairs the pipeline joins are one claim), recall ${pct(s.recall)} (${s.joined} of ${s.claimPairs})`,
);
console.log(
  `  contradictions: ${s.shownContradictions} pairs shown across outlets, ${s.heldContradictions} held by the reading; the reading has ${s.readingContradictions}`,
);
if (s.unplaced.length > 0)
  console.log(`  quotes no sentence holds (${s.unplaced.length}):\n    ${s.unplaced.join('\n    ')}`);

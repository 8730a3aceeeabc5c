// `npm run eval:ans -- [dev|train|<csv>] [--json <file>] [--errors <n>]`: the ANS stance benchmark (scripts/eval/ans.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRegistry } from '../src/core/corpus.ts';
import { formatScores, type Label, parseAnsCsv, runAlone, runInside, score } from './eval/ans.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const ANS_DIR = path.resolve(ROOT, '../shared/datasets/ans');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'string' }, errors: { type: 'string' }, only: { type: 'string' } },
});
const which = positionals[0] ?? 'dev';
const file =
  which === 'dev' || which === 'train' ? path.join(ANS_DIR, `stance-${which}.csv`) : path.resolve(which);
if (!existsSync(file)) {
  console.error(
    `eval:ans: ${file} is not there. The ANS data lives in ../shared/datasets/ans/ beside this repository (stance-dev.csv, stance-train.csv); give another CSV with "s1,s2,stance" as its path.`,
  );
  process.exit(1);
}
const pairs = parseAnsCsv(readFileSync(file, 'utf8'));
const registry = parseRegistry(JSON.parse(readFileSync(path.join(ROOT, 'seeds/outlets.json'), 'utf8')));
const gold = pairs.map((p) => p.stance);
const results: Record<string, unknown> = {};
const settings: [string, () => Label[]][] = [
  ['inside two reports', () => runInside(pairs, registry)],
  ['alone', () => runAlone(pairs, registry)],
];
for (const [name, run] of settings) {
  if (values.only && !name.startsWith(values.only)) continue;
  const t0 = performance.now();
  const predicted = run();
  const s = score(gold, predicted);
  console.log(`${formatScores(name, s)}\n  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  results[name] = s;
  const n = Number(values.errors ?? 0);
  if (n > 0) {
    const wrong = pairs.map((p, i) => ({ ...p, shown: predicted[i] })).filter((p) => p.shown !== p.stance);
    for (const w of wrong.slice(0, n)) console.log(`  ${w.stance} → ${w.shown}: «${w.s1}» / «${w.s2}»`);
  }
}
if (values.json)
  writeFileSync(values.json, `${JSON.stringify({ file: path.basename(file), results }, null, 2)}\n`);

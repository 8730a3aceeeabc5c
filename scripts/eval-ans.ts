// `npm run eval:ans -- [dev|train|<csv>] [--json <file>] [--errors <n>] [--only inside|alone]`, or
// `npm run eval:ans -- --pair "<first>" "<second>"` to see how one pair is read: the ANS stance benchmark (scripts/eval/ans.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRegistry } from '../src/core/corpus.ts';
import { readPair } from '../src/core/judge/features.ts';
import { judgePair, WEIGHTS } from '../src/core/judge/model.ts';
import { formatScores, type Label, parseAnsCsv, runAlone, runInside, score, typesShown } from './eval/ans.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const ANS_DIR = path.resolve(ROOT, '../shared/datasets/ans');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    errors: { type: 'string' },
    only: { type: 'string' },
    pair: { type: 'string' },
  },
});
if (values.pair) {
  // One pair, explained: the judge's features, its probability and evidence, and the pipeline's verdict.
  const [a, b] = [values.pair, positionals[0] ?? ''];
  const reading = readPair(a, b, WEIGHTS);
  const j = judgePair(a, b);
  const reg = parseRegistry(JSON.parse(readFileSync(path.join(ROOT, 'seeds/outlets.json'), 'utf8')));
  console.log(
    Object.entries(reading.features)
      .map(([k, v]) => `${k}=${+v.toFixed(2)}`)
      .join(' '),
  );
  for (const e of Object.values(reading.evidence))
    console.log(
      `  evidence ${e.kind}${e.family ? ` (${e.family})` : ''}: «${e.a?.text ?? ''}» / «${e.b?.text ?? ''}»`,
    );
  console.log(
    `judge: p=${j.p.toFixed(2)} ${j.contradiction ? `contradiction (${j.kind})` : 'no contradiction'}`,
  );
  console.log(`pipeline, alone: ${runAlone([{ s1: a, s2: b, stance: 'other' }], reg)[0]}`);
  process.exit(0);
}
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
  typesShown.length = 0;
  const predicted = run();
  const s = score(gold, predicted);
  console.log(`${formatScores(name, s)}\n  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  results[name] = s;
  // Contradictions shown, by type: how many were right (gold disagree) and wrong (gold agree or other).
  const byType = new Map<string, [number, number]>();
  predicted.forEach((p, i) => {
    if (p !== 'disagree') return;
    const t = typesShown[i] || '?';
    const c = byType.get(t) ?? [0, 0];
    c[gold[i] === 'disagree' ? 0 : 1]++;
    byType.set(t, c);
  });
  console.log(
    `  contradictions by type (right/wrong): ${[...byType].map(([t, [r, w]]) => `${t} ${r}/${w}`).join(', ')}`,
  );
  const n = Number(values.errors ?? 0);
  if (n > 0) {
    const wrong = pairs
      .map((p, i) => ({ ...p, shown: predicted[i], type: typesShown[i] }))
      .filter((p) => p.shown !== p.stance);
    for (const w of wrong.slice(0, n))
      console.log(`  ${w.stance} → ${w.shown}${w.type ? ` (${w.type})` : ''}: «${w.s1}» / «${w.s2}»`);
  }
}
if (values.json)
  writeFileSync(values.json, `${JSON.stringify({ file: path.basename(file), results }, null, 2)}\n`);

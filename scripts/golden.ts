// Regenerate (or, with --check, verify) the golden corpus built from seeds/.
// A change in pipeline output then shows up as a reviewed diff of this one file.
//   npx tsx scripts/golden.ts          write tests/fixtures/golden/seeds-corpus.json
//   npx tsx scripts/golden.ts --check  exit 1 when the file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFromDir } from '../src/build/corpus-from-dir.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldenFile = path.join(root, 'tests/fixtures/golden/seeds-corpus.json');
const fresh = `${JSON.stringify(corpusFromDir(path.join(root, 'seeds')), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(goldenFile, 'utf8');
  } catch {
    // A missing golden file is simply out of date.
  }
  if (current !== fresh) {
    console.error(
      `${path.relative(root, goldenFile)} is out of date: run \`npx tsx scripts/golden.ts\` and review the diff.`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(root, goldenFile)} is up to date.`);
} else {
  writeFileSync(goldenFile, fresh);
  console.log(`wrote ${path.relative(root, goldenFile)}`);
}

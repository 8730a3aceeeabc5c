// A varied story as a folder of article files, for `npm run analyze` or the app's "add articles":
//   npx tsx scripts/bench/write-varied.ts <folder> [articles=100] [seed=1]
// Writes var_0001.txt … and outlets.json (the seeds' registry plus the story's synthetic outlets); no story.json,
// so the CLI names the story after the folder, as the bench's config does. The folder must be new or empty.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { variedStory } from './varied.ts';

const [dir, articlesArg = '100', seedArg = '1'] = process.argv.slice(2);
const n = Number(articlesArg);
const seed = Number(seedArg);
if (!dir || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error('usage: npx tsx scripts/bench/write-varied.ts <folder> [articles=100] [seed=1]');
  process.exit(2);
}
if (existsSync(dir) && readdirSync(dir).length > 0) {
  console.error(`${dir} is not empty: give a new or empty folder`);
  process.exit(1);
}
const story = variedStory(n, seed);
mkdirSync(dir, { recursive: true });
for (const input of story.inputs) writeFileSync(path.join(dir, input.file), input.bytes);
writeFileSync(
  path.join(dir, 'outlets.json'),
  `${JSON.stringify({ outlets: story.config.registry }, null, 2)}\n`,
);
console.log(`wrote ${story.inputs.length} articles and outlets.json to ${dir}`);

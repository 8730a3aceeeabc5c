// Score the comparison on the independent variation fixtures (tests/fixtures/variations): for each
// talks-outcome case the expected and actual answer and details, for each fact case what is wrong,
// then the totals. The same checks as tests/core/variations.test.ts, read as one table.
//   npx tsx scripts/variations.ts

import type { Corpus } from '../src/core/types.ts';
import {
  checkFact,
  checkTalks,
  factCases,
  groupCorpus,
  talksCases,
  talksCorpus,
} from '../tests/fixtures/variations/evaluate.ts';

const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const withDetails = (answer: string | undefined, details: readonly string[] | undefined) =>
  `${answer ?? '—'}${details && details.length > 0 ? ` (${details.join(', ')})` : ''}`;

const talks = talksCases();
const corpus = talksCorpus();
let talksRight = 0;
console.log('talks-outcome');
for (const c of talks) {
  const outcome = checkTalks(corpus, c);
  const ok = outcome.problems.length === 0;
  if (ok) talksRight += 1;
  const gap = c.knownGap ? ' [known gap]' : '';
  console.log(
    `  ${mark(ok)} ${c.file.padEnd(48)} expected ${withDetails(c.answer, c.details).padEnd(42)} got ${withDetails(outcome.answer, outcome.details)}${gap}`,
  );
  for (const p of ok ? [] : outcome.problems) console.log(`         ${p}`);
}

const facts = factCases();
const corpora = new Map<string, Corpus>();
let factsRight = 0;
console.log('\nfacts');
for (const c of facts) {
  const groupCorpusOnce = corpora.get(c.group) ?? groupCorpus(c.group);
  corpora.set(c.group, groupCorpusOnce);
  const problems = checkFact(groupCorpusOnce, c);
  const ok = problems.length === 0;
  if (ok) factsRight += 1;
  const what = c.kind === 'fact' ? `${c.relation ?? 'fact'}${c.type ? ` (${c.type})` : ''}` : c.kind;
  console.log(`  ${mark(ok)} ${`${c.group}/${c.id}`.padEnd(56)} ${what}${c.knownGap ? ' [known gap]' : ''}`);
  for (const p of problems) console.log(`         ${p}`);
}

console.log(
  `\n${talksRight} of ${talks.length} talks-outcome cases right, ${factsRight} of ${facts.length} fact cases right`,
);

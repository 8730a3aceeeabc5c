// Score the comparison on the independent variation fixtures (tests/fixtures/variations): for each
// talks-outcome case the expected and actual answer and details, for each fact case what is wrong,
// then the totals; then the blind talks-outcome set (tests/fixtures/variations-blind) as a block of its
// own. The same checks as tests/core/variations.test.ts and variations-blind.test.ts, read as tables.
//   npx tsx scripts/variations.ts

import type { Corpus } from '../src/core/types.ts';
import {
  BLIND_DIR,
  checkFact,
  checkTalks,
  factCases,
  groupCorpus,
  talksCases,
  talksCorpus,
  VARIATIONS_DIR,
} from '../tests/fixtures/variations/evaluate.ts';

const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const withDetails = (answer: string | undefined, details: readonly string[] | undefined) =>
  `${answer ?? '—'}${details && details.length > 0 ? ` (${details.join(', ')})` : ''}`;

/** Prints one talks-outcome set's table; returns how many cases are right: answer, answer and details, in full. */
function scoreTalks(title: string, setDir: string) {
  const cases = talksCases(setDir);
  const corpus = talksCorpus(setDir);
  let right = 0;
  let answerRight = 0;
  let detailsRight = 0;
  console.log(title);
  for (const c of cases) {
    const outcome = checkTalks(corpus, c);
    const ok = outcome.problems.length === 0;
    if (ok) right += 1;
    if (outcome.answer === c.answer) {
      answerRight += 1;
      if ((c.details ?? []).every((d) => outcome.details.includes(d))) detailsRight += 1;
    }
    const gap = c.knownGap ? ' [known gap]' : '';
    console.log(
      `  ${mark(ok)} ${c.file.padEnd(48)} expected ${withDetails(c.answer, c.details).padEnd(42)} got ${withDetails(outcome.answer, outcome.details)}${gap}`,
    );
    for (const p of ok ? [] : outcome.problems) console.log(`         ${p}`);
  }
  return { total: cases.length, right, answerRight, detailsRight };
}

const talks = scoreTalks('talks-outcome', VARIATIONS_DIR);

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
  `\n${talks.right} of ${talks.total} talks-outcome cases right, ${factsRight} of ${facts.length} fact cases right`,
);

// The blind set is scored apart: the engine was never tuned on it, so its score is the honest one.
console.log('');
const blind = scoreTalks('blind talks-outcome (tests/fixtures/variations-blind)', BLIND_DIR);
console.log(
  `\nblind: ${blind.answerRight} of ${blind.total} answers right, ${blind.detailsRight} with their details too, ${blind.right} passing every check (evidence included)`,
);

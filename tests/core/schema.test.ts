// The corpus schema: what the pipeline writes validates, and a corpus tampered in any one place is refused with
// a message naming the field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { corpusFromDir } from '../../src/build/corpus-from-dir.ts';
import { type corpusSchema, parseCorpus } from '../../src/core/schema.ts';
import type { Corpus } from '../../src/core/types.ts';
import { handMadeCorpus, sentenceOf } from '../fixtures/cli/hand-made-corpus.ts';
import { ROOT, SEEDS_DIR } from './helpers.ts';

// Both ways, so a field added to `Corpus` and not to the schema (or the reverse) fails the type check.
type Inferred = z.infer<typeof corpusSchema>;
type Same = [Inferred] extends [Corpus] ? ([Corpus] extends [Inferred] ? true : false) : false;
const same: Same = true;

const golden = () =>
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8')) as Corpus;

describe('valid corpora', () => {
  it("the schema's type is the Corpus type", () => {
    expect(same).toBe(true);
    expectTypeOf<Inferred>().toEqualTypeOf<Corpus>();
  });

  it('the golden seeds corpus and a fresh build of seeds/ validate, unchanged', () => {
    expect(parseCorpus(golden())).toEqual(golden());
    const fresh = JSON.parse(JSON.stringify(corpusFromDir(SEEDS_DIR)));
    expect(parseCorpus(fresh)).toEqual(fresh);
  });

  it('the broken fixture folder (problems, duplicates, unidentified outlets) validates', () => {
    const corpus = corpusFromDir(path.join(ROOT, 'tests/fixtures/broken'));
    expect(corpus.problems.some((p) => p.duplicateOf)).toBe(true);
    expect(() => parseCorpus(corpus)).not.toThrow();
  });

  it('a corpus with the whole comparison filled in validates', () => {
    const corpus = handMadeCorpus();
    expect(parseCorpus(corpus)).toEqual(corpus);
  });

  // These cue kinds say how one report differs from another, so they stand only on a contradiction's sides.
  it.each([
    ['opposite', 'predicate', 'ودعت', 'تستمر'],
    ['actor', 'entity', 'الطرفين', 'الوفود'],
  ] as const)(
    'a fact contradicted by %s, its sides citing %s cues, validates',
    (type, kind, wordA, wordB) => {
      const corpus = handMadeCorpus();
      const fact = corpus.facts[1]!;
      const side = (i: number, words: string) => {
        const sentenceId = fact.sentenceIds[i]!;
        const start = sentenceOf(corpus, sentenceId).text.indexOf(words);
        expect(start).toBeGreaterThanOrEqual(0);
        const articleId = corpus.articles.find((a) => sentenceId.startsWith(`${a.id}.`))!.id;
        const cue = { kind, text: words, start, end: start + words.length, sentenceId };
        return { articleId, sentenceIds: [sentenceId], cue };
      };
      fact.contradiction = {
        type,
        scope: 'cross',
        strength: 'clear',
        sides: [side(0, wordA), side(1, wordB)],
      };
      expect(parseCorpus(corpus)).toEqual(corpus);
    },
  );
});

type Tamper = [what: string, field: string, change: (c: Corpus & Record<string, unknown>) => void];
const first = (c: Corpus) => c.articles[0]!;
const firstSentence = (c: Corpus) => first(c).paragraphs[0]!.sentences[0]!;

const TAMPERED: Tamper[] = [
  ['an older schema version', 'schemaVersion', (c) => Object.assign(c, { schemaVersion: 1 })],
  ['no facts at all', 'facts', (c) => delete (c as Partial<Corpus>).facts],
  ['a story date that does not exist', 'story.date', (c) => Object.assign(c.story, { date: '2020-02-30' })],
  [
    'a story question without answers',
    'story.questions.0.answers',
    (c) => (c.story.questions![0]!.answers = []),
  ],
  ['a javascript: homepage', 'outlets.0.homepage', (c) => (c.outlets[0]!.homepage = 'javascript:alert(1)')],
  [
    'an article of an outlet not listed',
    'articles.0.attribution.outletId',
    (c) => (first(c).attribution.outletId = 'nowhere'),
  ],
  ['a numeric title', 'articles.0.title', (c) => Object.assign(first(c), { title: 7 })],
  ['a misspelt optional field', 'articles.0', (c) => Object.assign(first(c), { byLine: 'x' })],
  [
    'a sentence id off its article',
    'articles.0.paragraphs.0.sentences.0.id',
    (c) => (firstSentence(c).id = 'x.p1.s1'),
  ],
  [
    'a cue kind nobody defined',
    'articles.0.paragraphs.0.sentences.0.cues.0.kind',
    (c) => Object.assign(firstSentence(c).cues![0]!, { kind: 'irony' }),
  ],
  [
    'a cue whose text is not at its offsets',
    'articles.0.paragraphs.0.sentences.0.cues.0.text',
    (c) => (firstSentence(c).cues![0]!.start += 1),
  ],
  ['a question the story does not declare', 'questions.0.id', (c) => (c.questions[0]!.id = 'who-won')],
  [
    'an answer outside the choices',
    'questions.0.answers.0.answer',
    (c) => (c.questions[0]!.answers[0]!.answer = 'maybe'),
  ],
  [
    'an answer for an article not in the corpus',
    'questions.0.answers.1.articleId',
    (c) => (c.questions[0]!.answers[1]!.articleId = 'ghost'),
  ],
  ['an article left unanswered', 'questions.0.answers', (c) => c.questions[0]!.answers.pop()],
  [
    'evidence from another article',
    'questions.0.answers.0.evidence.0',
    (c) => (c.questions[0]!.answers[0]!.evidence = [c.questions[0]!.answers[3]!.evidence[0]!]),
  ],
  [
    'a detail the question does not have',
    'questions.0.answers.0.details.0',
    (c) => (c.questions[0]!.answers[0]!.details = ['cancelled']),
  ],
  [
    'a contradiction verdict without the contradiction',
    'questions.0.contradiction',
    (c) => delete c.questions[0]!.contradiction,
  ],
  [
    'a fact citing a sentence that does not exist',
    'facts.0.sentenceIds.1',
    (c) => (c.facts[0]!.sentenceIds[1] = `${first(c).id}.p99.s1`),
  ],
  [
    'a fact naming an outlet with no sentence in it',
    'facts.0.outlets.1',
    (c) => (c.facts[0]!.outlets[1] = c.outlets[1]!.id),
  ],
  [
    'more independent outlets than outlets',
    'facts.2.independentOutlets',
    (c) => (c.facts[2]!.independentOutlets = 2),
  ],
  [
    'a contradiction type nobody defined',
    'facts.1.contradiction.type',
    (c) => Object.assign(c.facts[1]!.contradiction!, { type: 'tone' }),
  ],
  [
    'a contradiction side in the wrong article',
    'facts.1.contradiction.sides.0.sentenceIds.0',
    (c) => (c.facts[1]!.contradiction!.sides[0]!.articleId = c.articles[1]!.id),
  ],
  [
    'an agreement carrying a contradiction',
    'facts.0.contradiction',
    (c) => (c.facts[0]!.contradiction = c.facts[1]!.contradiction!),
  ],
  [
    'a wire group citing an unknown article',
    'wire.0.articleIds.1',
    (c) => (c.wire[0]!.articleIds[1] = 'ghost'),
  ],
  ['a similarity over 1', 'wire.0.similarity', (c) => (c.wire[0]!.similarity = 1.5)],
  [
    'a duplicate of a file that is not an article',
    'problems.0.duplicateOf',
    (c) => (c.problems[0]!.duplicateOf = 'gone.txt'),
  ],
  [
    'a problem code nobody defined',
    'problems.0.code',
    (c) => Object.assign(c.problems[0]!, { code: 'cursed' }),
  ],
];

describe('tampered corpora are refused, naming the field', () => {
  it.each(TAMPERED)('%s → %s', (_what, field, change) => {
    const corpus = handMadeCorpus() as Corpus & Record<string, unknown>;
    expect(() => parseCorpus(corpus)).not.toThrow();
    change(corpus);
    let message = '';
    try {
      parseCorpus(corpus);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^corpus: field "${field.replaceAll('.', '\\.')}": \\S`));
    expect(message).not.toContain('\n');
  });

  it('something that is not a corpus at all', () => {
    expect(() => parseCorpus(null)).toThrow(/^corpus: field "\(top level\)": /);
    expect(() => parseCorpus('corpus')).toThrow(/^corpus: field "\(top level\)": /);
  });

  it('a cue past the end of its sentence is refused, not sliced short', () => {
    const corpus = handMadeCorpus();
    const sentence = sentenceOf(corpus, corpus.questions[0]!.answers[0]!.evidence[0]!);
    const last = sentence.cues!.at(-1)!;
    last.end = sentence.text.length + 5;
    expect(() => parseCorpus(corpus)).toThrow(/cues\.\d+\.end": expected start ≤ end ≤ \d+/);
  });
});

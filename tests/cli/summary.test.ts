// The summary printer on hand-made corpora: the matrix and each question's table, the facts and wire copy,
// what it says when the comparison is empty, and columns that stay aligned with Arabic in them.
import { describe, expect, it } from 'vitest';
import { printSummary } from '../../src/cli/summary.ts';
import { displayWidth, quote, table } from '../../src/cli/table.ts';
import type { Corpus } from '../../src/core/types.ts';
import { handMadeCorpus } from '../fixtures/cli/hand-made-corpus.ts';

const en = (corpus: Corpus) => printSummary(corpus, { lang: 'en' });
const lineWith = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';

describe('the story questions', () => {
  const corpus = handMadeCorpus();
  const out = en(corpus);

  it('a matrix row per question: each outlet’s answer id in corpus order, then the verdict', () => {
    const answers = corpus.articles.map(
      (a) => corpus.questions[0]!.answers.find((x) => x.articleId === a.id)!.answer,
    );
    expect(lineWith(out, '  talks-outcome ').trim().split(/ {2,}/)).toEqual([
      'talks-outcome',
      ...answers,
      'contradiction (timing, clear, cross)',
    ]);
    expect(lineWith(out, '  question ').trim().split(/ {2,}/)).toEqual([
      'question',
      ...corpus.articles.map((a) => corpus.outlets.find((o) => o.id === a.attribution.outletId)!.name.en),
      'verdict',
    ]);
  });

  it("each answer with its label, evidence, deciding cue and detail; the question's verdict", () => {
    expect(out).toContain('Did the talks end with an agreement? [talks-outcome]');
    const first = corpus.questions[0]!.answers[0]!;
    expect(lineWith(out, first.evidence[0]!)).toMatch(
      /^ {2}Al Arabiya +Not signed +\S+\.p1\.s1 +outcome «أجل التوقيع» +postponed «طلب مهلة حتى صباح الثلاثاء»$/,
    );
    expect(out).toMatch(/^ {2}Al Bayan +Not signed +\S+\.p1\.s1 \+1 +negation «من دون»$/m);
    expect(out).toMatch(/^ {2}Ahl Masr +Not reported +—$/m);
    expect(out).toContain('  verdict: contradiction (timing, clear, cross)');
  });

  it('in Arabic, the labels are the Arabic ones and the columns still line up', () => {
    const ar = printSummary(corpus, { lang: 'ar' });
    expect(ar).toContain('هل انتهت المحادثات باتفاق؟ [talks-outcome]');
    const rows = corpus.questions[0]!.answers.filter((a) => a.evidence.length > 0);
    const columns = rows.map((a) => {
      const line = lineWith(ar, a.evidence[0]!);
      return displayWidth(line.slice(0, line.indexOf(a.evidence[0]!)));
    });
    expect(new Set(columns).size).toBe(1);
    expect(lineWith(ar, rows[0]!.evidence[0]!)).toContain('لم يُوقَّع');
  });

  it('says so when the story declares questions nobody answered, or none at all', () => {
    const unanswered = { ...corpus, questions: [] };
    expect(en(unanswered)).toContain('Story questions: none answered (the story declares talks-outcome)');
    const none = { ...unanswered, story: { ...corpus.story, questions: [] } };
    expect(en(none)).toContain('Story questions: none (the story config declares no questions)');
  });
});

describe('facts and wire copy', () => {
  const corpus = handMadeCorpus();
  const out = en(corpus);

  it('counts the facts by relation, and lists those two outlets or more report', () => {
    expect(out).toContain('Reported facts: 3 (agreement 1, contradiction 1, single-source 1)');
    expect(out).toContain('Facts reported by two outlets or more (2; independent/outlets)');
    expect(out).toMatch(/^ {2}f1talks +agreement +2\/2 +Al Bayan, Turkey Now +«انتهت في العاصمة الروسية/m);
    expect(out).toMatch(/^ {2}f2hours +contradiction +2\/2 +Al Arabiya, Turkey Now +«ودعت/m);
    expect(out).not.toMatch(/^ {2}f3source /m);
  });

  it('each contradiction: type, strength, outlets, and a side per line with its cue and a short quote', () => {
    expect(out).toContain('Contradictions among reported facts (1)');
    expect(out).toContain(
      '  1. number, soft, cross: Al Arabiya vs Turkey Now (fact f2hours, similarity 0.33)',
    );
    expect(out).toMatch(/^ {5}Turkey Now +\S+\.p3\.s1 +number «6 ساعات» +«وتواصلت المحادثات [^»]*…»$/m);
    expect(out).toMatch(/^ {5}Al Arabiya +\S+\.p2\.s1 +— +«ودعت/m);
  });

  it('the wire groups with their outlets', () => {
    expect(out).toMatch(/^ {2}w1 +0\.88 +Al Arabiya, Youm7 +2 sentences +«وبحسب وكالة/m);
  });

  it('an empty comparison says none, section by section', () => {
    const empty = { ...corpus, facts: [], wire: [], questions: [] };
    const text = en(empty);
    expect(text).toContain('Reported facts: none');
    expect(text).toContain('Shared wire copy: none');
  });

  it('a corpus whose parts point nowhere still prints (the printer never throws)', () => {
    const odd = handMadeCorpus();
    odd.questions[0]!.answers[0]!.articleId = 'ghost';
    odd.facts[1]!.contradiction!.sides[0]!.sentenceIds = [];
    odd.wire[0]!.sentenceIds = ['nowhere.p1.s1'];
    const text = en(odd);
    expect(text).toMatch(/^ {2}ghost +Not signed/m);
    expect(text).toMatch(/^ {2}w1 +0\.88 +Al Arabiya, Youm7 +1 sentence$/m);
  });
});

describe('layout helpers', () => {
  it('display width: marks take no cell, wide characters two', () => {
    expect(displayWidth('لم يُوقَّع')).toBe(7);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('abc')).toBe(3);
  });

  it('quotes are cut at a word, within the width asked, and escaped', () => {
    const q = quote('كلمة '.repeat(30), 20);
    expect(q).toMatch(/^«(كلمة ){3}كلمة …»$/);
    expect(displayWidth(q)).toBeLessThanOrEqual(24);
    expect(quote('a\u202Eb')).toBe('«a\\u{202E}b»');
  });

  it('a table pads every column but the last', () => {
    expect(
      table(
        [
          ['a', 'bbb', 'c'],
          ['cccc', 'd', 'e'],
        ],
        '',
      ),
    ).toEqual(['a     bbb  c', 'cccc  d    e']);
  });

  it('one very long cell overflows its row instead of widening the column for every row', () => {
    const long = 'x'.repeat(200);
    const rows = [
      [long, 'a', 'b'],
      ['yy', 'c', 'd'],
      ['z', 'e', 'f'],
    ];
    expect(table(rows, '')).toEqual([`${long}  a  b`, 'yy  c  d', 'z   e  f']);
  });
});

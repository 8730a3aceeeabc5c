// Two one-line reports (a title line, then the headline, as scripts/eval/ans.ts builds them) through the whole
// pipeline (buildCorpus): a short Arabic headline is an article, not refused as "not Arabic"; two headlines of
// one claim align into one fact, judged; two unrelated headlines share no fact.
import { describe, expect, it } from 'vitest';
import { sentenceIdsOf, sentenceText, sharedFacts, twoReports } from './judge-helpers.ts';

describe('a short Arabic headline is an article', () => {
  it.each([
    ['a headline without the article «ال»', 'ترامب يفوز بولاية ثانية'],
    ['a three-word headline', 'بوتين يزور بكين'],
    ['a two-word headline', 'الذهب يهبط'],
  ])('%s: «%s» is kept, with the headline as its body', (_what, headline) => {
    const corpus = twoReports(headline, 'أسعار النفط تنخفض في الأسواق العالمية');
    expect(corpus.problems, JSON.stringify(corpus.problems)).toEqual([]);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['first', 'second']);
    const [id] = sentenceIdsOf(corpus, 'first');
    expect(sentenceText(corpus, id ?? '')).toContain(headline);
  });

  it('under a short title too: «أخبار اليوم» / «بوتين يزور بكين»', () => {
    const corpus = twoReports('بوتين يزور بكين', 'الرئيس الروسي يصل إلى بكين', 'أخبار اليوم');
    expect(corpus.problems, JSON.stringify(corpus.problems)).toEqual([]);
    expect(corpus.articles).toHaveLength(2);
  });
});

describe('two headlines of one claim are one fact, judged', () => {
  // [what, A, B, type, deciding word in A, deciding word in B]
  it.each([
    [
      'opposite predicates',
      'ارتفاع أسعار النفط في الأسواق العالمية',
      'أسعار النفط تنخفض في الأسواق العالمية',
      'opposite',
      'ارتفاع',
      'تنخفض',
    ],
    [
      'a changed figure',
      'مقتل 29 شخصا في هجوم على سوق في بغداد',
      'مقتل 53 شخصا في هجوم على سوق في بغداد',
      'number',
      '29',
      '53',
    ],
    [
      'another country',
      'زلزال بقوة 5 درجات يضرب المغرب',
      'زلزال بقوة 5 درجات يضرب العراق',
      'actor',
      'المغرب',
      'العراق',
    ],
    [
      'released / still held',
      'الإفراج عن الصحفي المعتقل',
      'استمرار حبس الصحفي المعتقل',
      'opposite',
      'الإفراج',
      'حبس',
    ],
  ])('%s: «%s» / «%s» → %s on «%s» / «%s»', (_what, a, b, type, cueA, cueB) => {
    const corpus = twoReports(a, b);
    expect(corpus.problems).toEqual([]);
    const facts = sharedFacts(corpus);
    expect(facts, 'one fact holds both headlines').toHaveLength(1);
    const c = facts[0]?.contradiction;
    expect(facts[0]?.relation).toBe('contradiction');
    expect(c?.type).toBe(type);
    expect(c?.scope).toBe('cross');
    // The cues name their sentence and mark their words in it, whichever side is first.
    const cues = (c?.sides ?? []).map((s) => s.cue);
    for (const cue of cues)
      expect(sentenceText(corpus, cue?.sentenceId ?? '')?.slice(cue?.start, cue?.end)).toBe(cue?.text);
    // The cues hold the deciding words (the clause rules' number cue keeps its unit: «29 شخصا»).
    const shown = cues.map((q) => q?.text ?? '');
    expect(
      shown.some((t) => t.includes(cueA)),
      shown.join(' / '),
    ).toBe(true);
    expect(
      shown.some((t) => t.includes(cueB)),
      shown.join(' / '),
    ).toBe(true);
  });

  it('«لم ينسحب الجيش من المدينة» / «انسحب الجيش من المدينة»: a negation, shown on «لم»', () => {
    const corpus = twoReports('لم ينسحب الجيش من المدينة', 'انسحب الجيش من المدينة');
    const facts = sharedFacts(corpus);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.relation).toBe('contradiction');
    expect(facts[0]?.contradiction?.type).toBe('negation');
    expect(facts[0]?.contradiction?.sides.map((s) => s.cue?.text)).toContain('لم');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (false agreement, the worst defect). Each pair is one fact, as it should be, and shown as agreeing:
  // «الشرطة» is read as «شرط» (a condition) and every predicate after it as not asserted; the jussive «يفز» after
  // «لم» meets neither «فاز» nor the win family, and the clause rules do not pair «يفز» with «فاز» either; «وقف»
  // is a function word to the judge, so "stopped" / "goes on" has no opposite (all three: opposites.test.ts).
  it.each([
    ['الشرطة تعتقل الناشط الحقوقي في العاصمة', 'الشرطة تفرج عن الناشط الحقوقي في العاصمة'],
    ['لم يفز الفريق بالمباراة', 'فاز الفريق بالمباراة'],
    ['وقف القتال في السودان', 'استمرار القتال في السودان'],
  ])('«%s» / «%s»: one fact, shown as a contradiction', (a, b) => {
    const facts = sharedFacts(twoReports(a, b));
    expect(facts.map((f) => f.relation)).toEqual(['contradiction']);
  });

  it('«النفط يهبط في الأسواق العالمية» / «النفط ينخفض في الأسواق العالمية»: one fact, in agreement', () => {
    const corpus = twoReports('النفط يهبط في الأسواق العالمية', 'النفط ينخفض في الأسواق العالمية');
    const facts = sharedFacts(corpus);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.relation).toBe('agreement');
  });
});

describe('two unrelated headlines share no fact', () => {
  it('«ارتفاع أسعار النفط في الأسواق العالمية» / «ريال مدريد يفوز على برشلونة في الدوري الإسباني»', () => {
    const corpus = twoReports(
      'ارتفاع أسعار النفط في الأسواق العالمية',
      'ريال مدريد يفوز على برشلونة في الدوري الإسباني',
    );
    expect(corpus.problems).toEqual([]);
    expect(sharedFacts(corpus)).toEqual([]);
  });

  // FIXED (a defect this suite found; the test keeps it fixed): aligner, false agreement. Fuel prices raised /
  // election date announced share only «الحكومة», yet the
  // two headlines are aligned into one fact (similarity 0.19) shown as an agreement of two outlets: the reader is
  // told two reports confirm each other on a claim neither makes.
  it('«الحكومة ترفع أسعار الوقود» / «الحكومة تعلن موعد الانتخابات البرلمانية»: one shared subject is no fact', () => {
    const corpus = twoReports('الحكومة ترفع أسعار الوقود', 'الحكومة تعلن موعد الانتخابات البرلمانية');
    expect(sharedFacts(corpus)).toEqual([]);
  });
});

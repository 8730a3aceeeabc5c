// Pairs the product must not flag: a wrong contradiction is a defect as much as a missed one. A condition asserts
// nothing happened; the same verb said of different subjects is two claims; «أي تعليق» is a comment, not a
// suspension; «وقف إطلاق النار» is a ceasefire, not a stop; one word for another of the same meaning is a rewording.
// Each is checked with the judge alone and, where the pair makes two plausible reports, through the pipeline.
import { describe, expect, it } from 'vitest';
import { judge, sharedFacts, show, twoReports } from './judge-helpers.ts';

/** The pipeline shows no contradiction between the two reports. */
function noContradictionShown(a: string, b: string) {
  const corpus = twoReports(a, b);
  const flagged = sharedFacts(corpus).filter((f) => f.relation === 'contradiction');
  expect(flagged.map((f) => f.contradiction)).toEqual([]);
}

describe('a condition or a demand asserts nothing happened', () => {
  const cases = [
    [
      'a condition against "did not withdraw"',
      'الاتفاق ينص على وقف القتال بشرط انسحاب القوات من المدينة',
      'لم تنسحب القوات من المدينة',
    ],
    ['a demand against "still held"', 'المعارضة تطالب بالإفراج عن الصحفي', 'استمرار حبس الصحفي'],
  ] as const;
  it.each(cases)('%s: «%s» / «%s» (judge)', (_what, a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
  it.each(cases)('%s: «%s» / «%s» (pipeline)', (_what, a, b) => noContradictionShown(a, b));
});

describe('the same verb said of different subjects', () => {
  const gold =
    'ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم، بينما انخفضت أسعار النفط بعد إعلان منظمة أوبك عن زيادة الإنتاج في الشهر المقبل';
  const oil =
    'انخفضت أسعار النفط في الأسواق العالمية خلال تعاملات اليوم، في حين ارتفعت أسعار الذهب بدعم من تراجع الدولار أمام العملات الرئيسية';
  it('long sentences: gold up and oil down, told in two orders, agree (judge)', () => {
    expect(show(judge(gold, oil))).toBe('no contradiction');
  });
  it('long sentences: gold up and oil down, told in two orders, agree (pipeline)', () =>
    noContradictionShown(gold, oil));

  it('long sentences: which side advanced and which withdrew, told in two orders, agree (judge)', () => {
    const a =
      'وقال المتحدث العسكري في مؤتمر صحفي عقده مساء اليوم إن القوات الحكومية تقدمت في الريف الشمالي للمدينة، بينما انسحب المسلحون من مواقعهم في الأحياء الشرقية';
    const b =
      'وأوضح المتحدث العسكري أن المسلحين انسحبوا من مواقعهم في الأحياء الشرقية للمدينة بعد معارك عنيفة، في حين تقدمت القوات الحكومية في الريف الشمالي';
    expect(show(judge(a, b))).toBe('no contradiction');
  });

  it('headlines: «الذهب يرتفع في الأسواق العالمية» / «النفط يهبط في الأسواق العالمية» are two claims', () => {
    expect(show(judge('الذهب يرتفع في الأسواق العالمية', 'النفط يهبط في الأسواق العالمية'))).toBe(
      'no contradiction',
    );
  });
});

describe('«تعليق»: a comment is not a suspension', () => {
  const cases = [
    [
      'المتحدث باسم الخارجية امتنع عن أي تعليق على استئناف المحادثات',
      'استئناف المحادثات بين الجانبين في جنيف',
    ],
    ['الشركة لم تصدر أي تعليق على استئناف الرحلات إلى بيروت', 'استئناف الرحلات إلى بيروت الأسبوع المقبل'],
    // Refusing to comment on the talks is no refusal of the talks.
    ['الخارجية ترفض التعليق على استئناف المحادثات في جنيف', 'استئناف المحادثات في جنيف'],
  ] as const;
  it.each(cases)('«%s» / «%s» (judge)', (a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
  it.each(cases)('«%s» / «%s» (pipeline)', (a, b) => noContradictionShown(a, b));

  // The counterpart: «تعليق» as a suspension, against a resumption, is a contradiction an editor flags.
  it('«تعليق الرحلات الجوية إلى بيروت» / «استئناف الرحلات الجوية إلى بيروت»: suspended against resumed', () => {
    const v = judge('تعليق الرحلات الجوية إلى بيروت', 'استئناف الرحلات الجوية إلى بيروت');
    expect(v?.type, show(v)).toBe('opposite');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['تعليق', 'استئناف']);
  });
});

describe('«وقف إطلاق النار» is a ceasefire, not a stop', () => {
  const cases = [
    ['صمود وقف إطلاق النار في السودان لليوم الخامس', 'استمرار الهدنة في السودان لليوم الخامس'],
    ['الطرفان يتفقان على وقف إطلاق النار في غزة', 'الطرفان يتفقان على هدنة في غزة'],
    ['بدء سريان وقف إطلاق النار في جنوب لبنان', 'وقف إطلاق النار يدخل حيز التنفيذ في جنوب لبنان'],
  ] as const;
  it.each(cases)('«%s» / «%s» (judge)', (a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
  it.each(cases)('«%s» / «%s» (pipeline)', (a, b) => noContradictionShown(a, b));
});

describe('one word for another of the same meaning is a rewording, not another actor', () => {
  it.each([
    ['مقتل خمسة أشخاص في حادث سير على طريق المطار', 'مصرع خمسة أشخاص في حادث سير على طريق المطار'],
    ['افتتاح المعرض الدولي للكتاب بحضور وزير الثقافة', 'افتتاح المعرض الدولي للكتاب بمشاركة وزير الثقافة'],
  ])('«%s» / «%s»', (a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
});

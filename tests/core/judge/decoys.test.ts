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
  // FIXED (a defect this suite found; the test keeps it fixed): false contradiction, clear. Both sentences say gold
  // rose and oil fell. Clause by clause (candidate.ts),
  // "gold rose in the markets during today's trading" meets "oil fell in the markets during today's trading": they
  // share 60% of their words (prices, markets, trading, today), and an opposite anchored on a shared word
  // («أسعار») decides before any check that the two verbs are said of one subject (gold ≠ oil). Shown as a clear
  // `opposite` on «ارتفعت» / «انخفضت», through the pipeline too.
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

  // KNOWN DEFECT (false contradiction, clear). The same in two headlines: gold rising and oil falling are two claims, but
  // «يرتفع» and «يهبط» are both anchored on the shared «الأسواق» and the anchored-opposite gate of model.ts
  // needs only 15% of words in common. Through the pipeline too.
  it.fails('headlines: «الذهب يرتفع في الأسواق العالمية» / «النفط يهبط في الأسواق العالمية» are two claims', () => {
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
  ] as const;
  it.each(cases)('«%s» / «%s» (judge)', (a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
  it.each(cases)('«%s» / «%s» (pipeline)', (a, b) => noContradictionShown(a, b));

  // FIXED (a defect this suite found; the test keeps it fixed) (false contradiction). Refusing to comment on the talks is no refusal of the talks. «ترفض» is a denial
  // said by one side only (accept-reject family, features.ts), and nothing checks what is refused: «التعليق».
  // Shown as a soft `opposite` on «ترفض», with no word marked in the other report.
  const refuses = [
    'الخارجية ترفض التعليق على استئناف المحادثات في جنيف',
    'استئناف المحادثات في جنيف',
  ] as const;
  it('«تعليقات ترامب تنزل بالدولار» / «ترامب يطيح بالدولار»: Trump’s comments are no suspension', () => {
    expect(show(judge('تعليقات ترامب تنزل بالدولار من أعلى مستوى في عام', 'ترامب يطيح بالدولار مجددا'))).toBe(
      'no contradiction',
    );
  });
  it('«الخارجية ترفض التعليق على استئناف المحادثات في جنيف» / «استئناف المحادثات في جنيف» (judge)', () => {
    expect(show(judge(...refuses))).toBe('no contradiction');
  });
  it('«الخارجية ترفض التعليق على استئناف المحادثات في جنيف» / «استئناف المحادثات في جنيف» (pipeline)', () =>
    noContradictionShown(...refuses));

  // FIXED (a defect this suite found; the test keeps it fixed): missed, shown as agreement. The counterpart: «تعليق» as a suspension, against a resumption, is a
  // contradiction an editor flags. «تعليق» is in no family of lexicon.ts (start-stop has أوقف، جمد، ألغى، أجل but
  // not علّق), and the learned pairs weigh «تعلق|تعليق» against contradiction; the pipeline shows an agreement.
  it('«تعليق الرحلات الجوية إلى بيروت» / «استئناف الرحلات الجوية إلى بيروت»: suspended against resumed', () => {
    const v = judge('تعليق الرحلات الجوية إلى بيروت', 'استئناف الرحلات الجوية إلى بيروت');
    expect(v?.type, show(v)).toBe('opposite');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['تعليق', 'استئناف']);
  });
});

describe('«وقف إطلاق النار» is a ceasefire, not a stop', () => {
  const cases = [
    ['صمود وقف إطلاق النار في السودان لليوم الخامس', 'استمرار الهدنة في السودان لليوم الخامس'],
    ['بدء سريان وقف إطلاق النار في جنوب لبنان', 'وقف إطلاق النار يدخل حيز التنفيذ في جنوب لبنان'],
  ] as const;
  it.each(cases)('«%s» / «%s» (judge)', (a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
  it.each(cases)('«%s» / «%s» (pipeline)', (a, b) => noContradictionShown(a, b));

  // FIXED (a defect this suite found; the test keeps it fixed) (false contradiction). "Agree on a ceasefire" / "agree on a truce" say one thing. The judge drops «وقف»
  // as a function word (words.ts uses the whole stopword list, though stopwords.ts keeps «وقف» as "the
  // ceasefire"), so what is left of the ceasefire is «إطلاق النار» — "opening fire" — and the substitution
  // feature shows «إطلاق» / «هدنة» as another actor (type `actor`), through the pipeline too.
  const truce = ['الطرفان يتفقان على وقف إطلاق النار في غزة', 'الطرفان يتفقان على هدنة في غزة'] as const;
  it('«الطرفان يتفقان على وقف إطلاق النار في غزة» / «الطرفان يتفقان على هدنة في غزة» (judge)', () => {
    expect(show(judge(...truce))).toBe('no contradiction');
  });
  it('«الطرفان يتفقان على وقف إطلاق النار في غزة» / «الطرفان يتفقان على هدنة في غزة» (pipeline)', () =>
    noContradictionShown(...truce));
});

describe('one word for another of the same meaning is a rewording, not another actor', () => {
  it('«مقتل خمسة أشخاص …» / «مصرع خمسة أشخاص …»', () => {
    expect(
      show(
        judge('مقتل خمسة أشخاص في حادث سير على طريق المطار', 'مصرع خمسة أشخاص في حادث سير على طريق المطار'),
      ),
    ).toBe('no contradiction');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (false contradiction). "In the presence of" / "with the participation of" the minister: the example
  // candidate.ts itself gives of a synonym edit («بمشاركة» / «بحضور»), excluded between clauses of long sentences
  // but not between two headlines, where the substitution feature shows it as another actor, through the
  // pipeline too.
  const attends = [
    'افتتاح المعرض الدولي للكتاب بحضور وزير الثقافة',
    'افتتاح المعرض الدولي للكتاب بمشاركة وزير الثقافة',
  ] as const;
  it('«… بحضور وزير الثقافة» / «… بمشاركة وزير الثقافة» (judge)', () => {
    expect(show(judge(...attends))).toBe('no contradiction');
  });
  it('«… بحضور وزير الثقافة» / «… بمشاركة وزير الثقافة» (pipeline)', () => noContradictionShown(...attends));
});

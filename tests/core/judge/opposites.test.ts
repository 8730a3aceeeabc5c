// The relation judge on opposite predicates, as an Arabic news editor reads them: two reports of one claim that
// say opposite things (rises / falls, released / still held, accepts / refuses) contradict, by type `opposite`,
// and the reader is shown the two deciding words. Negation composes with the poles («لم يرتفع» is «انخفض» or
// «بقي»: no contradiction with «انخفض»), synonyms of one pole agree, and a denial or reversal word contradicts
// a report that the thing happened.
import { describe, expect, it } from 'vitest';
import { judge, show } from './judge-helpers.ts';

describe('opposite predicates in verb, verbal-noun and participle forms', () => {
  // [what, A, B, deciding word in A, deciding word in B]
  it.each([
    ['present verbs', 'النفط يرتفع', 'النفط يهبط', 'يرتفع', 'يهبط'],
    ['verbal noun against verb', 'ارتفاع أسعار الذهب', 'أسعار الذهب تنخفض', 'ارتفاع', 'تنخفض'],
    [
      'past verbs',
      'ارتفعت أسعار النفط في الأسواق العالمية',
      'انخفضت أسعار النفط في الأسواق العالمية',
      'ارتفعت',
      'انخفضت',
    ],
    ['released / still held', 'الإفراج عن الصحفي', 'استمرار حبس الصحفي', 'الإفراج', 'حبس'],
    ['accepts / refuses', 'الحكومة توافق على الخطة', 'الحكومة ترفض الخطة', 'توافق', 'ترفض'],
    ['win / loss', 'فوز الفريق', 'خسارة الفريق', 'فوز', 'خسارة'],
    ['opening / closing', 'فتح المعبر', 'إغلاق المعبر', 'فتح', 'إغلاق'],
    ['participles', 'المعبر مغلق أمام المسافرين', 'المعبر مفتوح أمام المسافرين', 'مغلق', 'مفتوح'],
    [
      'drowned / survived',
      'غرق عشرات المهاجرين قبالة سواحل ليبيا',
      'نجاة جميع المهاجرين قبالة سواحل ليبيا',
      'غرق',
      'نجاة',
    ],
    [
      'success / failure',
      'نجاح المفاوضات بين الحكومة والمعارضة',
      'فشل المفاوضات بين الحكومة والمعارضة',
      'نجاح',
      'فشل',
    ],
    ['arrests / releases', 'السلطات تعتقل الناشط', 'السلطات تفرج عن الناشط', 'تعتقل', 'تفرج'],
    [
      'opens / is postponed',
      'انطلاق القمة العربية في الرياض',
      'تأجيل القمة العربية في الرياض',
      'انطلاق',
      'تأجيل',
    ],
  ])('%s: «%s» / «%s» contradict by opposite, on «%s» / «%s»', (_what, a, b, cueA, cueB) => {
    const v = judge(a, b);
    expect(v?.type, show(v)).toBe('opposite');
    expect(v?.cueA?.text, show(v)).toBe(cueA);
    expect(v?.cueB?.text, show(v)).toBe(cueB);
    expect(v?.cueA?.kind).toBe('predicate');
    expect(v?.cueB?.kind).toBe('predicate');
  });

  // FIXED (a defect this suite found; the test keeps it fixed). The same pair with «الشرطة» (the police) as subject is not judged at all: lightStem('الشرطة') is «شرط»,
  // which NOT_ASSERTED (lexicon.ts) lists as «شرط» "condition", so features.ts `hits` skips every predicate
  // within two words after «الشرطة» as "a condition, not something said to have happened". An editor reads
  // "the police arrest the activist" / "the police release the activist" as plainly opposed. (Also «حالة» →
  // «حال», «مقابلة» → «مقابل».) Through the pipeline the pair is shown as an agreement (short-reports.test.ts).
  it('«الشرطة تعتقل الناشط» / «الشرطة تفرج عن الناشط»: the police are no condition', () => {
    const v = judge('الشرطة تعتقل الناشط', 'الشرطة تفرج عن الناشط');
    expect(v?.type, show(v)).toBe('opposite');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['تعتقل', 'تفرج']);
  });

  // FIXED (a defect this suite found; the test keeps it fixed). «وقف» (stop) is in the continue-cut family, but words.ts marks a word `function` by the whole stopword
  // list (FUNCTION_WORDS), not by STOPWORDS, which keeps «وقف», «أجل», «لقاء», «زيارة» because they carry the
  // claim (src/core/text/stopwords.ts says so). `hits` skips function words, so «وقف» never fires: "fighting
  // stopped" / "fighting goes on" is no contradiction to the judge, and the pipeline shows it as an agreement.
  it('«وقف القتال في السودان» / «استمرار القتال في السودان»: stopped against goes on', () => {
    const v = judge('وقف القتال في السودان', 'استمرار القتال في السودان');
    expect(v?.type, show(v)).toBe('opposite');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['وقف', 'استمرار']);
  });

  it('reads the same either way round: «النفط يهبط» / «النفط يرتفع»', () => {
    const v = judge('النفط يهبط', 'النفط يرتفع');
    expect(v?.type, show(v)).toBe('opposite');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['يهبط', 'يرتفع']);
  });
});

describe('negation composed with the poles', () => {
  it('«لم يرتفع النفط» / «انخفض النفط»: "did not rise" is compatible with "fell", no contradiction', () => {
    expect(show(judge('لم يرتفع النفط', 'انخفض النفط'))).toBe('no contradiction');
  });

  it('«لم تفشل المفاوضات» / «نجحت المفاوضات»: "did not fail" agrees with "succeeded"', () => {
    expect(show(judge('لم تفشل المفاوضات', 'نجحت المفاوضات'))).toBe('no contradiction');
  });

  it('«لن تنسحب القوات» / «القوات باقية»: "will not withdraw" and "are staying" agree', () => {
    expect(show(judge('لن تنسحب القوات', 'القوات باقية'))).toBe('no contradiction');
  });

  it('«لم ينسحب الجيش» / «انسحب الجيش» contradict', () => {
    const v = judge('لم ينسحب الجيش', 'انسحب الجيش');
    expect(v, show(v)).toBeDefined();
    expect(v?.cueB?.text, show(v)).toBe('انسحب');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (cue). What decides is «لم»: the judge shows «ينسحب» / «انسحب» — "withdraw" / "withdrew" — as the two
  // opposite words, which a reader cannot check. The present and past forms do not meet as one shared word
  // (keys «نسحب» / «انسحب», words.ts), so the pair goes through the anchored branch of features.ts, whose
  // evidence is `x.word`, not `x.negator ?? x.word` as in the shared-word branch just above it.
  it('…shown on the negation particle «لم», not on the verb it negates', () => {
    const v = judge('لم ينسحب الجيش', 'انسحب الجيش');
    expect(v?.cueA?.text, show(v)).toBe('لم');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (type). "Withdrew" / "did not withdraw" is a negation to an editor: one verb, said and denied (the
  // pipeline's clause rules type the same pair `negation`, short-reports.test.ts). The judge composes the negation
  // into the pole (negated «ينسحب» counts as "stays") and reports `opposite`, so when only the judge speaks
  // (copies of one wire text, judge/rules/fact-verdicts.ts) the reader is told another type than for any other pair.
  it('…and typed as a negation, as the clause rules type it', () => {
    const v = judge('لم ينسحب الجيش', 'انسحب الجيش');
    expect(v?.type, show(v)).toBe('negation');
  });

  // FIXED (a defect this suite found; the test keeps it fixed). After «لم» a hollow verb loses its long vowel (jussive: «يفوز» → «لم يفز», «يعود» → «لم يعد»). «يفز» is in
  // no family (the lexicon lists «يفوز»/«فاز») and does not meet «فاز» as a shared word, so neither the opposite
  // nor the negation feature fires: the judge finds nothing, and the pipeline shows the pair as an agreement
  // (short-reports.test.ts). An editor reads "did not win" / "won" as the plainest contradiction.
  it('«لم يفز الفريق بالمباراة» / «فاز الفريق بالمباراة» contradict', () => {
    const v = judge('لم يفز الفريق بالمباراة', 'فاز الفريق بالمباراة');
    expect(v, show(v)).toBeDefined();
    expect(v?.cueA?.text, show(v)).toBe('لم');
  });
});

describe('paraphrases with synonyms of one pole agree', () => {
  it.each([
    ['النفط يهبط', 'النفط ينخفض'],
    ['صعود أسعار الذهب', 'أسعار الذهب ترتفع'],
    ['الإفراج عن الصحفي', 'إطلاق سراح الصحفي'],
    ['فوز الفريق', 'انتصار الفريق'],
    ['السلطات تغلق المعبر', 'إغلاق المعبر من قبل السلطات'],
  ])('«%s» / «%s»: no contradiction', (a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
});

describe('a denial or reversal against a report that the thing happened', () => {
  // [A: denies / reverses / refuses, B: reports it happened, the deciding word in A]
  it.each([
    ['الحكومة تنفي استقالة وزير المالية', 'استقالة وزير المالية', 'تنفي'],
    ['الحكومة تستبعد رفع أسعار الوقود', 'الحكومة ترفع أسعار الوقود', 'تستبعد'],
    ['الشركة تتراجع عن رفع الأسعار', 'الشركة ترفع الأسعار', 'تتراجع'],
    ['الحكومة تلغي الانتخابات المحلية', 'إجراء الانتخابات المحلية في موعدها', 'تلغي'],
    ['البرلمان يؤجل التصويت على الموازنة', 'البرلمان يصوت على الموازنة', 'يؤجل'],
    ['الرئيس يرفض التوقيع على القانون', 'الرئيس يوقع على القانون', 'يرفض'],
  ])('«%s» / «%s»: a contradiction shown on «%s»', (a, b, cueA) => {
    const v = judge(a, b);
    expect(v?.type, show(v)).toBe('opposite');
    expect(v?.cueA?.text, show(v)).toBe(cueA);
  });
});

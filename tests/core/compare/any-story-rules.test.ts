// The general rules behind the second story's fixed gaps (issue 4, item 2), each on sentences of other
// stories (a factory fire, a bridge, a cabinet decision) and each with the case it must leave alone:
// a negation carried through a support verb, «ما» of consequence, a verb against its verbal noun,
// different days for one claim, and the page's own date stamp as the publication date.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/core/compare/cues/cues.ts';
import { readDateStamp } from '../../../src/core/ingest/find-date-stamp.ts';
import { ingestDecoded } from '../../../src/core/ingest/ingest-article.ts';
import { sameRoot } from '../../../src/core/judge/rules/fact-context.ts';
import { estimatePublished } from '../../../src/core/timeline/estimate-published.ts';
import type { Article, Fact, StoryConfig } from '../../../src/core/types.ts';
import { makeArticle } from '../../fixtures/compare-align/articles.ts';
import { judgeOne } from './judge.ts';

const story: StoryConfig = { id: 'other-story', title: { ar: 'قصة', en: 'Story' } };

/** Two one-sentence articles, cued by the real cue detector, as one aligned fact, judged. */
function judge(a: string, b: string, published: [string?, string?] = []): Fact {
  const cued = (id: string, text: string, day: string | undefined): Article => {
    const article = makeArticle(id, [text], day);
    for (const p of article.paragraphs)
      for (const s of p.sentences) s.cues = findCues(s.text, day ? { published: day } : {});
    return article;
  };
  const articles = [cued('a', a, published[0]), cued('b', b, published[1])];
  return judgeOne(articles, ['a.p1.s1', 'b.p1.s1'], story, { similarity: 0.5 });
}

const negations = (text: string) => findCues(text).filter((c) => c.kind === 'negation');

describe('«ما» after a comma tells a consequence', () => {
  it('«…، ما أدى إلى» and «…، ما اضطر» are "which led to", "which forced": no negation', () => {
    expect(negations('اندلع حريق في المصنع، ما أدى إلى إغلاق الطريق السريع.')).toEqual([]);
    expect(negations('تضرر الجسر، ما اضطر السلطات إلى تحويل السير.')).toEqual([]);
  });

  it('«ما» opening a sentence, or after its conjunction, before a past verb still negates', () => {
    expect(negations('ما قال الوزير ذلك في المؤتمر.').map((c) => c.text)).toEqual(['ما']);
    expect(negations('وما أعلنت الشركة أي خسائر.').map((c) => c.text)).toEqual(['وما']);
  });
});

describe('a support verb carries the negation to its object', () => {
  it('«دون اتخاذ إجراءات» and «من دون أي إجراءات» agree: both say no measures', () => {
    const f = judge(
      'ظل المبنى مهجورا منذ سنوات من دون أي إجراءات للصيانة والحماية من الحريق.',
      'ظل المبنى مهجورا منذ عام 2015 دون اتخاذ إجراءات الصيانة والحماية من الحريق.',
    );
    expect(f.relation).toBe('agreement');
  });

  it('after a support verb the next word is its subject, which the negation leaves alone', () => {
    const f = judge(
      'لم يقم الوزير بأي تعليق على حريق المصنع في المنطقة الصناعية.',
      'زار الوزير موقع حريق المصنع في المنطقة الصناعية صباح اليوم.',
    );
    expect(f.relation).toBe('agreement');
  });

  it('measures taken against «من دون أي إجراءات» still differ', () => {
    const f = judge(
      'اتخذت البلدية إجراءات الصيانة والحماية من الحريق في المبنى المهجور.',
      'ظل المبنى المهجور من دون أي إجراءات للصيانة والحماية من الحريق.',
    );
    expect(f.contradiction?.type).toBe('negation');
  });
});

describe('a verb against its verbal noun', () => {
  it('sameRoot pairs a derived verb with its verbal noun, not words that only share letters', () => {
    expect(sameRoot('تنهر', 'انهيار')).toBe(true);
    expect(sameRoot('ينسحب', 'بانسحاب')).toBe(true);
    expect(sameRoot('الاستقالة', 'يستقيل')).toBe(true);
    expect(sameRoot('يجتمع', 'الاجتماع')).toBe(true);
    expect(sameRoot('تنهر', 'النهر')).toBe(false);
    expect(sameRoot('ينهار', 'النهار')).toBe(false);
    expect(sameRoot('يقرر', 'تقرير')).toBe(false); // a report, not a decision
    expect(sameRoot('انهيار', 'انهيار')).toBe(false); // two nouns: the same key already compares them
  });

  it('«ولم ينهر الجسر» against «انهيار الجسر» in one slot is a negation contradiction', () => {
    const f = judge(
      'ولم ينهر الجسر القديم فوق الوادي رغم قوة السيول التي ضربت المنطقة.',
      'وتسببت السيول في انهيار الجسر القديم فوق الوادي وقطع الطريق.',
    );
    expect(f.contradiction).toMatchObject({ type: 'negation', strength: 'clear' });
  });

  it('the same verb and noun about different things (no shared slot) are no contradiction', () => {
    const f = judge(
      'ولم ينهر الاقتصاد المحلي، رغم السيول التي دمرت الجسر القديم فوق الوادي.',
      'وتسببت السيول في انهيار الجسر القديم فوق الوادي.',
    );
    expect(f.relation).toBe('agreement');
  });

  it('both sides negated alike agree', () => {
    const f = judge(
      'ولم ينهر الجسر القديم فوق الوادي رغم قوة السيول.',
      'وأكد المهندسون عدم انهيار الجسر القديم فوق الوادي رغم السيول.',
    );
    expect(f.relation).toBe('agreement');
  });
});

describe('different days for one claim', () => {
  // 10 March 2021 was a Wednesday: «أمس» is Tuesday the 9th, «الاثنين» the 8th.
  const wednesday: [string, string] = ['2021-03-10', '2021-03-10'];

  it('«مساء أمس» against «مساء الاثنين» for one fire is a soft timing contradiction', () => {
    const f = judge(
      'اندلع الحريق في مستودع المصنع مساء أمس في المنطقة الصناعية شرق المدينة.',
      'اندلع الحريق في مستودع المصنع مساء الاثنين في المنطقة الصناعية شرق المدينة.',
      wednesday,
    );
    expect(f.contradiction).toMatchObject({ type: 'timing', strength: 'soft' });
    expect(f.contradiction?.sides.map((s) => s.cue?.text)).toEqual(['مساء أمس', 'مساء الاثنين']);
  });

  it('the same day in two forms agrees', () => {
    const f = judge(
      'اندلع الحريق في مستودع المصنع مساء أمس في المنطقة الصناعية شرق المدينة.',
      'اندلع الحريق في مستودع المصنع مساء الثلاثاء في المنطقة الصناعية شرق المدينة.',
      wednesday,
    );
    expect(f.relation).toBe('agreement');
  });

  it('a day in an aside dates the clause it interrupts', () => {
    const f = judge(
      'وقرر مجلس الوزراء في البلاد، في جلسة استثنائية عقدها الأربعاء، إغلاق المدارس في العاصمة لمدة أسبوع.',
      'وكان مجلس الوزراء في البلاد قد قرر، الثلاثاء، إغلاق المدارس في العاصمة لمدة أسبوع.',
      wednesday,
    );
    expect(f.contradiction).toMatchObject({ type: 'timing', strength: 'soft' });
  });

  it('a deadline («حتى الخميس») is not the day of the claim', () => {
    const f = judge(
      'أمهلت البلدية أصحاب المصنع حتى صباح الخميس لإخلاء المستودع في المنطقة الصناعية.',
      'أمهلت البلدية أصحاب المصنع الأربعاء لإخلاء المستودع في المنطقة الصناعية.',
      wednesday,
    );
    expect(f.relation).toBe('agreement');
  });

  it('two days beside two figures: the figures are the difference shown', () => {
    const f = judge(
      'أعلنت وزارة الصحة الثلاثاء ارتفاع عدد المصابين في حريق المصنع إلى 40 مصابا.',
      'أعلنت وزارة الصحة الأربعاء ارتفاع عدد المصابين في حريق المصنع إلى 52 مصابا.',
      wednesday,
    );
    expect(f.contradiction?.type).toBe('number');
  });
});

describe("the page's own date stamp", () => {
  it('reads labelled stamps, bare dates day first, and dates with month names', () => {
    expect(readDateStamp('نشر في: 5 أغسطس 2020 - 09:40 م بتوقيت أبوظبي')).toBe('2020-08-05');
    expect(readDateStamp('نشرت في: 05/08/2020 - 14:35')).toBe('2020-08-05');
    expect(readDateStamp('5/8/2020')).toBe('2020-08-05');
    expect(readDateStamp('٠٥/٠٨/٢٠٢٠')).toBe('2020-08-05');
    expect(readDateStamp('الخميس، 06 أغسطس 2020 03:15 م')).toBe('2020-08-06');
    expect(readDateStamp('الأربعاء 5 آب 2020 - 10:24')).toBe('2020-08-05');
    expect(readDateStamp('تاريخ النشر: 2021-03-10')).toBe('2021-03-10');
    expect(readDateStamp('2024/05/14 – 18:25')).toBe('2024-05-14');
    expect(readDateStamp('13.01.2020 | 15:42 GMT |')).toBe('2020-01-13');
  });

  it('follows a named weekday, and refuses a stamp that contradicts itself or no day', () => {
    // 8 May 2020 was a Friday, 5 August a Wednesday: the weekday decides which way round 8/5 is.
    expect(readDateStamp('الأربعاء 8/5/2020')).toBe('2020-08-05');
    expect(readDateStamp('الجمعة 5 أغسطس 2020')).toBeUndefined();
    expect(readDateStamp('31/2/2020')).toBeUndefined();
    expect(readDateStamp('منذ 9 ساعات')).toBeUndefined();
  });

  const page = (head: string[]) =>
    [
      'موقع الأخبار',
      ...head,
      'حريق في مصنع للبلاستيك شرق المدينة',
      '',
      'اندلع حريق كبير مساء أمس في مصنع للبلاستيك في المنطقة الصناعية شرق المدينة، وهرعت فرق الدفاع المدني إلى المكان وتمكنت من السيطرة عليه بعد ساعات من العمل المتواصل.',
      '',
      'وقال مسؤول في الدفاع المدني إن الحريق لم يسفر عن إصابات، وإن التحقيق جار لمعرفة أسبابه.',
    ].join('\n');
  const ingest = (text: string, published?: string) => {
    const result = ingestDecoded('fire.txt', text, [], {
      registry: [],
      ...(published ? { provenance: { published } } : {}),
    });
    if (!result.ok) throw new Error(result.problem.reason);
    return result.article;
  };

  it('dates an article the provenance file does not, and says so in its notes', () => {
    const article = ingest(page(['نشر في: 10 مارس 2021 - 09:40 م', 'آخر تحديث: 11 مارس 2021 - 10:15 م']));
    expect(article.published).toBe('2021-03-10');
    expect(article.notes.join('\n')).toContain("page's date stamp «نشر في: 10 مارس 2021 - 09:40 م»");
    // «أمس» is now a day.
    const cues = findCues(article.paragraphs[0]!.sentences[0]!.text, { published: article.published });
    expect(cues.find((c) => c.kind === 'date')?.value).toBe('2021-03-09');
    // The timeline does not credit the sources file with it.
    expect(estimatePublished(article, story)).toMatchObject({ date: '2021-03-10', source: 'text' });
  });

  it('leaves the provenance date alone, and an update stamp is not the publication', () => {
    const fromProvenance = ingest(page(['نشر في: 10 مارس 2021 - 09:40 م']), '2021-03-11');
    expect(fromProvenance.published).toBe('2021-03-11');
    expect(fromProvenance.notes.join('\n')).not.toContain('date stamp');
    expect(estimatePublished(fromProvenance, story).source).toBe('provenance');
    expect(ingest(page(['آخر تحديث: 11 مارس 2021 - 10:15 م'])).published).toBeUndefined();
  });
});

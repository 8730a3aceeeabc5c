// Regression tests for the defects a code review found in the ingestion core, one block per defect.
import { describe, expect, it } from 'vitest';
import { bodyOf, expectNothingLost, ingestText, removedWith } from './helpers.ts';

const BODY =
  'غادر قائد الجيش الليبي خليفة حفتر العاصمة الروسية موسكو صباح اليوم الثلاثاء دون التوقيع على اتفاق وقف إطلاق النار.';
const BODY2 =
  'وكانت المحادثات قد استمرت أكثر من سبع ساعات في مقر وزارة الخارجية الروسية بحضور وزراء من تركيا وروسيا.';

describe('a short headline is the headline, not a section label', () => {
  it('keeps a three-word headline under the site name and a section label', () => {
    const text = ['بوابة الوسط', 'ليبيا', 'حفتر يغادر موسكو', BODY, BODY2].join('\n');
    const article = ingestText(text);
    expect(article.title).toBe('حفتر يغادر موسكو');
    expect(removedWith(article, 'header')).toEqual(['بوابة الوسط', 'ليبيا']);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
    expectNothingLost(text, article);
  });

  it('still removes a short label between the headline and the body when a headline came first', () => {
    const text = ['حفتر يغادر موسكو دون توقيع اتفاق وقف إطلاق النار', 'ليبيا', BODY].join('\n');
    const article = ingestText(text);
    expect(article.title).toBe('حفتر يغادر موسكو دون توقيع اتفاق وقف إطلاق النار');
    expect(removedWith(article, 'header')).toEqual(['ليبيا']);
  });

  it('takes a standalone dateline above the body for one, not for the headline', () => {
    const text = ['ليبيا', 'أنقرة/ الأناضول', BODY].join('\n');
    const article = ingestText(text);
    expect(article.dateline).toMatchObject({ place: 'أنقرة', source: 'الأناضول' });
    expect(article.title).toBeNull();
  });
});

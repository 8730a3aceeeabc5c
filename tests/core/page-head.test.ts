// The page head and the first paragraph: header lines, headline, byline, captions, dateline.
import { describe, expect, it } from 'vitest';
import { matchByline } from '../../src/core/ingest/find-byline.ts';
import { matchCaption } from '../../src/core/ingest/find-captions.ts';
import { matchDateline } from '../../src/core/ingest/find-dateline.ts';
import { bodyOf, CLUTTER_DIR, ingestText, readFixture, registry, removedWith } from './helpers.ts';

const BODY = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.';

describe('a dateline alone on its line', () => {
  it('credited to agencies in general ("وكالات") is the dateline, not body', () => {
    const a = ingestText(`عنوان طويل بما يكفي ليكون عنوانا للخبر\nموسكو - (وكالات):\n${BODY}`);
    expect(a.dateline).toMatchObject({ place: 'موسكو', source: 'وكالات' });
    expect(bodyOf(a)).not.toContain('وكالات');
  });
});

describe('header lines above the headline', () => {
  it('outlet name, repeated section label, date stamp and breadcrumb go to header; the byline is found', () => {
    const a = ingestText(readFixture(CLUTTER_DIR, 'header.txt'));
    expect(removedWith(a, 'header')).toEqual([
      'تركيا الآن',
      'اقتصاد',
      'اقتصاد',
      'الاثنين 13 يناير 2020 - 03:45 م',
      'الرئيسية > أخبار > اقتصاد',
    ]);
    expect(a.title).toBe('الحكومة تطلق خطة لدعم المزارعين في المناطق الريفية');
    expect(a.byline).toBe('محمد أحمد');
  });

  it('section labels between headline and body are header too', () => {
    const a = ingestText(`عنوان طويل بما يكفي ليكون عنوانا للخبر\n\nليبيا\nليبيا\n${BODY}`);
    expect(a.title).toBe('عنوان طويل بما يكفي ليكون عنوانا للخبر');
    expect(removedWith(a, 'header')).toEqual(['ليبيا', 'ليبيا']);
  });
});

describe('title', () => {
  it('a headline asked as a question, with prose after it, is the headline', () => {
    const title = 'الأنظار على رد الوزير.. هل يوقع اليوم؟';
    const a = ingestText(`${title}\n${BODY}\nوقال الوزير إن الخطة ستبدأ الشهر المقبل في كل المحافظات.`);
    expect(a.title).toBe(title);
    expect(bodyOf(a)).not.toContain('هل يوقع');
  });

  it('a page that opens with a question and nothing after it reads like prose keeps it as body', () => {
    const a = ingestText('هل تنجح الحكومة في خطتها الجديدة لدعم المزارعين هذا العام؟');
    expect(a.title).toBeNull();
  });

  it('is null when the page starts with the body', () => {
    const a = ingestText(`${BODY}\nوقال الوزير إن الخطة ستبدأ الشهر المقبل في كل المحافظات.`);
    expect(a.title).toBeNull();
    expect(a.removed).toEqual([]);
  });

  it('a headline repeated as the first body line is dropped as repeated', () => {
    const title = 'الحكومة تطلق خطة لدعم المزارعين في المناطق الريفية';
    const a = ingestText(`${title}\n${title}\n${BODY}`);
    expect(a.title).toBe(title);
    expect(bodyOf(a)).toEqual([BODY]);
    expect(removedWith(a, 'repeated')).toEqual([title]);
  });

  it('a page without full stops: the first substantial line is the headline', () => {
    const a = ingestText(
      'عنوان الخبر عن خطة المزارعين الجديدة\nالحكومة تعلن خطة جديدة لدعم المزارعين في الريف',
    );
    expect(a.title).toBe('عنوان الخبر عن خطة المزارعين الجديدة');
    expect(bodyOf(a)).toEqual(['الحكومة تعلن خطة جديدة لدعم المزارعين في الريف']);
  });
});

describe('matchByline', () => {
  it.each([
    ['كتب : وكالات', 'وكالات'],
    ['كتب: محمد أحمد', 'محمد أحمد'],
    ['بقلم سامي يوسف', 'سامي يوسف'],
    ['إعداد: فريق التحرير', 'فريق التحرير'],
    ['تقرير: ليلى حسن', 'ليلى حسن'],
    ['كتبت- منى أحمد:', 'منى أحمد'],
    ['بواسطة admin', 'admin'],
    ['Author, محمد عثمان', 'محمد عثمان'],
  ])('%s → %s', (line, name) => expect(matchByline(line)).toBe(name));

  it.each(['تقرير أممي يحذر من تفاقم الأزمة الإنسانية', 'كتب التاريخ تكشف أسرار الحرب العالمية الثانية'])(
    'is not fooled by the headline %s',
    (line) => expect(matchByline(line)).toBeUndefined(),
  );
});

describe('matchCaption', () => {
  it.each([
    ['سيرغي لافروف مصافحاً حفتر في موسكو | أ.ب', { text: 'سيرغي لافروف مصافحاً حفتر في موسكو', credit: 'أ.ب' }],
    ['(أرشيفية)', { text: '(أرشيفية)' }],
    ['صورة أرشيفية', { text: 'صورة أرشيفية' }],
    ['جانب من الاجتماع في موسكو (أرشيفية)', { text: 'جانب من الاجتماع في موسكو (أرشيفية)' }],
    ['الصورة: حقول القمح في الريف', { text: 'الصورة: حقول القمح في الريف' }],
    ['تصوير: أحمد سمير', { text: 'تصوير: أحمد سمير', credit: 'أحمد سمير' }],
  ])('%s', (line, caption) => expect(matchCaption(line, registry)).toEqual(caption));

  it('a "headline | outlet" page title is not a caption', () => {
    expect(matchCaption('انتهاء المحادثات الليبية في موسكو | البيان', registry)).toBeUndefined();
  });

  it('a long body line with a bar in it is not a caption', () => {
    expect(matchCaption(`${BODY} | ${BODY}`, registry)).toBeUndefined();
  });

  it('captions in a page go to captions, not the body', () => {
    const a = ingestText(readFixture(CLUTTER_DIR, 'captions.txt'));
    expect(a.captions).toEqual([
      { text: 'وزير الزراعة خلال المؤتمر الصحفي', credit: 'رويترز' },
      { text: '(أرشيفية)' },
      { text: 'صورة أرشيفية' },
      { text: 'الصورة: حقول القمح في الريف' },
      { text: 'تصوير: أحمد سمير', credit: 'أحمد سمير' },
    ]);
    expect(bodyOf(a)).toHaveLength(3);
  });
});

describe('dateline', () => {
  it.each([
    [
      'دبي - (العربية نت): أعلن الوزير أن',
      { place: 'دبي', source: 'العربية نت', raw: 'دبي - (العربية نت):' },
    ],
    ['القاهرة - أ ف ب: أعلن الوزير أن', { place: 'القاهرة', source: 'أ ف ب', raw: 'القاهرة - أ ف ب:' }],
    ['موسكو (رويترز) - أعلن الوزير أن', { place: 'موسكو', source: 'رويترز', raw: 'موسكو (رويترز) -' }],
    ['(الأناضول) - أعلن الوزير أن', { source: 'الأناضول', raw: '(الأناضول) -' }],
    ['طرابلس - أعلن الوزير اليوم أن الخطة بدأت', { place: 'طرابلس', raw: 'طرابلس -' }],
  ])('%s', (text, expected) => {
    const { rest: _rest, sourceAsWritten: _written, ...dateline } = matchDateline(text)!;
    expect(dateline).toEqual(expected);
  });

  it('no dateline in an ordinary first sentence', () => {
    expect(matchDateline('أعلنت الحكومة اليوم - في بيان - عن خطة.')).toBeUndefined();
    expect(matchDateline(BODY)).toBeUndefined();
  });

  it('is cut from the first sentence of the body', () => {
    const a = ingestText(`دبي - (العربية نت): ${BODY}`);
    expect(a.dateline?.raw).toBe('دبي - (العربية نت):');
    expect(a.paragraphs[0]?.sentences[0]?.text).toBe(BODY);
  });
});

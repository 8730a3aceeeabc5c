// Regression tests for the defects a code review found in the ingestion core, one block per defect.
import { describe, expect, it } from 'vitest';
import { decodeBytes, utf8SeqLength } from '../../src/core/ingest/decode-bytes.ts';
import { matchByline } from '../../src/core/ingest/find-byline.ts';
import { knownSources, matchDateline } from '../../src/core/ingest/find-dateline.ts';
import { isDateOnly } from '../../src/core/ingest/line-shape.ts';
import { splitLines } from '../../src/core/ingest/split-lines.ts';
import { matchSourceLine } from '../../src/core/ingest/strip-source-line.ts';
import { matchReadAlso, matchTagsLabel } from '../../src/core/ingest/widget-markers.ts';
import { MONTH_NAMES } from '../../src/core/text/date-words.ts';
import { findWhole, foldArabic, INVISIBLE } from '../../src/core/text/fold-arabic.ts';
import { segmentSentences } from '../../src/core/text/segment-sentences.ts';
import { countWords, endsSentence, hasNoWords } from '../../src/core/text/words.ts';
import { bodyOf, bytesOf, expectNothingLost, ingestText, registry, removedWith } from './helpers.ts';

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

describe('folding: every invisible character, and presentation forms', () => {
  it('drops the Arabic letter mark and the soft hyphen', () => {
    expect(foldArabic('بوابة\u061C الوسط')).toBe('بوابه الوسط');
    expect(foldArabic('الو\u00ADسط')).toBe('الوسط');
  });

  it('folds presentation forms to the letters they show (NFKC)', () => {
    expect(foldArabic('ﻻ')).toBe('لا');
    expect(foldArabic('ﺍﻟﻘﺎﻫﺮﺓ')).toBe('القاهره');
    expect(foldArabic('ﻛﺘﺐ')).toBe('كتب');
    // A harakah's isolated form is a mark, not a space inside the word.
    expect(foldArabic('كتبﹰ')).toBe('كتب');
  });

  it('one constant names the invisible characters', () => {
    for (const ch of [
      '\u00AD',
      '\u061C',
      '\u200B',
      '\u200F',
      '\u202A',
      '\u202E',
      '\u2060',
      '\u2066',
      '\u2069',
      '\uFEFF',
    ])
      expect(`a${ch}b`.replace(INVISIBLE, ''), ch.codePointAt(0)!.toString(16)).toBe('ab');
  });
});

describe('a file of bidi controls only is empty', () => {
  it.each([
    ['embeddings', '\u202A\u202B\u202C\u202D\u202E'],
    ['isolates', '\u2066\n\u2067\u2068\r\n\u2069'],
    ['letter mark and soft hyphen', '\u061C \u00AD'],
  ])('%s', (_name, text) => {
    expect(decodeBytes(bytesOf(text))).toMatchObject({ ok: false, code: 'empty' });
  });
});

describe('invisible characters at the ends of a line', () => {
  it('are trimmed like spaces', () => {
    expect(splitLines('\u200Fعنوان\u200F\n\uFEFFنص \u061C\n\u2066 \u2069').map((l) => l.text)).toEqual([
      'عنوان',
      'نص',
      '',
    ]);
  });

  it('do not hide a dateline after a right-to-left mark or a mid-file BOM', () => {
    for (const mark of ['\u200F', '\uFEFF', '\u202B']) {
      const text = ['حفتر يغادر موسكو دون توقيع اتفاق', `${mark}القاهرة - أ ف ب: ${BODY}`, BODY2].join('\n');
      const article = ingestText(text);
      expect(article.dateline, mark.codePointAt(0)!.toString(16)).toMatchObject({
        place: 'القاهرة',
        source: 'أ ف ب',
      });
      expect(bodyOf(article)[0]).toBe(BODY.trim());
    }
  });

  it('do not stop a sentence from ending, or a caption from being one', () => {
    expect(endsSentence('انتهى الاجتماع.')).toBe(true);
    const text = [
      'حفتر يغادر موسكو دون توقيع اتفاق',
      'جانب من المحادثات في موسكو (رويترز)\u200F',
      `قال مسؤول إن ${BODY}\u200F`,
      `${BODY2}\u200F`,
    ].join('\n');
    const article = ingestText(text);
    expect(article.captions).toMatchObject([{ text: 'جانب من المحادثات في موسكو', credit: 'رويترز' }]);
    expect(bodyOf(article)).toEqual([`قال مسؤول إن ${BODY}`, BODY2]);
  });
});

describe('a tatweel is no letter', () => {
  it('is no word alone, and a line of tatweels has no words', () => {
    expect(countWords('ـ')).toBe(0);
    expect(countWords('حفتر ـ موسكو')).toBe(2);
    expect(countWords('ينايـر')).toBe(1);
    expect(hasNoWords('ـــــــ')).toBe(true);
    expect(hasNoWords('ـــ ـــ')).toBe(true);
    expect(hasNoWords('ـلـ')).toBe(false);
  });

  it('a separator line of tatweels is punctuation, not a paragraph', () => {
    const text = ['حفتر يغادر موسكو دون توقيع اتفاق', BODY, 'ـــــــــــــ', BODY2].join('\n');
    const article = ingestText(text);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
    expect(removedWith(article, 'punctuation')).toEqual(['ـــــــــــــ']);
  });
});

describe('one date lexicon for date stamps and datelines', () => {
  it.each([
    '13 جانفي 2020',
    '13 January 2020',
    '13 Jan. 2020',
    'Monday 13 January 2020',
    '13 يوليوز 2020',
    '5 غشت 2021',
    '5 شتنبر 2021',
    '5 نونبر 2021',
    '5 دجنبر 2021',
    'الخميس 3 جويلية 2020',
    '١٣ يناير ٢٠٢٠',
    '۱۳ يناير ۲۰۲۰',
    '14 ذي الحجة 1441 هـ',
    '10:12 صباحاً',
  ])('a date stamp: %s', (line) => expect(isDateOnly(line)).toBe(true));

  it('every month name of every calendar reads as a date, alone and in a dateline', () => {
    for (const month of MONTH_NAMES) {
      expect(isDateOnly(`14 ${month} 2020`), month).toBe(true);
      expect(matchDateline(`طرابلس 14 ${month} 2020 (وال) - ${BODY}`)?.source, month).toBe('وال');
    }
  });

  it('covers the Maghrebi, Moroccan, Levantine, Hijri and English names', () => {
    for (const name of [
      'جانفي',
      'جويلية',
      'أوت',
      'يوليوز',
      'غشت',
      'شتنبر',
      'نونبر',
      'دجنبر',
      'تشرين الأول',
    ]) {
      expect(MONTH_NAMES, name).toContain(name);
    }
    for (const name of ['محرم', 'جمادى الآخرة', 'ذو الحجة', 'رمضان', 'January', 'December'])
      expect(MONTH_NAMES, name).toContain(name);
  });

  it('a Hijri date in a dateline, era mark included', () => {
    const m = matchDateline(`الرياض 14 ذو القعدة 1441 هـ (واس) - ${BODY}`);
    expect(m).toMatchObject({ place: 'الرياض', source: 'واس', raw: 'الرياض 14 ذو القعدة 1441 هـ (واس) -' });
  });
});

describe('dateline patterns see through tatweel, diacritics and every digit script', () => {
  const WASAT_STRETCHED = 'القاهرة - بوابة الوسط الثلاثاء 14 ينايـر 2020، 10:12 صباحا';

  it('a tatweel inside the month', () => {
    const m = matchDateline(`${WASAT_STRETCHED} ${BODY}`, knownSources(registry));
    expect(m).toMatchObject({ place: 'القاهرة', source: 'بوابة الوسط', raw: WASAT_STRETCHED, rest: BODY });
  });

  it('diacritics on the weekday and the time of day, kept as written in raw', () => {
    const line = 'القاهرة - بوابة الوسط الثُّلاثاء 14 يناير 2020، 10:12 صباحاً';
    expect(matchDateline(`${line} ${BODY}`, knownSources(registry))).toMatchObject({
      source: 'بوابة الوسط',
      raw: line,
    });
  });

  it('Extended Arabic-Indic digits', () => {
    const m = matchDateline(`طرابلس ۱۴ يناير ۲۰۲۰ (وال) - ${BODY}`);
    expect(m).toMatchObject({ place: 'طرابلس', source: 'وال', raw: 'طرابلس ۱۴ يناير ۲۰۲۰ (وال) -' });
    expect(
      matchDateline(`القاهرة - بوابة الأهرام ۱۴-۰۱-۲۰۲۰ ۱۰:۱۲ - ${BODY}`, knownSources(registry))?.source,
    ).toBe('بوابة الأهرام');
  });

  it('through the pipeline: the source does not stay in the body', () => {
    const text = ['حفتر يغادر موسكو دون توقيع اتفاق', `${WASAT_STRETCHED} ${BODY}`, BODY2].join('\n');
    const article = ingestText(text);
    expect(article.dateline).toMatchObject({ source: 'بوابة الوسط', raw: WASAT_STRETCHED });
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
    expect(article.attribution).toMatchObject({ outletId: 'alwasat' });
    expectNothingLost(text, article);
  });
});

describe('a source line is a labelled source, not a headline quoting sources', () => {
  it('keeps "مصادر: …" as the headline', () => {
    const text = ['مصادر: إيران تعترف بإسقاط الطائرة', BODY, BODY2].join('\n');
    const article = ingestText(text);
    expect(article.title).toBe('مصادر: إيران تعترف بإسقاط الطائرة');
    expect(removedWith(article, 'source-line')).toEqual([]);
  });

  it.each([
    ['مصادر: إيران تعترف بإسقاط الطائرة', undefined],
    ['مصدر: الحكومة ستستقيل', undefined],
    ['المصدر: قال مسؤول', undefined],
    ['المصدر: وكالات', 'وكالات'],
    ['المصدر : رويترز', 'رويترز'],
    ['المصادر: رويترز، أ ف ب', 'رويترز، أ ف ب'],
    ['Source: Reuters', 'Reuters'],
  ])('%s', (line, source) => expect(matchSourceLine(line)).toBe(source));
});

describe('an era mark after a year ends a sentence', () => {
  it.each([
    [
      'تأسست الشركة عام 1950 م. وقال المدير إن الشركة توسعت.',
      ['تأسست الشركة عام 1950 م.', 'وقال المدير إن الشركة توسعت.'],
    ],
    [
      'تأسست الشركة عام ١٩٥٠م. وقال المدير إن الشركة توسعت.',
      ['تأسست الشركة عام ١٩٥٠م.', 'وقال المدير إن الشركة توسعت.'],
    ],
    ['ولد عام 1441 ه. وقال المدير إن الشركة توسعت.', ['ولد عام 1441 ه.', 'وقال المدير إن الشركة توسعت.']],
    ['ولد عام 1441 هـ. وقال المدير إن الشركة توسعت.', ['ولد عام 1441 هـ.', 'وقال المدير إن الشركة توسعت.']],
  ])('%s', (text, sentences) => expect(segmentSentences(text)).toEqual(sentences));

  it.each([
    'قال د. محمد إن الخطة جيدة.',
    'نقلت أ.ف.ب. عن مسؤول قوله إن الخطة جيدة.',
    'نقلت أ. ف. ب عن مسؤول قوله إن الخطة جيدة.',
    'وقال م. أحمد إن الخطة جيدة.',
  ])('an abbreviation still does not: %s', (text) => expect(segmentSentences(text)).toEqual([text]));
});

describe('the tags label is a whole word', () => {
  it.each(['tagsomething', 'وسومات', 'Keywordsmith', 'الوسومين'])('not a label: %s', (line) =>
    expect(matchTagsLabel(line)).toBeUndefined(),
  );
  it.each([
    ['وسوم: ليبيا، حفتر', 'ليبيا، حفتر'],
    ['الكلمات المفتاحية', ''],
    ['Tags: Libya', 'libya'],
  ])('a label: %s', (line, rest) => expect(matchTagsLabel(line)).toEqual({ rest }));
});

describe('a dateline source matches its marker with the key dateline finding uses', () => {
  const alarabiya = registry.find((o) => o.id === 'alarabiya')!;
  it.each([
    ['العربية.نت', 'دبي - (العربية نت):'],
    ['العربية نت', 'دبي - (العربية.نت):'],
  ])('marker %s, dateline %s', (marker, dateline) => {
    const only = [{ ...alarabiya, markers: { dateline: [marker] } }];
    const article = ingestText(
      ['حفتر يغادر موسكو دون توقيع اتفاق', `${dateline} ${BODY}`, BODY2].join('\n'),
      {
        registry: only,
      },
    );
    expect(article.dateline?.raw).toBe(dateline);
    expect(article.attribution).toMatchObject({ outletId: 'alarabiya', confidence: 'sure' });
  });
});

describe('lower-priority review items', () => {
  it('"تابع كذلك" opening a body sentence is not a read-also widget', () => {
    const line = 'تابع كذلك الوزير جولته في المحافظات الجنوبية على مدى يومين، وقال إن الخطة ستنفذ على مراحل.';
    expect(matchReadAlso(line)).toBeUndefined();
    expect(matchReadAlso('تابع المزيد من الأخبار الوزير قال إن الخطة ستنفذ')).toBeUndefined();
    expect(matchReadAlso('تابع المزيد: حفتر يغادر موسكو')).toEqual({ rest: 'حفتر يغادر موسكو' });
    expect(matchReadAlso('تابع أيضا')).toEqual({ rest: '' });
    expect(matchReadAlso('اقرأ أيضا: حفتر يغادر موسكو')).toEqual({ rest: 'حفتر يغادر موسكو' });
    const text = ['حفتر يغادر موسكو دون توقيع اتفاق', BODY, line, BODY2].join('\n');
    expect(bodyOf(ingestText(text))).toEqual([BODY, line, BODY2]);
  });

  it('"كتب" before a word that is no name is a headline, not a byline', () => {
    expect(matchByline('كتب جديدة')).toBeUndefined();
    expect(matchByline('إعداد كبيرة من اللاجئين')).toBeUndefined();
    expect(matchByline('كتب محمد علي')).toBe('محمد علي');
    expect(matchByline('كتب: وكالات')).toBe('وكالات');
    expect(matchByline('كتب - وكالات')).toBe('وكالات');
    expect(matchByline('بقلم سامي')).toBe('سامي');
    const article = ingestText(['كتب جديدة', BODY, BODY2].join('\n'));
    expect(article.title).toBe('كتب جديدة');
    expect(article.byline).toBeUndefined();
  });
});

describe('helpers extracted in review', () => {
  it('utf8SeqLength: the length of the sequence a byte starts', () => {
    expect(
      [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xef, 0xf0, 0xf4, 0xf5, 0xff].map(utf8SeqLength),
    ).toEqual([1, 1, 0, 0, 0, 0, 2, 2, 3, 3, 4, 4, 0, 0]);
  });

  it('findWhole: the index of the first whole-word occurrence', () => {
    expect(findWhole('البيانات ثم البيان', 'البيان')).toBe(12);
    expect(findWhole('البيانات', 'البيان')).toBe(-1);
    expect(findWhole('قال لـ«البيان» إن', 'لـ«البيان»')).toBe(4);
    expect(findWhole('x', '')).toBe(-1);
  });
});

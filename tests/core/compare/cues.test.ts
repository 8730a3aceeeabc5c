// Cue families on short sentences written for the tests (not the seeds), one pitfall per case,
// each positive and negative.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/core/compare/cues/cues.ts';
import { compareQuantities } from '../../../src/core/compare/cues/cues-numbers.ts';
import { parseStory } from '../../../src/core/corpus.ts';
import type { CueKind } from '../../../src/core/types.ts';
import { SEEDS_DIR } from '../helpers.ts';

const story = parseStory(JSON.parse(readFileSync(path.join(SEEDS_DIR, 'story.json'), 'utf8')));
const of = (text: string, kind: CueKind, options = {}) =>
  findCues(text, options)
    .filter((c) => c.kind === kind)
    .map((c) => (c.value === undefined ? c.text : `${c.text}=${c.value}`));

describe('findCues: offsets and order', () => {
  it('every cue is the text at its offsets, in text order, with diacritics and tatweel kept', () => {
    const text = 'وقـال الوزيرُ إنّ الطرفين لَمْ يوقّعا، وقد يوقعان غداً بعد ٦ ساعات؛ وكانت المحادثات قد بدأت أمس.';
    const cues = findCues(text, { published: '2020-01-13' });
    expect(cues.length).toBeGreaterThan(5);
    for (const c of cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    const starts = cues.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('negation', () => {
  it.each([
    ['قال إن الوفد لم يوقع على الوثيقة', ['لم=يوقع']],
    ['انتهى الاجتماع من دون التوقيع', ['من دون=التوقيع']],
    ['غادروا بدون اتفاق', ['بدون=اتفاق']],
    ['أعلن رفضه أي لقاء مع الطرف الآخر', ['رفضه=لقاء']],
    ['الجولة جرت بصورة غير مباشرة', ['غير=مباشرة']],
    ['أكد أن القوات لم ولن تنسحب', ['لم ولن=تنسحب']],
    ['وقال إنه لم يتم أي لقاء بين الوفدين', ['لم=لقاء']],
    ['انتهت الجولة بلا نتيجة', ['بلا=نتيجة']],
    ['وما وقع الطرفان على شيء', ['وما=وقع']],
  ])('%s', (text, expected) => expect(of(text, 'negation')).toEqual(expected));

  it.each([
    ['حضر الوزراء، لا سيما وزير الدفاع'],
    ['حضر الوزراء لاسيما وزير الدفاع'],
    ['غير أن الوفد غادر مبكرا'],
    ['لا بد من وقف القتال فورا'],
    ['ألا يعلم الجميع ما جرى؟'],
    ['وفق ما أفاد المتحدث الرسمي'],
    ['وهذا ما أكده المتحدث الرسمي'],
    ['وصف ما يسمى بالمجلس العسكري'],
    ['لا تزال المشاورات جارية'],
    ['نقلت الوكالة عن مصدر لم تسمه'],
    ['قال مصدر لم يكشف اسمه إن الجلسة انتهت'],
    ['ما زال الوفد في القاعة'],
  ])('no negation in «%s»', (text) => expect(of(text, 'negation')).toEqual([]));
});

describe('modality, future, ongoing, outcome, background', () => {
  it('«قد» + present is a modal; «قد» + past is already done; «قد» + a verbal noun is neither', () => {
    expect(of('وقد يوقعان على اتفاق', 'modality')).toEqual(['وقد يوقعان']);
    expect(of('وقد وقّع الطرفان على اتفاق', 'modality')).toEqual([]);
    expect(of('وقد وقّع الطرفان على اتفاق', 'outcome')).toContain('وقد وقّع');
    expect(of('قد انطلاق الجلسة', 'modality')).toEqual([]);
    expect(of('قد انطلاق الجلسة', 'outcome')).toEqual([]);
    expect(of('قد توصل الطرفان إلى تفاهم', 'modality')).toEqual([]);
  });

  it('expectation phrases', () => {
    expect(of('من المتوقع أن يوقع الطرفان', 'modality')).toEqual(['من المتوقع أن']);
    expect(of('وبحث الوزراء إمكانية التوقيع', 'modality')).toEqual(['إمكانية']);
    expect(of('ومن المنتظر أن يجتمع الوفدان', 'modality')).toEqual(['ومن المنتظر أن']);
  });

  it('future: سـ + a present verb, «سوف»; never a name or a noun', () => {
    expect(of('وسيوقع الطرفان الوثيقة', 'future')).toEqual(['وسيوقع']);
    expect(of('سوف يلتقي الوفدان', 'future')).toEqual(['سوف يلتقي']);
    expect(of('سيتم التوقيع مساء', 'future')).toEqual(['سيتم']);
    expect(of('التقى سيرغي لافروف نظيره وسيرجي شويغو', 'future')).toEqual([]);
    expect(of('ناقشوا السياسة والسياق وسيارة الوفد وسيطرة القوات', 'future')).toEqual([]);
    expect(of('بعد ستة أشهر وسنة كاملة', 'future')).toEqual([]);
  });

  it('a story actor whose name looks like a future verb is never one', () => {
    const actors = [{ id: 'x', label: { ar: 'سيتيان', en: 'X' }, aliases: ['سيتيان'] }];
    expect(of('وصل سيتيان إلى موسكو', 'future')).toEqual(['سيتيان']);
    expect(of('وصل سيتيان إلى موسكو', 'future', { actors })).toEqual([]);
  });

  it('future and modal in a quotation: a first-person verb, or «قال إنه سـ», is an intention', () => {
    expect(of('وقال الوزير: "سنوقع على أي اتفاق"', 'future')).toEqual(['سنوقع=intent']);
    expect(of('وقال حفتر إنه سيواصل الهجوم', 'future')).toEqual(['سيواصل=intent']);
    expect(of('وقال المتحدث إن "الوفدين سيلتقيان غدا"', 'future')).toEqual(['سيلتقيان=quoted']);
    expect(of('وقال المتحدث إن الوفدين سيلتقيان غدا', 'future')).toEqual(['سيلتقيان']);
  });

  it('ongoing: «الآن», «لا تزال», present «تتواصل» but not past «تواصلت»', () => {
    expect(of('المحادثات الجارية الآن', 'ongoing')).toEqual(['الجارية', 'الآن']);
    expect(of('لا تزال المشاورات مستمرة', 'ongoing')).toEqual(['لا تزال', 'مستمرة']);
    expect(of('وتتواصل المحادثات', 'ongoing')).toEqual(['وتتواصل']);
    expect(of('وتواصلت المحادثات لاحقا', 'ongoing')).toEqual([]);
  });

  it('outcome: past verbs of ending and signing; «من أجل» and «قبل انتهاء» are none', () => {
    expect(of('انتهت المحادثات وأجّل حفتر التوقيع', 'outcome')).toEqual(['انتهت', 'وأجّل']);
    expect(of('اجتمعوا من أجل التوصل إلى هدنة', 'outcome')).toEqual([]);
    expect(of('لأجل السلام', 'outcome')).toEqual([]);
    expect(of('غادر قبل انتهاء المحادثات', 'outcome')).toEqual(['غادر']);
  });

  it('background: «وكان»/«وكانت», «سبق أن», «في وقت سابق»; not «إذا كان»', () => {
    expect(of('وكانت المحادثات قد انطلقت أمس', 'background')).toEqual(['وكانت']);
    expect(of('وسبق أن أعلن الوزير موقفه', 'background')).toEqual(['وسبق أن']);
    expect(of('وفي وقت سابق، قال الوزير', 'background')).toEqual(['وفي وقت سابق']);
    expect(of('سنوقع إذا كان الاتفاق عادلا', 'background')).toEqual([]);
  });
});

describe('numbers and dates', () => {
  it.each([
    ['استمرت المحادثات 6 ساعات', ['6 ساعات=6 ساعات']],
    ['استمرت المحادثات ٦ ساعات', ['٦ ساعات=6 ساعات']],
    ['استمرت المحادثات لأكثر من 6 ساعات', ['لأكثر من 6 ساعات=>6 ساعات']],
    ['استمرت نحو سبع ساعات', ['نحو سبع ساعات=~7 ساعات']],
    ['زيارة لمدة يومين', ['يومين=2 أيام']],
    ['لن ينسحب خطوة واحدة', ['خطوة واحدة=1 خطوه']],
    ['نزح 140 ألف شخص', ['140 ألف شخص=140000 أشخاص']],
    ['بلغت الكلفة 1,500 دولار', ['1,500 دولار=1500 دولارات']],
    ['استمرت المحادثات 11 ساعة', ['11 ساعة=11 ساعات']],
  ])('%s', (text, expected) => expect(of(text, 'number')).toEqual(expected));

  it('a year or a day of the month is a date, not a quantity', () => {
    expect(of('منذ أبريل عام 2019 وفي 12 يناير', 'number')).toEqual([]);
  });

  it('hedged and exact counts compare', () => {
    expect(compareQuantities('>6 ساعات', '~7 ساعات')).toBe('compatible');
    expect(compareQuantities('6 ساعات', '9 ساعات')).toBe('conflict');
    expect(compareQuantities('>6 ساعات', '5 ساعات')).toBe('conflict');
    expect(compareQuantities('6 ساعات', '6 ساعات')).toBe('same');
    expect(compareQuantities('6 ساعات', '6 أيام')).toBe('unrelated');
  });

  it('dates resolve against the publication day', () => {
    const published = '2020-01-14'; // a Tuesday
    expect(of('وصل أمس إلى موسكو', 'date', { published })).toEqual(['أمس=2020-01-13']);
    expect(of('دخل حيز التنفيذ الأحد الماضي', 'date', { published })).toEqual(['الأحد الماضي=2020-01-12']);
    expect(of('منذ منتصف ليل 12 يناير', 'date', { published })).toEqual(['منتصف ليل 12 يناير=2020-01-12']);
    expect(of('بدأت صباح اليوم الاثنين', 'date', { published: '2020-01-13' })).toEqual([
      'صباح اليوم الاثنين=2020-01-13',
    ]);
    expect(of('مهلة حتى صباح الثلاثاء', 'date', { published: '2020-01-13' })).toEqual([
      'صباح الثلاثاء=2020-01-14',
    ]);
    expect(of('في 12 كانون الثاني 2020', 'date')).toEqual(['12 كانون الثاني 2020=2020-01-12']);
    expect(of('الهجوم مستمر منذ أبريل عام 2019', 'date')).toEqual(['أبريل عام 2019=2019-04']);
  });

  it('without a publication day a relative day keeps its words', () => {
    expect(of('دخل حيز التنفيذ الأحد الماضي', 'date')).toEqual(['الأحد الماضي=الاحد الماضي']);
    expect(of('وصل أمس', 'date')).toEqual(['أمس=امس']);
  });
});

describe('attribution', () => {
  it.each([
    ['وبحسب وكالة "رويترز"، شملت المسودة بنودا', 'وبحسب=وكالة "رويترز"'],
    ['أكد الجيش، الاثنين، أن قواته باقية', 'أكد=الجيش'],
    ['وذكر وزير الخارجية التركي، مولود أوغلو، أن الاتفاق قريب', 'وذكر=وزير الخارجية التركي، مولود أوغلو'],
    ['كشف مصدر مطلع عن تفاصيل اللقاء', 'كشف=مصدر مطلع'],
    ['ونقلت قناة "الأحرار" عن الوزير أن الجلسة انتهت', 'ونقلت=قناة "الأحرار" عن الوزير'],
    ['أكد مصدر عسكري رفيع المستوى لـ«الصحيفة» أن القوات باقية', 'أكد=مصدر عسكري رفيع المستوى'],
    ['بحسب ما نقلت وكالة الأنباء الرسمية', 'بحسب ما نقلت=وكالة الأنباء الرسمية'],
    ['وأعلن المجلس رفضه أي لقاء', 'وأعلن=المجلس'],
  ])('%s', (text, expected) => expect(of(text, 'attribution')[0]).toBe(expected));

  it('an unnamed source is an attribution, not a negation', () => {
    const text = 'نقلت الوكالة عن مصدر لم يكشف اسمه قوله إن الجلسة انتهت';
    expect(of(text, 'attribution')).toContain('لم يكشف اسمه=anonymous');
    expect(of(text, 'negation')).toEqual([]);
  });
});

describe('naming', () => {
  it('stance markers', () => {
    expect(of('رئيس ما يسمى بالمجلس العسكري', 'naming')).toEqual(['ما يسمى=so-called']);
    expect(of('الحكومة المعترف بها دوليا', 'naming')).toEqual(['المعترف بها دوليا=recognised']);
  });

  it('a short name in quotes is a stance; a medium in quotes or words quoted are not', () => {
    expect(of('قائد “الجيش الوطني الليبي” في الشرق', 'naming')).toEqual(['“الجيش الوطني الليبي”=quoted']);
    expect(of('وفد حكومة «الوفاق» في موسكو', 'naming')).toEqual(['«الوفاق»=quoted']);
    expect(of('وبحسب وكالة "رويترز" انتهت الجلسة', 'naming')).toEqual([]);
    expect(of('وقال إن "المحادثات مستمرة حتى المساء"', 'naming')).toEqual([]);
    expect(of('ودعا إلى "التفاوض مع الروس"', 'naming')).toEqual([]);
  });

  it("the story's actors by any alias, transliteration and proclitic, a title and a name as one", () => {
    const opts = { actors: story.actors };
    expect(of('التقى سيرجي لافروف نظيره', 'naming', opts)).toEqual(['سيرجي لافروف=lavrov']);
    expect(of('وقع فائز السراج وحفتر', 'naming', opts)).toEqual(['فائز السراج=sarraj', 'وحفتر=haftar']);
    expect(of('بين قائد الجيش الليبي ورئيس الحكومة', 'naming', opts)).toEqual(['قائد الجيش الليبي=haftar']);
    expect(of('وصل رئيس حكومة الوفاق، فايز السراج، إلى موسكو', 'naming', opts)).toEqual([
      'رئيس حكومة الوفاق، فايز السراج=sarraj',
    ]);
    expect(of('قال المستشار الإعلامي لرئيس البرلمان', 'naming', opts)).toEqual([
      'المستشار الإعلامي=safi',
      'لرئيس البرلمان=aguila-saleh',
    ]);
  });
});

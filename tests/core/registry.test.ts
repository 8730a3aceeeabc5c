// The real outlet registry (seeds/outlets.json): every marker identifies its own outlet, and only
// it, from a short snippet where its kind belongs; common words, wire datelines and outlets cited
// as someone else's source identify nobody. A wrong attribution is worse than "unidentified".
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../src/core/text/fold-arabic.ts';
import type { OutletMarkers } from '../../src/core/types.ts';
import { ingestText, registry } from './helpers.ts';

const TITLE = 'حفتر يغادر موسكو دون توقيع اتفاق وقف إطلاق النار مع السراج';
const P1 =
  'غادر قائد الجيش الليبي خليفة حفتر العاصمة الروسية موسكو صباح اليوم الثلاثاء دون التوقيع على اتفاق وقف إطلاق النار.';
const P2 =
  'وكانت المحادثات قد استمرت أكثر من سبع ساعات في مقر وزارة الخارجية الروسية بحضور وزراء من تركيا وروسيا.';

const ingest = (text: string) => ingestText(text, { file: 'x.txt' });
const article = (...body: string[]) => [TITLE, ...body].join('\n');

// Each widget marker as the whole clutter line it comes from on the outlet's pages.
const WIDGET_LINES: Record<string, string> = {
  'عدد الردود': 'عدد الردود 0',
  'ت + ت - الحجم الطبيعي': 'ت + ت - الحجم الطبيعي',
  'تابعوا آخر أخبار سكاي نيوز عربية': 'تابعوا آخر أخبار سكاي نيوز عربية عبر Google News',
  'بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية':
    '© 2020 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية. اقرأ عن طريقتنا في التعامل مع الروابط الخارجية.',
  'الموقع الإلكتروني لوكالة الأناضول يعرض جزءا من الأخبار المقدمة للمشتركين':
    'الموقع الإلكتروني لوكالة الأناضول يعرض جزءا من الأخبار المقدمة للمشتركين في نظام بث أخبار الأناضول (HAS)، وبشكل ملخص. يرجى التواصل معنا لخيارات الاشتراك.',
  'جميع الحقوق محفوظة لمؤسسة الأهرام': 'جميع الحقوق محفوظة لمؤسسة الأهرام © 2020',
  'المصدر : الجزيرة': 'المصدر : الجزيرة + وكالات',
  'المصدر: الجزيرة': 'المصدر: الجزيرة',
};

/** A short article carrying one marker where its kind belongs. */
const SNIPPET: Record<keyof OutletMarkers, (marker: string) => string> = {
  dateline: (m) => article(`موسكو - (${m}): ${P1}`, P2),
  header: (m) => [m, 'أخبار', TITLE, P1, P2].join('\n'),
  selfReference: (m) =>
    article(P1, `وقال مصدر مطلع في تصريح خاص ${m} إن جولة جديدة من المحادثات ستعقد في برلين الأحد المقبل.`),
  widget: (m) => article(P1, P2, 'شارك', WIDGET_LINES[m] ?? m),
  domain: (m) => article(P1, P2, `رابط الخبر: https://${m}/news/2020/01/14/4585095`),
};

const KINDS = Object.keys(SNIPPET) as (keyof OutletMarkers)[];
const cases = registry.flatMap((o) =>
  KINDS.flatMap((kind) => (o.markers[kind] ?? []).map((marker) => [o.id, kind, marker] as const)),
);

describe('every marker identifies its outlet, and no other, where its kind belongs', () => {
  it.each(cases)('%s: %s %s', (id, kind, marker) => {
    const a = ingest(SNIPPET[kind](marker));
    expect(a.attribution.outletId).toBe(id);
    expect(a.attribution.evidence.map((e) => e.kind)).toContain(kind);
    expect(a.notes.filter((n) => n.includes('also points to'))).toEqual([]);
  });

  it('every widget marker has its clutter line above', () => {
    for (const o of registry) for (const w of o.markers.widget ?? []) expect(WIDGET_LINES[w]).toBeDefined();
  });
});

describe('the registry', () => {
  it('keeps the five seed outlets first, with their ids', () => {
    expect(registry.slice(0, 5).map((o) => o.id)).toEqual([
      'alarabiya',
      'ahlmasr',
      'youm7',
      'albayan',
      'turkeyalaan',
    ]);
  });

  it('no marker names two outlets', () => {
    const owner = new Map<string, string>();
    for (const o of registry) {
      for (const kind of KINDS) {
        for (const m of o.markers[kind] ?? []) {
          const key = `${kind === 'domain' ? 'domain' : 'text'}:${foldArabic(m)}`;
          const other = owner.get(key);
          expect(other === undefined || other === o.id, `"${m}" is a marker of ${other} and ${o.id}`).toBe(
            true,
          );
          owner.set(key, o.id);
        }
      }
    }
  });

  it('no bare common word or wire agency as a dateline, self-reference or header marker', () => {
    const banned = [
      'الوطن',
      'الشرق',
      'الحرة',
      'الوسط',
      'الخليج',
      'الشروق',
      'المرصد',
      'الميادين',
      'الأهرام',
      'القدس',
      'رويترز',
      'أ ف ب',
      'فرانس برس',
      'أ ب',
      'د ب أ',
      'أ ش أ',
      'وال',
      'سبوتنيك',
      'RT',
      'روسيا اليوم',
    ].map(foldArabic);
    for (const o of registry) {
      for (const m of [
        ...(o.markers.dateline ?? []),
        ...(o.markers.selfReference ?? []),
        ...(o.markers.header ?? []),
      ]) {
        expect(banned, `${o.id}: "${m}"`).not.toContain(foldArabic(m));
      }
    }
  });
});

describe('real page forms', () => {
  it.each([
    ['alwasat', article(`القاهرة - بوابة الوسط: ${P1}`, P2)],
    [
      'alwasat',
      article(P1, 'وأكد عضو مجلس النواب في تصريحات خاصة إلى «بوابة الوسط» أن الاتفاق لم يوقع بعد.'),
    ],
    ['alquds', article(`موسكو ـ «القدس العربي»: ${P1}`, P2)],
    ['alquds', article(P1, 'وقال مصدر دبلوماسي لـ«القدس العربي» إن أنقرة وموسكو اتفقتا على مسودة جديدة.')],
    ['arabi21', article(P1, 'وقال المحلل السياسي الليبي في حديث لـ"عربي21" إن حفتر يراهن على الوقت.')],
    ['rt-arabic', article(P1, 'وقال نائب وزير الخارجية الروسي في حديث لـRT إن موسكو ستواصل جهودها.')],
    [
      'sputnik-arabic',
      article(P1, 'وقال عضو مجلس النواب الليبي في تصريح لـ"سبوتنيك" إن وفد البرلمان غادر موسكو.'),
    ],
    ['dw-ar', article(P1, 'وقال الباحث في الشأن الليبي في مقابلة مع DW عربية إن مؤتمر برلين سيحسم الأمر.')],
    ['alhurra', article(P1, 'وقال المحلل الليبي في حديث لموقع "الحرة" إن روسيا تريد دورا أكبر في ليبيا.')],
    [
      'almasryalyoum',
      article(P1, 'وقال مصدر دبلوماسي مصري لـ«المصري اليوم» إن القاهرة تتابع المحادثات عن كثب.'),
    ],
    ['masrawy', article(P1, 'وقال السفير الليبي السابق لمصراوي إن حفتر لن يوقع دون ضمانات.')],
    ['hespress', article(P1, 'وقال أستاذ العلاقات الدولية لهسبريس إن الرباط تدعم حلا سياسيا في ليبيا.')],
    ['echorouk', [`الشروق أونلاين`, 'الرئيسية / العالم', TITLE, P1, P2].join('\n')],
    [
      'skynewsarabia',
      ['سكاي نيوز عربية', 'الشرق الأوسط', TITLE, 'سكاي نيوز عربية - أبوظبي', P1, P2].join('\n'),
    ],
    ['ahram', article(P1, P2, 'رابط دائم: https://gate.ahram.org.eg/News/2363522.aspx')],
    ['france24-ar', article(P1, P2, 'https://www.france24.com/ar/20200114-ليبيا-حفتر-موسكو')],
  ])('%s', (id, text) => {
    expect(ingest(text).attribution.outletId).toBe(id);
  });
});

describe('ambiguous common words identify nobody', () => {
  it.each([
    ['صحيفة الوطن', article(P1, 'وقالت صحيفة الوطن إن الاجتماع المقبل سيعقد في برلين.')],
    ['لـ«الوطن»', article(P1, 'وقال مصدر عسكري لـ«الوطن» إن القوات باقية في مواقعها.')],
    ['الوطن as a header', ['الوطن', 'ليبيا', TITLE, P1, P2].join('\n')],
    ['في الشرق', article(P1, 'وتسيطر قوات حفتر على معظم المدن في الشرق والجنوب.')],
    ['الشرق as a header', ['الشرق', 'عربي ودولي', TITLE, P1, P2].join('\n')],
    ['لـ"الشرق"', article(P1, 'وقال مصدر مطلع لـ"الشرق" إن الوفد غادر موسكو.')],
    ['(الشرق) dateline', article(`الدوحة - (الشرق): ${P1}`, P2)],
    ['الشرق الأوسط as a section line', ['الشرق الأوسط', TITLE, P1, P2].join('\n')],
    [
      'الحرة as a word',
      article(P1, 'وتطالب القوى السياسية بإجراء الانتخابات الحرة وفتح المنطقة الحرة في مصراتة.'),
    ],
    ['الحرة as a header', ['الحرة', TITLE, P1, P2].join('\n')],
    ['الوسط as a word', article(P1, 'ووقعت الاشتباكات في الوسط والجنوب، وفق الحلول الوسط المطروحة.')],
    ['(الوسط) dateline', article(`المنامة - (الوسط): ${P1}`, P2)],
    ['لـ«الوسط»', article(P1, 'وقال مسؤول لـ«الوسط» إن البرلمان سيجتمع الأسبوع المقبل.')],
    [
      'الخليج in a sentence',
      article(P1, 'وتتابع دول الخليج المحادثات، فيما قال مسؤول لصحيفة الخليج تايمز إن الإمارات تدعمها.'),
    ],
    ['الخليج as a header', ['الخليج', TITLE, P1, P2].join('\n')],
    ['(الخليج) dateline', article(`دبي - (الخليج): ${P1}`, P2)],
    ['لـ"الشروق"', article(P1, 'وقال مصدر مطلع لـ"الشروق" إن الحكومة تتابع الوضع في ليبيا.')],
    ['الشروق as a header', ['الشروق', TITLE, P1, P2].join('\n')],
    [
      'المرصد السوري',
      article(P1, 'وقال مدير المرصد السوري لحقوق الإنسان لـ"المرصد" إن مقاتلين سوريين نقلوا إلى ليبيا.'),
    ],
    [
      'الميادين as a place and a word',
      article(`دير الزور - الميادين: ${P1}`, 'ونزل المتظاهرون للميادين في طرابلس.'),
    ],
    ['روسيا اليوم as words', article(P1, 'وأعلنت روسيا اليوم الثلاثاء أن المحادثات ستستأنف.')],
    ['الجنيه المصري اليوم', article(P1, 'واستقر سعر الجنيه المصري اليوم أمام الدولار.')],
    ['لفرانس برس', article(P1, 'وقال مسؤول ليبي لفرانس برس إن حفتر طلب مهلة.')],
    ['218 as a number', article(P1, 'وقتل 218 شخصا منذ بدء الهجوم، وأرسلت المساعدات لـ218 أسرة نازحة.')],
    ['للجزيرة العربية', article(P1, 'وتعود جذور القبيلة للجزيرة العربية.')],
  ])('%s', (_name, text) => {
    expect(ingest(text).attribution.method).toBe('none');
  });

  it.each([
    ['(رويترز)', `موسكو (رويترز) - ${P1}`],
    ['(أ ف ب)', `موسكو - (أ ف ب): ${P1}`],
    ['أ ش أ', `القاهرة - أ ش أ: ${P1}`],
    ['(وال)', `طرابلس - (وال): ${P1}`],
    ['(سبوتنيك)', `موسكو - (سبوتنيك): ${P1}`],
  ])('a wire dateline %s', (_name, line) => {
    const a = ingest(article(line, P2));
    expect(a.dateline?.source).toBeDefined();
    expect(a.attribution.method).toBe('none');
  });
});

describe('an outlet cited as a source is not the publisher', () => {
  it.each([
    article(P1, 'وذكر المجلس الرئاسي ذلك نقلا عن القدس العربي التي نشرت نص المسودة.'),
    article(P1, 'وغادر الوفد موسكو بحسب سبوتنيك، التي أكدت أن التوقيع أرجئ.'),
    article(P1, 'وذلك بحسب ما قاله مصدر لـ"سبوتنيك" في وقت سابق اليوم.'),
    article(P1, 'وجاء ذلك نقلا عن تصريحات لـ«القدس العربي» أدلى بها المشري.'),
    article(P1, 'وأوردته قناة RT نقلا عن مصادر روسية، وفق ما قاله لـRT مسؤول في الخارجية.'),
    article(P1, 'ونقلت قناة "ليبيا الأحرار" عن المشري قوله إنه رفض أي لقاء مع حفتر.'),
    article(P1, 'وقال الصافي، في تصريح لوكالة أنباء "سبوتنيك"، إن عقيلة صالح سيتوجه إلى موسكو.'),
    article(P1, 'وذكرت صحيفة «العربي الجديد» أن الوفد التركي غادر أولا.'),
  ])('%#', (text) => {
    expect(ingest(text).attribution.method).toBe('none');
  });
});

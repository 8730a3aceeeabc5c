// Realistic scraped pages the pipeline was not developed on (tests/fixtures/unseen), with what a
// careful editor expects of each: the headline, byline and dateline where the page clearly has
// them, key body sentences, every clutter line removed with a sensible reason, and no body line lost.
// Expectations were written from reading the pages, before running the pipeline on them.
//
// Reasons are the RemovalReason set: the site's own notices (copyright footers, cookie and newsletter
// prompts, view counters) are `site-notice`; topic tags are `tags` (or `latest-news` inside a list).
import { describe, expect, it } from 'vitest';
import type { Article, RemovalReason } from '../../src/core/types.ts';
import { bodyOf, expectNothingLost, ingestText, ROOT, readFixture, txtFiles } from './helpers.ts';

const UNSEEN_DIR = `${ROOT}/tests/fixtures/unseen`;

type Reasons = RemovalReason[];
const HEADER: Reasons = ['header'];
const DATE: Reasons = ['header'];
const SHARE: Reasons = ['share'];
const CHROME: Reasons = ['site-notice'];
const TAGS: Reasons = ['tags', 'latest-news'];

interface Expected {
  title: string | null;
  byline?: string;
  dateline?: { place?: string; source?: string; raw?: string } | null;
  captions?: { includes: string; credit?: string }[];
  /** The outlet the text identifies; `null`: none (unidentified). */
  outlet?: string | null;
  /** Text that must be in the body (substring of one paragraph). */
  body: string[];
  /** Sentences that must come out whole, as one sentence (quotes, abbreviations, numbers). */
  sentences?: string[];
  /** Exact clutter lines and the reasons that would be sensible for them. */
  clutter: [string, Reasons][];
}

const EXPECTED: Record<string, Expected> = {
  'aljazeera-morocco-quake.txt': {
    title: 'زلزال المغرب.. ارتفاع عدد الضحايا إلى أكثر من ألفي قتيل وسباق مع الزمن في قرى الأطلس',
    dateline: { place: 'الرباط', raw: 'الرباط-' },
    captions: [{ includes: 'جانب من الدمار الذي خلفه الزلزال', credit: 'رويترز' }],
    outlet: 'aljazeera',
    body: [
      'أعلنت وزارة الداخلية المغربية، مساء الأحد، ارتفاع حصيلة ضحايا الزلزال',
      'وقالت الوزارة في بيان إن أغلب الضحايا سقطوا',
      'ومن جهته، أوضح المعهد الوطني للجيوفيزياء',
      'وقبلت الرباط عروض مساعدة من إسبانيا وبريطانيا وقطر والإمارات',
    ],
    sentences: [
      'وفي قرية أمزميز، قال محمد آيت الحاج (52 عاما) للجزيرة نت إن "البيوت الطينية انهارت في ثوان. لم نتمكن من إخراج جيراننا إلا بأيدينا، وما زالت عائلات بأكملها تحت الركام".',
    ],
    clutter: [
      ['الجزيرة', HEADER],
      ['أخبار|زلازل', HEADER],
      ['10/9/2023', DATE],
      ['|آخر تحديث: 10/9/202303:41 PM (توقيت مكة المكرمة)', DATE],
      ['حفظ', ['header', 'share']],
      ['شارك', SHARE],
      ['click here to share on social media', SHARE],
      ['share2', SHARE],
      ['اقرأ أيضا', ['read-also']],
      ['list 1 of 2', ['read-also']],
      ['المغرب يعلن الحداد الوطني 3 أيام بعد الزلزال المدمر', ['read-also']],
      ['list 2 of 2', ['read-also']],
      ['كيف تتشكل الزلازل ولماذا يصعب التنبؤ بها؟', ['read-also']],
      ['end of list', ['read-also']],
      ['المصدر : الجزيرة + وكالات', ['source-line']],
    ],
  },

  'bbc-sudan-jeddah.txt': {
    title: 'محادثات جدة: طرفا النزاع في السودان يوقعان اتفاقا لهدنة قصيرة الأمد',
    byline: 'محمد عثمان',
    dateline: null,
    captions: [
      { includes: 'Getty Images', credit: 'Getty Images' },
      { includes: 'دخان يتصاعد فوق الخرطوم' },
      { includes: 'Reuters', credit: 'Reuters' },
      { includes: 'سودانيون ينتظرون عبور الحدود' },
    ],
    outlet: 'bbcarabic',
    body: [
      'وقع ممثلو الجيش السوداني وقوات الدعم السريع في مدينة جدة السعودية',
      'ويأتي الاتفاق بعد أكثر من خمسة أسابيع من القتال',
      'ويرى محللون أن نجاح الهدنة يتوقف',
      'تقف على حافة حرب أهلية شاملة',
    ],
    sentences: [
      'وأضافت: "سمعنا عن هدن كثيرة من قبل. في كل مرة يتوقف القصف ساعة ثم يعود أشد من قبل".',
      'وقالت سلمى عبد الله، وهي من سكان حي الصحافة جنوبي الخرطوم، لبي بي سي إنها لا تثق كثيرا في صمود الهدنة.',
    ],
    clutter: [
      ['تخطى إلى المحتوى', HEADER],
      ['BBC News, عربي', HEADER],
      ['تخطى إلى القائمة', HEADER],
      ['الرئيسية', HEADER],
      ['أخبار', HEADER],
      ['رياضة', HEADER],
      ['اقتصاد', HEADER],
      ['Article information', ['header', 'byline']],
      ['Author, محمد عثمان', ['byline']],
      ['Role, بي بي سي نيوز عربي - الخرطوم', ['header', 'byline']],
      ['قبل 3 ساعات', DATE],
      ['اقرأ أيضاً:', ['read-also']],
      ['السودان: ما هي قوات الدعم السريع ومن يقودها؟', ['read-also']],
      ['من هو عبد الفتاح البرهان؟', ['read-also']],
      ['المزيد حول هذه القصة', ['latest-news']],
      ['مصر تستقبل عشرات الآلاف من الفارين من القتال في السودان', ['latest-news']],
      ['29 أبريل/ نيسان 2023', ['latest-news']],
      ['السودان: المعارك تتواصل في الخرطوم رغم إعلان هدنة جديدة', ['latest-news']],
      ['15 مايو/ أيار 2023', ['latest-news']],
      ['الأكثر قراءة', ['latest-news']],
      ['1', ['latest-news']],
      ['الأرصاد تحذر من موجة حر غير مسبوقة في مصر', ['latest-news']],
      ['2', ['latest-news']],
      ['لماذا ترتفع أسعار الذهب رغم تراجع التضخم؟', ['latest-news']],
      [
        '© 2023 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية. اقرأ عن طريقتنا في التعامل مع الروابط الخارجية.',
        ['site-notice', 'latest-news'],
      ],
    ],
  },

  'aawsat-gerd-talks.txt': {
    title: 'مصر تتهم إثيوبيا بـ«التعنت» بعد فشل جولة جديدة من مفاوضات «سد النهضة»',
    dateline: { place: 'القاهرة', source: 'الشرق الأوسط', raw: 'القاهرة ـ «الشرق الأوسط»:' },
    captions: [{ includes: 'وزير الخارجية المصري سامح شكري', credit: 'رويترز' }],
    outlet: 'aawsat',
    body: [
      // The standfirst under the headline is the outlet's own text.
      'القاهرة تلوّح بـ«الحفاظ على أمنها المائي» وأديس أبابا تتمسك بالملء الخامس',
      'أعلنت مصر، الثلاثاء، انتهاء الجولة الأخيرة من مفاوضات «سد النهضة»',
      'في المقابل، قال وزير الخارجية الإثيوبي',
      'وكانت مصر والسودان وإثيوبيا قد استأنفت المفاوضات في أغسطس (آب) الماضي',
    ],
    sentences: [
      'وقالت وزارة الموارد المائية والري المصرية في بيان إن «الجانب الإثيوبي تراجع عن التفاهمات التي جرى التوصل إليها سابقاً. وهو ما يؤكد غياب الإرادة السياسية للوصول إلى اتفاق ملزم».',
      'وأوضح خبير المياه المصري د. عباس شراقي لـ«الشرق الأوسط» أن «الملء الخامس سيرفع المخزون إلى نحو 64 مليار متر مكعب»، لافتاً إلى أن تأثيره على مصر «سيظهر بوضوح في سنوات الجفاف».',
    ],
    clutter: [
      ['الشرق الأوسط', HEADER],
      ['العالم العربي', HEADER],
      ['الثلاثاء - 6 جمادى الآخرة 1445 هـ - 19 ديسمبر 2023 م', DATE],
      ['نسخ الرابط', SHARE],
      ['مصر', TAGS],
      ['إثيوبيا', TAGS],
      ['سد النهضة', TAGS],
      ['اختيارات المحرر', ['latest-news']],
      ['السيسي يستقبل رئيس الوزراء الإثيوبي في القاهرة', ['latest-news']],
      ['شح المياه يهدد الزراعة في دلتا النيل', ['latest-news']],
    ],
  },

  'anadolu-izmir-fires.txt': {
    title: 'حرائق غابات في إزمير التركية.. إجلاء سكان 4 أحياء وتعبئة 800 عنصر إطفاء',
    byline: 'زينب بيلغين',
    dateline: { place: 'إزمير', source: 'الأناضول' },
    captions: [{ includes: 'عناصر إطفاء يكافحون النيران', credit: 'الأناضول' }],
    outlet: 'aa-ar',
    body: [
      // The agency's summary bullet under the headline is its own text.
      '- والي إزمير: 12 طائرة و20 مروحية تشارك في إخماد الحرائق التي اندلعت في 3 مناطق',
      'أعلنت ولاية إزمير غربي تركيا، الجمعة، إجلاء سكان 4 أحياء',
      'وأشار الوزير إلى فتح تحقيق لمعرفة أسباب اندلاع الحرائق',
      'وتشهد تركيا كل صيف حرائق غابات واسعة',
    ],
    sentences: [
      'من جهته، قال وزير الزراعة والغابات التركي إبراهيم يوماقلي عبر منصة "إكس" إن "الرياح التي تتجاوز سرعتها 60 كيلومترا في الساعة تصعّب عمليات الإطفاء. نعمل على مدار الساعة لحماية السكان والغابات".',
    ],
    clutter: [
      ['الأناضول', HEADER],
      ['العالم', HEADER],
      ['تركيا', HEADER],
      ['|', ['punctuation']],
      ['16.08.2024', DATE],
      ['إزمير/ زينب بيلغين/ الأناضول', ['byline', 'header']],
      [
        'الموقع الإلكتروني لوكالة الأناضول يعرض جزءا من الأخبار المقدمة للمشتركين في نظام بث أخبار الأناضول (HAS)، وبشكل ملخص. يرجى التواصل معنا لخيارات الاشتراك.',
        CHROME,
      ],
    ],
  },

  'skynews-derna-floods.txt': {
    title: 'ليبيا.. ارتفاع حصيلة ضحايا فيضانات درنة وتحذيرات من انتشار الأوبئة',
    dateline: null,
    captions: [{ includes: 'صورة من درنة تظهر حجم الدمار', credit: 'رويترز' }],
    // Named only in its header line (and a follow-us widget), both registry markers.
    outlet: 'skynewsarabia',
    body: [
      // The "ملخص" bullets are the outlet's own summary.
      'ارتفاع عدد القتلى إلى أكثر من 5 آلاف والمفقودين إلى 10 آلاف',
      'الأمم المتحدة تحذر من "أزمة ثانية" بسبب المياه الملوثة',
      'أعلنت السلطات في شرق ليبيا، الأربعاء، ارتفاع حصيلة ضحايا الفيضانات',
      'وانهار سدان قديمان جنوبي المدينة',
      'ووصلت إلى مطار بنينا في بنغازي طائرات تحمل مساعدات',
    ],
    sentences: [
      'وقال وزير الصحة في الحكومة المكلفة من البرلمان عثمان عبد الجليل إن "فرق الإنقاذ تنتشل الجثث من البحر ومن تحت الأنقاض. الوضع كارثي بكل المقاييس".',
    ],
    clutter: [
      ['سكاي نيوز عربية', HEADER],
      ['الشرق الأوسط', HEADER],
      ['سكاي نيوز عربية - أبوظبي', ['header', 'byline']],
      ['نشر في: 14 سبتمبر 2023 - 12:45 ص بتوقيت أبوظبي', DATE],
      ['آخر تحديث: 14 سبتمبر 2023 - 03:10 ص بتوقيت أبوظبي', DATE],
      ['ملخص', HEADER],
      ['شاهد أيضا', ['read-also']],
      ['فيديو يظهر لحظة انهيار جسر في درنة', ['read-also']],
      ['تابعوا آخر أخبار سكاي نيوز عربية عبر Google News', ['share', 'site-notice']],
      ['الكلمات المفتاحية', TAGS],
      ['ليبيا', TAGS],
      ['درنة', TAGS],
      ['العاصفة دانيال', TAGS],
      ['فيضانات', TAGS],
    ],
  },

  'independent-arabia-france-pensions.txt': {
    title: 'متظاهرون يحتشدون في باريس ومدن فرنسية احتجاجا على رفع سن التقاعد',
    dateline: null,
    captions: [{ includes: 'متظاهرون خلال مسيرة ضد إصلاح نظام التقاعد', credit: 'أ ف ب' }],
    outlet: 'independentarabia',
    body: [
      'النقابات تتعهد بمواصلة التعبئة والحكومة تراهن على تراجع زخم الشارع',
      'خرج مئات آلاف الفرنسيين، الثلاثاء، إلى الشوارع',
      'وأحصت وزارة الداخلية نحو 1.28 مليون متظاهر',
      'قدّرت نقابة CGT عدد المشاركين بأكثر من 3.5 مليون.',
      'في المقابل، دافعت رئيسة الوزراء إليزابيث بورن',
      'وتشير استطلاعات الرأي إلى أن نحو ثلثي الفرنسيين',
    ],
    sentences: [
      'وقال فيليب مارتينيز، الأمين العام للنقابة: "هذه أكبر تعبئة منذ عقود. الحكومة لا تستطيع تجاهل الشارع إلى ما لا نهاية".',
    ],
    clutter: [
      ['اندبندنت عربية', HEADER],
      ['الأخبار', HEADER],
      ['العالم', HEADER],
      ['الثلاثاء 7 مارس 2023 22:15', DATE],
      ['أ ف ب', ['header', 'byline']],
      ['اقرأ المزيد', ['read-also', 'latest-news']],
      [
        'يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)',
        ['read-also', 'latest-news'],
      ],
      ['ماكرون يتمسك بإصلاح التقاعد رغم الاحتجاجات', ['read-also', 'latest-news']],
      ['الإضرابات تشل حركة القطارات في فرنسا', ['read-also', 'latest-news']],
      ['فرنسا', TAGS],
      ['إيمانويل ماكرون', TAGS],
      ['نظام التقاعد', TAGS],
      ['احتجاجات', TAGS],
      ['جميع الحقوق محفوظة © اندبندنت عربية 2023', CHROME],
    ],
  },

  'hespress-drought-irrigation.txt': {
    title: 'الجفاف يدفع الحكومة المغربية إلى تقليص حصص مياه السقي في عدد من الأحواض',
    dateline: null,
    captions: [{ includes: 'صورة: هسبريس' }],
    outlet: 'hespress',
    body: [
      'قررت الحكومة المغربية تقليص حصص مياه السقي',
      'وأوضح الوزير أن الحكومة تسرّع إنجاز محطات تحلية مياه البحر',
      'وأثار القرار قلق المهنيين في القطاع الفلاحي',
      'ودعا خبراء إلى مراجعة السياسة الفلاحية',
    ],
    sentences: [
      'وقال نزار بركة، وزير التجهيز والماء، خلال جلسة بمجلس النواب، إن "نسبة ملء السدود لا تتجاوز 23 في المائة. ولذلك فالأولوية اليوم هي ضمان الماء الصالح للشرب".',
    ],
    clutter: [
      ['هسبريس', HEADER],
      ['مجتمع', HEADER],
      ['هسبريس - عبد الرحيم العسري', ['header', 'byline']],
      ['الثلاثاء 12 مارس 2024 - 17:30', DATE],
      ['تعليقات الزوار', ['comments']],
      ['1 - مواطن من سوس', ['comments']],
      ['منذ 3 ساعات', ['comments']],
      ['الماء أصبح أغلى من الذهب، يجب ترشيد الاستهلاك في المدن قبل البوادي.', ['comments']],
      ['2 - Karim', ['comments']],
      ['منذ ساعتين', ['comments']],
      ['لماذا لم تبنوا السدود في الوقت المناسب؟', ['comments']],
      [
        'المرجو عدم الإساءة للأشخاص أو المقدسات أو مهاجمة الأديان أو الأعراق، وعدم استخدام الكلمات النابية.',
        ['comments'],
      ],
      ['أضف تعليقك', ['comments']],
      ['حقوق النشر محفوظة © 2024 Hespress.com', ['site-notice', 'comments']],
    ],
  },

  'echorouk-wheat-imports.txt': {
    title: 'الحكومة تقرر استيراد 1.5 مليون طن من القمح لتأمين مخزون الحبوب',
    dateline: null,
    // "الشروق أونلاين", not the bare "الشروق" of Egypt's Al-Shorouk.
    outlet: 'echorouk',
    body: [
      'أقرّ مجلس الوزراء، برئاسة رئيس الجمهورية عبد المجيد تبون، الثلاثاء',
      'وأوضح بيان لرئاسة الجمهورية أن القرار يأتي',
      'وأمر الرئيس تبون بتسريع إنجاز صوامع التخزين الجديدة',
      'بحسب أرقام الديوان الجزائري المهني للحبوب (OAIC).',
    ],
    clutter: [
      ['الشروق أونلاين', HEADER],
      ['الرئيسية / الجزائر / أخبار', HEADER],
      [
        'يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. بمواصلة التصفح فإنك توافق على استخدامها.',
        CHROME,
      ],
      ['موافق', ['site-notice', 'header']],
      ['حسان حويشة', ['header', 'byline']],
      ['2024/05/14 – 18:25', DATE],
      ['مشاهدة 2341', ['site-notice', 'header']],
      ['0 تعليق', ['header', 'comments', 'site-notice']],
      ['اشترك في نشرتنا البريدية', CHROME],
      ['أدخل بريدك الإلكتروني ليصلك كل جديد', CHROME],
      ['البريد الإلكتروني', ['template', 'share']],
      ['اشتراك', CHROME],
      ['الشروق أونلاين © 2024 جميع الحقوق محفوظة', CHROME],
    ],
  },

  'wire-libya-central-bank.txt': {
    title: 'ليبيا: أزمة المصرف المركزي تتفاقم وتوقف إنتاج النفط في حقول رئيسية',
    byline: 'admin',
    dateline: { place: 'طرابلس', source: 'أ ف ب', raw: 'طرابلس (أ ف ب) -' },
    // A wire dateline on a site the registry does not know: unidentified, not AFP.
    outlet: null,
    body: [
      'تصاعدت الأزمة حول إدارة المصرف المركزي الليبي الاثنين',
      'في بيان نشرته على موقعها unsmil.unmissions.org',
      'ويعتمد الاقتصاد الليبي بشكل شبه كامل على عائدات النفط',
    ],
    sentences: [
      'وقال مسؤول في المؤسسة الوطنية للنفط لوكالة فرانس برس (أ.ف.ب) إن حقل الشرارة، أكبر الحقول الليبية، توقف بشكل شبه كامل.',
      'وقال المحلل الاقتصادي د. محمد الشحاتي لفرانس برس إن «الصراع على المصرف هو صراع على المال. فمن يسيطر على المصرف يسيطر على عائدات النفط، وهذا ما يفسر حدة المواجهة».',
    ],
    clutter: [
      ['الخبر اليوم', HEADER],
      ['أخبار عربية', HEADER],
      ['بواسطة admin', ['byline']],
      ['منذ يومين', DATE],
      ['0', ['header', 'template']],
      ['Facebook Twitter WhatsApp Telegram', SHARE],
      ['اقرأ أيضا: مجلس النواب الليبي يرفض قرار إقالة محافظ المصرف المركزي', ['read-also']],
      ['المصدر: أ ف ب', ['source-line']],
      ['مواضيع ذات صلة', ['latest-news']],
      ['الدبيبة يلتقي المبعوثة الأممية في طرابلس', ['latest-news']],
      ['منذ 3 أيام', ['latest-news']],
      ['انقطاع الكهرباء يعم مدنا في غرب ليبيا', ['latest-news']],
      ['منذ 4 أيام', ['latest-news']],
    ],
  },

  'ahram-rates-arabic-digits.txt': {
    title: 'البنك المركزي المصري يرفع أسعار الفائدة ٦٠٠ نقطة أساس ويحرر سعر الصرف',
    byline: 'أحمد عبد العظيم',
    dateline: null,
    outlet: 'ahram',
    body: [
      'قررت لجنة السياسة النقدية بالبنك المركزي المصري',
      'إلى ٢٧٫٢٥٪ و٢٨٫٢٥٪ على الترتيب',
      'وتراجع الجنيه المصري في البنوك إلى نحو ٤٩٫٥ جنيه للدولار',
      'ارتفع المؤشر الرئيسي للبورصة المصرية EGX30 بنسبة ٧٫٦٪',
      'ومن جانبها، أعلنت بنوك حكومية كبرى طرح شهادات ادخار جديدة',
    ],
    sentences: [
      'وقال د. حسن عبد الله، محافظ البنك المركزي، في بيان: "هذه الخطوة ضرورية لاستعادة الثقة. ونتوقع أن تتراجع معدلات التضخم تدريجيا خلال العام المقبل".',
      'وأوضح أ.د. محمد معيط، وزير المالية، أن الحكومة توصلت إلى اتفاق مع صندوق النقد الدولي لزيادة قيمة القرض إلى ٨ مليارات دولار، بعد شهور من المفاوضات.',
    ],
    clutter: [
      ['بوابة الأهرام', HEADER],
      ['الرئيسية » أخبار » اقتصاد وبورصة', HEADER],
      ['٦-٣-٢٠٢٤ | ١٢:٣٤', DATE],
      ['كتب- أحمد عبد العظيم', ['byline']],
      ['طباعة', SHARE],
      ['A A', ['font-size', 'header']],
      ['شاهد أيضا', ['read-also']],
      ['بالفيديو.. طوابير أمام البنوك لشراء شهادات الادخار الجديدة', ['read-also']],
      ['الكلمات الدالة:', TAGS],
      ['البنك المركزي، سعر الفائدة، الجنيه المصري، صندوق النقد الدولي', TAGS],
      ['عدد المشاهدات: ١٬٢٠٤', ['site-notice']],
      ['جميع الحقوق محفوظة لمؤسسة الأهرام © ٢٠٢٤', CHROME],
    ],
  },
  // These two were written after the rules above, as a check that they carry over: the first
  // passed as it was; the second needed one more rule (a byline ending in a colon).
  'alquds-gaza-aid.txt': {
    title: 'الأمم المتحدة: شاحنات المساعدات المتوقفة عند معبر رفح تكفي لأسبوع واحد فقط',
    dateline: { place: 'غزة', source: 'القدس العربي', raw: 'غزة ـ «القدس العربي»:' },
    captions: [{ includes: 'شاحنات محملة بالمساعدات تنتظر', credit: 'أ ب' }],
    outlet: 'alquds',
    body: [
      'قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، الخميس',
      'وأضاف أن الوقود "هو شريان الحياة للمستشفيات ومحطات تحلية المياه"',
      'وطالبت منظمات إنسانية دولية، من بينها "أطباء بلا حدود" و"أوكسفام"',
    ],
    sentences: [
      'وأوضح المتحدث باسم المكتب ينس لاركه في مؤتمر صحافي في جنيف أن "الاحتياجات هائلة. نتحدث عن أكثر من مليوني شخص يعتمدون كليا على المساعدات".',
      'ومن جانبه، قال د. أحمد المنظري، المدير الإقليمي لمنظمة الصحة العالمية، إن فرق المنظمة "سجلت ارتفاعا حادا في حالات الإسهال والأمراض التنفسية بين الأطفال في مراكز الإيواء".',
    ],
    clutter: [
      ['القدس العربي', HEADER],
      ['الرئيسية > سياسة > فلسطين', HEADER],
      ['منذ 5 ساعات', DATE],
      ['A+', ['font-size', 'header']],
      ['A-', ['font-size', 'header']],
      ['تعليقات', ['header', 'comments']],
      ['حجم الخط', ['font-size']],
      ['شاهد أيضا: فيديو.. طوابير طويلة أمام المخابز في دير البلح', ['read-also']],
      ['تابعونا على تلغرام وواتساب', SHARE],
      ['كلمات مفتاحية: غزة، معبر رفح، الأمم المتحدة، المساعدات الإنسانية', TAGS],
      ['التعليقات', ['comments']],
      ['محمد من عمان', ['comments']],
      ['الله يكون في عونهم، العالم كله يتفرج.', ['comments']],
      ['اترك تعليقاً', ['comments']],
      ['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', ['comments', 'site-notice']],
      ['الاسم', ['comments']],
      ['البريد الإلكتروني', ['comments', 'share']],
      ['إرسال التعليق', ['comments']],
    ],
  },

  'masrawy-exam-leak.txt': {
    title: 'التعليم: ضبط 12 طالبا بتهمة تسريب أسئلة امتحان الفيزياء عبر تطبيق تليجرام',
    byline: 'منى أحمد',
    dateline: null,
    captions: [{ includes: 'طلاب الثانوية العامة أثناء أداء الامتحان' }],
    outlet: 'masrawy',
    body: [
      'أعلنت وزارة التربية والتعليم والتعليم الفني، مساء اليوم الأحد، ضبط ١٢ طالبا',
      'وفقا لقانون مكافحة الغش في الامتحانات رقم ٢٠٥ لسنة ٢٠٢٠.',
      'ويؤدي نحو ٧٤٥ ألف طالب وطالبة امتحانات الثانوية العامة',
    ],
    sentences: [
      'وقال د. رضا حجازي، وزير التربية والتعليم، في بيان، إن "الوزارة رصدت الصفحات التي نشرت الأسئلة خلال ١٥ دقيقة من بدء الامتحان. وتم تحديد هوية الطلاب من خلال العلامات المائية على أوراق الأسئلة".',
    ],
    clutter: [
      ['مصراوي', HEADER],
      ['أخبار مصر', HEADER],
      ['تعليم', HEADER],
      ['كتبت- منى أحمد:', ['byline']],
      ['١٠:٣٥ م الأحد ١٦ يونيو ٢٠٢٤', DATE],
      ['شارك', SHARE],
      ['فيسبوك', SHARE],
      ['تويتر', SHARE],
      ['واتساب', SHARE],
      ['لينكدإن', SHARE],
      ['نسخ الرابط', SHARE],
      ['اقرأ أيضا:', ['read-also']],
      ['هل يتم إلغاء امتحان الفيزياء بعد تسريبه؟ الوزارة ترد', ['read-also']],
      ['جدول امتحانات الثانوية العامة ٢٠٢٤ بعد التعديل', ['read-also']],
      ['موضوعات متعلقة', ['latest-news']],
      ['بالأسماء.. أوائل الشهادة الإعدادية في القاهرة', ['latest-news']],
      ['منذ ٣ ساعات', ['latest-news']],
      ['الأرصاد: طقس شديد الحرارة غدا والعظمى في القاهرة ٤١ درجة', ['latest-news']],
      ['منذ ٥ ساعات', ['latest-news']],
      ['إعلان', ['latest-news', 'template']],
      ['جميع الحقوق محفوظة لـ مصراوي ٢٠٢٤', ['site-notice', 'latest-news']],
    ],
  },
};
const articles = new Map<string, { text: string; article: Article }>();
const load = (file: string) => {
  let entry = articles.get(file);
  if (!entry) {
    const text = readFixture(UNSEEN_DIR, file);
    entry = { text, article: ingestText(text, { file }) };
    articles.set(file, entry);
  }
  return entry;
};

const files = Object.keys(EXPECTED);

it('every unseen fixture has expectations, and the other way round', () => {
  expect(txtFiles(UNSEEN_DIR)).toEqual([...files].sort());
});

describe.each(files)('%s', (file) => {
  const want = EXPECTED[file]!;

  it('nothing is lost', () => {
    const { text, article } = load(file);
    expectNothingLost(text, article);
  });

  it('title, byline, dateline', () => {
    const { article } = load(file);
    expect(article.title).toBe(want.title);
    if (want.byline !== undefined) expect(article.byline).toBe(want.byline);
    if (want.dateline === null) expect(article.dateline).toBeUndefined();
    else if (want.dateline) expect(article.dateline).toMatchObject(want.dateline);
  });

  it('captions', () => {
    const { article } = load(file);
    for (const c of want.captions ?? []) {
      const found = article.captions.find((k) => k.text.includes(c.includes));
      expect(found, `caption with "${c.includes}" in ${JSON.stringify(article.captions)}`).toBeDefined();
      if (c.credit !== undefined) expect(found?.credit).toBe(c.credit);
    }
  });

  if (want.outlet !== undefined) {
    it('outlet from the text', () => {
      const { attribution } = load(file).article;
      if (want.outlet === null) expect(attribution.method).toBe('none');
      else expect(attribution.outletId).toBe(want.outlet);
    });
  }

  it('key body text is in the body, and whole sentences stay whole', () => {
    const { article } = load(file);
    const body = bodyOf(article);
    for (const needle of want.body) {
      expect(
        body.some((p) => p.includes(needle)),
        `body has "${needle}"`,
      ).toBe(true);
    }
    const sentences = article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    for (const s of want.sentences ?? []) expect(sentences, 'one whole sentence').toContain(s);
    // A body paragraph never appears twice.
    expect(new Set(body).size).toBe(body.length);
  });

  it('every clutter line is removed, with a sensible reason', () => {
    const { article } = load(file);
    const body = bodyOf(article);
    for (const [line, reasons] of want.clutter) {
      const removed = article.removed.filter((r) => r.text === line);
      expect(removed.length, `"${line}" removed`).toBeGreaterThan(0);
      for (const r of removed) expect(reasons, `reason for "${line}"`).toContain(r.reason);
      expect(body, `"${line}" not a body paragraph`).not.toContain(line);
    }
  });

  it('nothing else is removed: no body line is lost', () => {
    const { article } = load(file);
    const body = new Set(bodyOf(article));
    const clutter = new Set(want.clutter.map(([line]) => line));
    const unexpected = article.removed.filter((r) => {
      if (clutter.has(r.text)) return false;
      if (r.reason === 'title') return r.text !== want.title;
      if (r.reason === 'caption') return !article.captions.some((c) => r.text.includes(c.text));
      if (r.reason === 'byline') return article.byline === undefined || !r.text.includes(article.byline);
      // A second copy of a body paragraph.
      if (r.reason === 'repeated') {
        const raw = article.dateline?.raw;
        const rest = raw !== undefined && r.text.startsWith(raw) ? r.text.slice(raw.length).trim() : r.text;
        return !body.has(r.text) && !body.has(rest);
      }
      return true;
    });
    expect(unexpected).toEqual([]);
  });
});

// Known limitations, left visible rather than weakened above.
describe('known limitations', () => {
  // A reporter's name alone under the headline ("حسان حويشة"), or after the site's name
  // ("هسبريس - عبد الرحيم العسري"), or a wire credit alone ("أ ف ب"), is removed as a page-head
  // label, but not recognised as the byline: nothing in a bare name says it is one.
  it.todo('a bare reporter name under the headline becomes the byline (echorouk, hespress)');
  it.todo('a wire credit alone under the date becomes the byline (independent-arabia: "أ ف ب")');
});

// Word lists and patterns the dateline forms are built from: the date and time a dateline may
// carry ("الثلاثاء 14 يناير 2020، 10:12 صباحا"), wire agencies, common dateline places, and the
// words that show a phrase is a sentence, not a place or a source.

import { DAY_PERIODS, DIGIT, ERA_MARKS, MONTH_NAMES, WEEKDAYS } from '../text/date-words.ts';
import { foldArabic, loosePattern } from '../text/fold-arabic.ts';

const D = DIGIT;
const NOT_LETTER = String.raw`(?![\p{L}\p{M}])`;

/** Any of `words` in any spelling (see loosePattern), longest first, as a whole word. */
export const anyOf = (words: readonly string[]) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(loosePattern)
    .join('|')})${NOT_LETTER}`;

const WEEKDAY = String.raw`(?:${loosePattern('يوم')}\s+)?${anyOf(WEEKDAYS)}`;
const ONE_MONTH = anyOf(MONTH_NAMES);
// "يناير/ كانون الثاني", "يناير (كانون الثاني)": both calendars' names for one month.
const MONTH = String.raw`${ONE_MONTH}(?:\s*[/(]\s*${ONE_MONTH}\s*\)?)?`;
const ERA = String.raw`(?:\s*${anyOf(ERA_MARKS)}\.?)?`;
const DAY_MONTH_YEAR = String.raw`${D}{1,2}\s+${MONTH}(?:\s*[،,]?\s*${D}{4}(?!${D})${ERA})?`;
const NUMERIC = `(?:${D}{1,2}[/.-]${D}{1,2}[/.-](?:${D}{4}|${D}{2})|${D}{4}[/.-]${D}{1,2}[/.-]${D}{1,2})(?!${D})`;

/** A calendar date: `الثلاثاء 14 يناير 2020`, `14 يناير/ كانون الثاني`, `14-01-2020`. */
export const DATE = String.raw`(?:${WEEKDAY}\s*[،,]?\s*)?(?:${DAY_MONTH_YEAR}|${NUMERIC})`;

/** A clock time: `10:12 صباحا`, `الساعة 14:30`, `03:45 م`. */
export const TIME = String.raw`(?:${loosePattern('الساعة')}\s+)?${D}{1,2}:${D}{2}(?::${D}{2})?(?!${D})(?:\s*${anyOf(DAY_PERIODS)})?`;

/** Folded key of a source name: "أ.ف.ب" and "أ ف ب", "العربية.نت" and "العربية نت" compare equal. */
export const sourceKey = (text: string) => foldArabic(text.replace(/[.]/g, ' '));

// Wire agencies whose names are no ordinary word, so they read as a source even with no
// bracket or colon after them: "موسكو - سبوتنيك", "القاهرة - أ ش أ".
export const WIRE_AGENCIES = [
  'رويترز',
  'فرانس برس',
  'أ ف ب',
  'أ ب',
  'أسوشيتد برس',
  'د ب أ',
  'أ ش أ',
  'وال',
  'سبوتنيك',
  'سبوتنيك عربي',
  'الأناضول',
  'وكالة الأناضول',
  'تاس',
  'نوفوستي',
  'ريا نوفوستي',
  'شينخوا',
  'وام',
  'واس',
  'كونا',
  'سانا',
  'إرنا',
  'يو بي آي',
  'RT',
  // Not an agency but the credit of an article pieced together from several: "موسكو - (وكالات):".
  'وكالات',
  'وكالات الأنباء',
  'متابعات',
].map(sourceKey);

// Words found in outlets' names and not in a quoted remark: "بوابة الوسط", "وكالة الأنباء الليبية".
const OUTLET_WORDS = new Set(
  [
    'بوابة',
    'وكالة',
    'قناة',
    'صحيفة',
    'جريدة',
    'موقع',
    'إذاعة',
    'راديو',
    'تلفزيون',
    'نت',
    'نيوز',
    'أونلاين',
    'برس',
    'tv',
    'news',
  ].map(sourceKey),
);

export const looksLikeOutletName = (source: string) =>
  sourceKey(source)
    .split(' ')
    .some((w) => OUTLET_WORDS.has(w));

// Places that open datelines in Arabic news: capitals and the cities most often reported from.
const PLACES = new Set(
  [
    'القاهرة',
    'الإسكندرية',
    'طرابلس',
    'بنغازي',
    'مصراتة',
    'سرت',
    'سبها',
    'طبرق',
    'الزاوية',
    'تونس',
    'الجزائر',
    'الرباط',
    'الدار البيضاء',
    'نواكشوط',
    'الخرطوم',
    'دبي',
    'أبوظبي',
    'أبو ظبي',
    'الرياض',
    'جدة',
    'الدوحة',
    'الكويت',
    'المنامة',
    'مسقط',
    'صنعاء',
    'عدن',
    'عمان',
    'بغداد',
    'أربيل',
    'البصرة',
    'دمشق',
    'حلب',
    'بيروت',
    'القدس',
    'رام الله',
    'غزة',
    'الناصرة',
    'أنقرة',
    'إسطنبول',
    'اسطنبول',
    'طهران',
    'موسكو',
    'واشنطن',
    'نيويورك',
    'لندن',
    'باريس',
    'برلين',
    'روما',
    'جنيف',
    'بروكسل',
    'فيينا',
    'مدريد',
    'أثينا',
    'بكين',
    'طوكيو',
    'نيودلهي',
    'إسلام آباد',
    'كابول',
    'الأمم المتحدة',
    'ترهونة',
    'غريان',
    'الخمس',
    'زليتن',
    'درنة',
    'الكفرة',
    'أجدابيا',
    'البيضاء',
    'غدامس',
    'سوسة',
    'صفاقس',
    'قابس',
    'وهران',
    'قسنطينة',
    'عنابة',
    'مراكش',
    'فاس',
    'طنجة',
    'أكادير',
    'العيون',
    'أسوان',
    'الأقصر',
    'بورسعيد',
    'السويس',
    'الإسماعيلية',
    'المنصورة',
    'طنطا',
    'أسيوط',
    'العريش',
    'الموصل',
    'كركوك',
    'النجف',
    'كربلاء',
    'الفلوجة',
    'الرمادي',
    'السليمانية',
    'إدلب',
    'حمص',
    'حماة',
    'اللاذقية',
    'طرطوس',
    'درعا',
    'الرقة',
    'الحسكة',
    'القامشلي',
    'صيدا',
    'صور',
    'جنين',
    'نابلس',
    'الخليل',
    'حيفا',
    'إربد',
    'العقبة',
    'الزرقاء',
    'الدمام',
    'الشارقة',
    'تعز',
    'مأرب',
    'الحديدة',
    'المكلا',
    'أنطاليا',
    'سوتشي',
    'ميونخ',
    'باليرمو',
    'أوسلو',
    'ستوكهولم',
    'كوبنهاغن',
    'لاهاي',
    'أمستردام',
    'نيروبي',
    'باماكو',
    'نيامي',
    'داكار',
    'لاغوس',
    'أبوجا',
    'طشقند',
    'باكو',
    'يريفان',
    'كييف',
    'مينسك',
    'وارسو',
    'بودابست',
    'لشبونة',
    'بوخارست',
    'أوتاوا',
    'سيدني',
    'سيول',
    'شنغهاي',
    'بانكوك',
    'جاكرتا',
    'كوالالمبور',
    'مانيلا',
    'كراتشي',
    'لاهور',
    'مومباي',
    'دافوس',
    'دير الزور',
    'بيت لحم',
    'خان يونس',
    'رفح',
    'تل أبيب',
    'مكة المكرمة',
    'المدينة المنورة',
    'أديس أبابا',
    'غازي عنتاب',
    'سان بطرسبورغ',
    'بيونغ يانغ',
    'هونغ كونغ',
    'شرم الشيخ',
    'نيو يورك',
  ].map(sourceKey),
);

export const isCommonPlace = (place: string) => PLACES.has(sourceKey(place));

// Verbs and particles that open sentences: "قال: «…»", "القاهرة - قال مسؤول …" is no source.
const SENTENCE_WORDS = [
  'قال',
  'قالت',
  'أضاف',
  'أضافت',
  'تابع',
  'تابعت',
  'أكد',
  'أكدت',
  'أوضح',
  'أوضحت',
  'ذكر',
  'ذكرت',
  'أعلن',
  'أعلنت',
  'أفاد',
  'أفادت',
  'كشف',
  'كشفت',
  'أشار',
  'أشارت',
  'لفت',
  'لفتت',
  'شدد',
  'شددت',
  'نقل',
  'نقلت',
  'كتب',
  'كتبت',
  'غرد',
  'غردت',
  'صرح',
  'صرحت',
  'اعتبر',
  'اعتبرت',
  'رأى',
  'رأت',
  'يقول',
  'تقول',
  'يضيف',
  'تضيف',
  'مضيفا',
  'مضيفة',
  'متابعا',
  'موضحا',
  'مؤكدا',
  'مشيرا',
  'ختم',
  'زاد',
  'هو',
  'هي',
  'إن',
  'أن',
  'الذي',
  'التي',
  'حيث',
  'بحسب',
  'حسب',
  'وفق',
].map(sourceKey);
const SENTENCE_WORD_SET = new Set(SENTENCE_WORDS.flatMap((w) => [w, `و${w}`, `ف${w}`]));

/** Whether any word of the phrase opens or carries a sentence ("قال", "وأضاف", "إن"). */
export const hasSentenceWord = (phrase: string) =>
  sourceKey(phrase)
    .split(' ')
    .some((w) => SENTENCE_WORD_SET.has(w));

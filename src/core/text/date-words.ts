// The one lexicon of date words: the month names of every calendar Arabic outlets date by, weekdays,
// era marks, times of day and the digits of every script. Date stamps (line-shape) and datelines
// (dateline-words) are both built from it, so a month one of them knows the other knows too.
// Words are listed as written; users fold them (foldArabic) or make patterns of them (loosePattern).

/** A digit of any script news text uses: ASCII, Arabic-Indic (٠-٩), Extended Arabic-Indic (۰-۹). */
export const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';

/** Egypt, Sudan, the Gulf (and Morocco for most months). */
const EGYPTIAN = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
/** The Levant and Iraq (Syriac names), often given beside the Egyptian: "يناير/ كانون الثاني". */
const LEVANTINE = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
/** Algeria and Tunisia (from French). */
const MAGHREBI = [
  'جانفي',
  'فيفري',
  'مارس',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
/** Morocco. */
const MOROCCAN = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'ماي',
  'يونيو',
  'يوليوز',
  'غشت',
  'شتنبر',
  'أكتوبر',
  'نونبر',
  'دجنبر',
];
/** The Hijri calendar, as Gulf and Saudi outlets date by it: "6 جمادى الآخرة 1445 هـ". */
const HIJRI = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'ربيع الثاني',
  'جمادى الأولى',
  'جمادى الأول',
  'جمادى الآخرة',
  'جمادى الآخر',
  'جمادى الثانية',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
  'ذي القعدة',
  'ذي الحجة',
];
const ENGLISH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/** Every month name of every calendar, each once. */
export const MONTH_NAMES: readonly string[] = [
  ...new Set([...EGYPTIAN, ...LEVANTINE, ...MAGHREBI, ...MOROCCAN, ...HIJRI, ...ENGLISH]),
];

export const WEEKDAYS: readonly string[] = [
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sun',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
];

/** After a year: "1445 هـ" (Hijri), "2023 م" (Gregorian). */
export const ERA_MARKS: readonly string[] = ['هـ', 'م'];

/** After a clock time: "10:12 صباحا", "03:45 م", "9:30 PM". */
export const DAY_PERIODS: readonly string[] = [
  'صباحا',
  'صباح',
  'مساء',
  'مساءا',
  'ظهرا',
  'ظهر',
  'فجرا',
  'ص',
  'م',
  'AM',
  'PM',
];

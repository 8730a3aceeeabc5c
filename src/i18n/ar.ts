// The source catalog. Every string of the interface lives here; en.ts must carry the same ids and placeholders.
// ICU MessageFormat: Arabic plurals use the categories zero, one, two, few, many, other.

export const ar = {
  'app.name': 'تبيُّن',
  'app.tagline': 'قارن كيف روت وسائل الإعلام الحدث نفسه',
  'app.documentTitle': '{story} — تبيُّن',

  'skip.toColumns': 'انتقل إلى المقالات',

  'header.eventDate': 'تاريخ الحدث: {date}',
  'header.outletCount':
    '{count, plural, zero {لا وسيلة إعلام} one {وسيلة إعلام واحدة} two {وسيلتا إعلام} few {# وسائل إعلام} many {# وسيلة إعلام} other {# وسيلة إعلام}}',
  'header.unidentifiedCount':
    '{count, plural, zero {لا مصادر غير محدَّدة} one {مصدر واحد غير محدَّد} two {مصدران غير محدَّدين} few {# مصادر غير محدَّدة} many {# مصدرًا غير محدَّد} other {# مصدر غير محدَّد}}',
  'header.articleCount':
    '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}}',

  'lang.switch': 'English',
  'lang.switchTitle': 'Show the interface in English',
  'digits.switch': 'أرقام ١٢٣',
  'digits.switchTitle': 'اعرض الأرقام بالأرقام العربية المشرقية (١٢٣)',

  'filter.label': 'وسائل الإعلام المعروضة',
  'filter.all': 'الكل',
  'filter.shown': 'تُعرض {shown, number} من {total, number}',

  'outlet.unidentified': 'مصدر غير محدَّد',
  'outlet.unidentifiedNumbered': 'مصدر غير محدَّد {n, number}',
  'outlet.countryUnknown': 'البلد غير معروف',
  'outlet.homepage': 'موقع {outlet} الرئيسي',

  'confidence.label': 'نسبة الخبر: {level}',
  'confidence.sure': 'مؤكَّدة',
  'confidence.likely': 'مرجَّحة',
  'confidence.unconfirmed': 'غير مؤكَّدة',
  'confidence.unknown': 'مجهولة',
  'method.text': 'من النص',
  'method.provenance': 'من سجل المصادر',
  'method.text+provenance': 'من النص وسجل المصادر',
  'method.none': 'لا دليل',
  'attribution.details': 'لماذا نُسب إلى هذه الوسيلة؟',
  'attribution.evidence': 'الدليل:',
  'attribution.textOutlet': 'النص وحده يشير إلى: {outlet}',
  'evidence.dateline': 'مستهل الخبر ينسبه إلى:',
  'evidence.header': 'ترويسة الصفحة فوق العنوان:',
  'evidence.selfReference': 'النص يذكر وسيلته باسمها:',
  'evidence.widget': 'عنصر من واجهة الموقع بين الحشو:',
  'evidence.domain': 'عنوان الموقع في النص:',
  'evidence.provenance': 'سجل المصادر ينسبه إلى {outlet} (نسبة {level})',
  'evidence.line': '(السطر {line, number})',

  'article.published': 'نُشر في {date}',
  'article.dateUnknown': 'تاريخ النشر غير معروف',
  'article.original': 'المقال الأصلي',
  'article.addressHint': 'العنوان الأصلي (منقوص):',
  'article.noAddress': 'عنوان المقال الأصلي غير معروف',
  'article.byline': 'التوقيع:',
  'article.dateline': 'مستهل الخبر:',
  'article.noTitle': 'لا عنوان في الصفحة المنسوخة',
  'article.captionCredit': 'مصدر الصورة:',
  'article.note': 'ملاحظة عن المصدر:',
  'article.emptyBody': 'لم يبقَ من هذه الصفحة نص بعد حذف الحشو.',

  'clutter.summary':
    '{count, plural, zero {لم يُحذف أي سطر من حشو الصفحة} one {حُذف سطر واحد من حشو الصفحة} two {حُذف سطران من حشو الصفحة} few {حُذفت # أسطر من حشو الصفحة} many {حُذف # سطرًا من حشو الصفحة} other {حُذف # سطر من حشو الصفحة}}',
  'clutter.line': 'السطر {line, number}',
  'clutter.empty': 'لم يكن في الصفحة حشو.',

  'reason.template': 'بقايا قالب الصفحة',
  'reason.repeated': 'نص مكرَّر',
  'reason.share': 'أزرار المشاركة',
  'reason.read-also': '«اقرأ أيضًا»',
  'reason.breaking': 'شريط الأخبار العاجلة',
  'reason.comments': 'تعليقات القراء',
  'reason.font-size': 'أداة حجم الخط',
  'reason.latest-news': 'قائمة «أحدث الأخبار»',
  'reason.source-line': 'سطر المصدر',
  'reason.punctuation': 'علامات ترقيم فقط',
  'reason.header': 'اسم الموقع أو القسم أو التاريخ',
  'reason.tags': 'وسوم المقال',
  'reason.site-notice': 'إشعارات الموقع (حقوق النشر، الكوكيز، النشرة البريدية، العدّادات)',
  'reason.byline': 'التوقيع (محفوظ أعلاه)',
  'reason.caption': 'تعليق صورة (محفوظ أعلاه)',
  'reason.title': 'العنوان (محفوظ أعلاه)',
  'reason.markup': 'وسوم HTML أو شيفرة الصفحة',

  'reader.label': 'المقالات جنبًا إلى جنب',
  'reader.scrollHint': 'اسحب أفقيًا للتنقل بين المقالات',

  'empty.title': 'لم تختر أي وسيلة إعلام',
  'empty.body': 'اختر وسيلة إعلام واحدة أو أكثر من القائمة أعلاه لعرض تغطيتها.',
  'empty.showAll': 'اعرض الكل',
  'empty.noArticles': 'لا مقالات في هذه القصة.',

  'notices.label': 'ملاحظات',
  'notices.dismiss': 'إخفاء الملاحظات',
  'notices.urlTitle': 'تجاهلنا جزءًا من الرابط:',
  'notices.moreProblems':
    '{count, plural, one {وملف آخر} two {وملفان آخران} few {و# ملفات أخرى} many {و# ملفًا آخر} other {و# ملف آخر}}',
  'notices.problemsTitle': 'ملفات لم يمكن استخدامها:',
  'notices.separator': ':',
  'problem.unreadable': 'تعذّرت قراءة الملف',
  'problem.binary': 'ليس ملفًا نصيًّا (فيه بيانات ثنائية)',
  'problem.invalid-encoding': 'ليس نصًّا سليمًا بترميز {encoding}',
  'problem.empty': 'الملف فارغ',
  'problem.only-clutter': 'لا نص مقال فيه: كل أسطره من حشو الصفحة',
  'problem.too-large': 'أكبر من أن يكون مقالًا واحدًا (الحد {limit, number} ميغابايت)',
  'problem.not-arabic': 'ليس مقالًا عربيًّا: أقل من نصف حروفه عربية',
  'problem.duplicate': 'نسخة مطابقة من «{original}» المعروض بدلًا منه',

  'dropped.unknown-outlet': 'وسيلة الإعلام «{value}» ليست في هذه القصة.',
  'dropped.bad-lang': 'لغة الواجهة «{value}» غير معروفة، فعُرضت العربية.',
  'dropped.bad-digits': 'نوع الأرقام «{value}» غير معروف، فعُرضت الأرقام اللاتينية.',
  'dropped.unknown-param': 'المُعامل «{param}» غير معروف.',
  'dropped.repeated-param': 'المُعامل «{param}» مكرَّر، فأُخذت قيمته الأولى وحدها.',
  'dropped.future-version': 'الرابط من إصدار أحدث من التطبيق ({value})، فعُرض منه ما نفهمه.',
  'dropped.bad-version': 'رقم إصدار الرابط «{value}» غير صالح.',
  'dropped.too-long': 'قيمة المُعامل «{param}» طويلة جدًا.',

  'copy.button': 'انسخ الرابط',
  'copy.done': 'نُسخ الرابط',
  'copy.failed': 'تعذّر النسخ تلقائيًا. انسخ الرابط من الحقل.',
  'copy.fieldLabel': 'رابط هذا العرض',

  'error.title': 'حدث خطأ غير متوقع',
  'error.body': 'لم نتمكن من عرض هذه الصفحة. جرّب إعادة التحميل، أو ابدأ من العرض الافتراضي.',
  'error.reload': 'أعد التحميل',
  'error.reset': 'ابدأ من العرض الافتراضي',
} as const;

export type MessageId = keyof typeof ar;

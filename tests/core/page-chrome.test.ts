// The rules added for unseen pages, one by one: what they take, and the body text that only
// looks like it and must stay.
import { describe, expect, it } from 'vitest';
import { matchCaption } from '../../src/core/ingest/find-captions.ts';
import { matchDateline, matchStandaloneDateline } from '../../src/core/ingest/find-dateline.ts';
import { isDateOnly, isQuestionHeadline } from '../../src/core/ingest/line-shape.ts';
import {
  isCookieNotice,
  isCopyrightLine,
  isFollowPrompt,
  isSubscriberNotice,
  isViewCounter,
} from '../../src/core/ingest/strip-page-chrome.ts';
import { bodyOf, ingestText, registry, removedWith } from './helpers.ts';

const TITLE = 'الحكومة تطلق خطة لدعم المزارعين في المناطق الريفية';
const P1 =
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة وتوزيع البذور مجانا.';
const P2 = 'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العام المقبل.';

describe('page chrome', () => {
  it.each([
    '© 2024 جميع الحقوق محفوظة',
    'جميع الحقوق محفوظة لمؤسسة الأهرام © ٢٠٢٤',
    'حقوق النشر محفوظة لموقع الخبر 2024',
    'All rights reserved',
  ])('copyright footer: %s', (line) => expect(isCopyrightLine(line)).toBe(true));

  it.each([
    'وأكد أن جميع الحقوق محفوظة للشركة المنتجة للفيلم.',
    'وقال المحامي إن حقوق المؤلفين محفوظة بموجب القانون الجديد الذي أقره البرلمان.',
  ])('not a footer: %s', (line) => expect(isCopyrightLine(line)).toBe(false));

  it('cookie notices speak for the site; a story about cookies does not', () => {
    expect(isCookieNotice('نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.')).toBe(true);
    expect(isCookieNotice('We use cookies to improve your experience on this website.')).toBe(true);
    expect(
      isCookieNotice(
        'وقالت الهيئة إن المواقع التي تستخدم ملفات تعريف الارتباط دون موافقة المستخدم ستتعرض لغرامات.',
      ),
    ).toBe(false);
  });

  it('a consent button counts only right after the notice', () => {
    const a = ingestText(`${TITLE}\n${P1}\nموافق\n${P2}\nيستخدم هذا الموقع الكوكيز لتحسين التصفح.\nموافق`);
    expect(bodyOf(a)).toEqual([P1, 'موافق', P2]);
    expect(removedWith(a, 'site-notice')).toEqual(['يستخدم هذا الموقع الكوكيز لتحسين التصفح.', 'موافق']);
  });

  it('view counters', () => {
    expect(isViewCounter('عدد المشاهدات: ١٬٢٠٤')).toBe(true);
    expect(isViewCounter('1520 مشاهدة')).toBe(true);
    expect(isViewCounter('وبلغ عدد المشاهدات 3 ملايين خلال يوم واحد.')).toBe(false);
  });

  it("the site's subscriber notice, not a story about a company's subscribers", () => {
    expect(
      isSubscriberNotice(
        'الموقع الإلكتروني لوكالة الأنباء يعرض جزءا من الأخبار المقدمة للمشتركين. يرجى التواصل معنا للاشتراك.',
      ),
    ).toBe(true);
    expect(
      isSubscriberNotice(
        'ودعت الشركة المشتركين إلى التواصل مع خدمة العملاء عبر موقعها الإلكتروني، ويرجى الانتظار.',
      ),
    ).toBe(false);
  });

  it('follow prompts', () => {
    expect(isFollowPrompt('تابعونا على تلغرام')).toBe(true);
    expect(isFollowPrompt('تابعوا آخر الأخبار عبر Google News')).toBe(true);
    expect(isFollowPrompt('وتابع الوزير جولته في المحافظات الجنوبية على مدى يومين.')).toBe(false);
  });
});

describe('date stamps', () => {
  it.each([
    'الثلاثاء - 6 جمادى الآخرة 1445 هـ - 19 ديسمبر 2023 م',
    'نشر في: 14 سبتمبر 2023 - 12:45 ص بتوقيت أبوظبي',
    '|آخر تحديث: 10/9/202303:41 PM (توقيت مكة المكرمة)',
    'قبل 3 ساعات',
    'قبل ساعتين',
  ])('%s', (line) => expect(isDateOnly(line)).toBe(true));

  it('a dated sentence is not a date stamp', () => {
    expect(isDateOnly('قبل 3 أيام أعلنت الحكومة خطة جديدة')).toBe(false);
  });
});

describe('captions ending in a photo credit', () => {
  it.each([
    ['جانب من الدمار في درنة (رويترز)', { text: 'جانب من الدمار في درنة', credit: 'رويترز' }],
    ['صورة من درنة تظهر حجم الدمار - رويترز', { text: 'صورة من درنة تظهر حجم الدمار', credit: 'رويترز' }],
    ['متظاهرون في باريس، 7 مارس 2023 (أ ف ب)', { text: 'متظاهرون في باريس، 7 مارس 2023', credit: 'أ ف ب' }],
    ['صدر الصورة، Getty Images', { text: 'صدر الصورة، Getty Images', credit: 'Getty Images' }],
  ])('%s', (line, caption) => expect(matchCaption(line, registry)).toEqual(caption));

  it.each([
    // Body lines that lost their full stop.
    'وقال الوزير إن الخطة ستنفذ على ثلاث مراحل (رويترز)',
    'واستأنفت المفاوضات في أغسطس (آب)',
    'وصل الوفد إلى موسكو (فيديو)',
  ])('not a caption: %s', (line) => expect(matchCaption(line, registry)).toBeUndefined());
});

describe('datelines', () => {
  it('a lone tatweel as the dash, the source in guillemets', () => {
    const m = matchDateline('القاهرة ـ «الشرق الأوسط»: أعلنت مصر انتهاء الجولة');
    expect(m).toMatchObject({ place: 'القاهرة', source: 'الشرق الأوسط', raw: 'القاهرة ـ «الشرق الأوسط»:' });
  });

  it('place/ reporter/ agency on a line of its own', () => {
    expect(matchStandaloneDateline('إزمير/ زينب بيلغين/ الأناضول')).toEqual({
      place: 'إزمير',
      source: 'الأناضول',
      raw: 'إزمير/ زينب بيلغين/ الأناضول',
      byline: 'زينب بيلغين',
    });
    expect(matchStandaloneDateline('أنقرة/ الأناضول')).toEqual({
      place: 'أنقرة',
      source: 'الأناضول',
      raw: 'أنقرة/ الأناضول',
    });
    const a = ingestText(`${TITLE}\nأنقرة/ الأناضول\n${P1}\n${P2}`);
    expect(a.dateline).toMatchObject({ place: 'أنقرة', source: 'الأناضول' });
    expect(a.attribution.outletId).toBe('aa-ar');
    expect(removedWith(a, 'header')).toEqual(['أنقرة/ الأناضول']);
    expect(bodyOf(a)).toEqual([P1, P2]);
  });
});

describe('page head and tail', () => {
  it('a short standfirst under the headline stays; "site - place" goes', () => {
    const a = ingestText(`${TITLE}\nمخاوف من تصعيد جديد\nسكاي نيوز عربية - أبوظبي\n${P1}`);
    expect(bodyOf(a)).toEqual(['مخاوف من تصعيد جديد', P1]);
    expect(removedWith(a, 'header')).toEqual(['سكاي نيوز عربية - أبوظبي']);
  });

  it('a headline with a chevron is not a breadcrumb', () => {
    const a = ingestText(`ليبيا » حفتر يصل إلى موسكو للتوقيع\n${P1}`);
    expect(a.title).toBe('ليبيا » حفتر يصل إلى موسكو للتوقيع');
  });

  it('bare tags close the page; one short last line is left alone', () => {
    const a = ingestText(`${TITLE}\n${P1}\n${P2}\nفرنسا\nالتقاعد`);
    expect(removedWith(a, 'tags')).toEqual(['فرنسا', 'التقاعد']);
    const b = ingestText(`${TITLE}\n${P1}\n${P2}\nانتهى`);
    expect(bodyOf(b)).toEqual([P1, P2, 'انتهى']);
  });

  it('a tags label with its tags on the same line', () => {
    const a = ingestText(`${TITLE}\n${P1}\nوسوم: الزراعة، الريف، القروض\n${P2}`);
    expect(removedWith(a, 'tags')).toEqual(['وسوم: الزراعة، الريف، القروض']);
    expect(bodyOf(a)).toEqual([P1, P2]);
  });
});

describe('question headlines in link lists', () => {
  it('a short question is a headline; one continuing the text is not', () => {
    expect(isQuestionHeadline('من هو عبد الفتاح البرهان؟')).toBe(true);
    expect(isQuestionHeadline('فهل ينجح الاتفاق هذه المرة؟')).toBe(false);
  });

  it('after "اقرأ أيضا", the question headlines go and the body resumes', () => {
    const a = ingestText(`${TITLE}\n${P1}\nاقرأ أيضا\nمن هو وزير الزراعة الجديد؟\n${P2}`);
    expect(bodyOf(a)).toEqual([P1, P2]);
    expect(removedWith(a, 'read-also')).toEqual(['اقرأ أيضا', 'من هو وزير الزراعة الجديد؟']);
  });
});

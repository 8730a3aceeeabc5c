// Each clutter kind on a hand-made page (tests/fixtures/clutter): the body comes out clean
// and each removed line carries the reason of its kind.
import { describe, expect, it } from 'vitest';
import { bodyOf, CLUTTER_DIR, ingestText, readFixture, removedWith } from './helpers.ts';

const TITLE = 'الحكومة تطلق خطة لدعم المزارعين في المناطق الريفية';
const P1 =
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة وتوزيع البذور مجانا.';
const P2 = 'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العام المقبل.';
const P3 =
  'وأضاف أن الحكومة خصصت مبلغ 200 مليون دولار للمرحلة الأولى، مؤكدا أن الأولوية للمناطق الأكثر تضررا من الجفاف.';

const fixture = (name: string) =>
  ingestText(readFixture(CLUTTER_DIR, `${name}.txt`), { file: `${name}.txt` });

describe('clutter kinds', () => {
  it('template leftovers', () => {
    const a = fixture('template');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'template')).toEqual(['{% if user.logged_in %}', '{{ article.share_count }}']);
  });

  it('a template token inside a real line is cut out, and a note keeps it', () => {
    const a = ingestText(`${TITLE}\n${P1} {{ ad.slot }}\n${P2}`);
    expect(bodyOf(a)).toEqual([P1, P2]);
    expect(a.notes.join('\n')).toContain('{{ ad.slot }}');
  });

  it('a body repeated twice: each paragraph once, short lines inside the repeat too', () => {
    const a = fixture('repeated');
    expect(bodyOf(a)).toEqual([P1, P2, 'خلفية', P3]);
    expect(removedWith(a, 'repeated')).toEqual([P1, P2, 'خلفية', P3]);
  });

  it('share-button labels, alone or several on a line', () => {
    const a = fixture('share');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'share')).toEqual([
      'Facebook',
      'Twitter',
      'واتساب',
      'طباعة',
      'شارك',
      'X',
      'Email | Print',
      'شارك الخبر:',
    ]);
  });

  it('"read also" teasers: inline, lone with the headlines after it, but not the next paragraph', () => {
    const a = fixture('read-also');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'read-also')).toEqual([
      'اقرأ أيضاً: الحكومة تطلق منصة رقمية للمزارعين',
      'إقرأ أيضا',
      'ارتفاع أسعار القمح في الأسواق العالمية',
      'وزير الزراعة يزور المحافظات الجنوبية',
      'طالع أيضاً',
      'أمطار غزيرة متوقعة نهاية الأسبوع',
    ]);
  });

  it('breaking-news tickers and their unrelated headlines', () => {
    const a = fixture('breaking');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'breaking')).toEqual([
      'عاجل',
      'انفجار في مستودع للوقود جنوب العاصمة',
      'عاجل: الأمطار الغزيرة تغلق الطرق الرئيسية',
    ]);
  });

  it('"عاجل" inside a sentence is not a ticker', () => {
    const a = ingestText(`${TITLE}\nوذلك وفق خبر عاجل أفادت به قناة محلية صباح اليوم في نشرتها.\n${P2}`);
    expect(a.removed.filter((r) => r.reason === 'breaking')).toEqual([]);
  });

  it('reader comments: from the widget to the end of the page', () => {
    const a = fixture('comments');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'comments')).toHaveLength(8);
    expect(removedWith(a, 'comments')[0]).toBe('التعليقات (2)');
  });

  it('font-size widgets', () => {
    const a = fixture('font-size');
    expect(a.title).toBe(TITLE);
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'font-size')).toEqual(['حجم الخط', 'A+ A-', 'ت + ت - الحجم الطبيعي']);
  });

  it('"latest news" lists: the label and everything after it', () => {
    const a = fixture('latest-news');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'latest-news')).toEqual([
      'الأكثر قراءة',
      'ارتفاع أسعار الذهب في السوق المحلية',
      'قال تجار إن أسعار الذهب سجلت ارتفاعا جديدا خلال تعاملات اليوم بسبب…',
      '01/11/2024',
      'منذ 3 ساعات',
      'تعرف على حالة الطقس غدا في جميع المحافظات.',
    ]);
  });

  it('a "latest news" label above the body removes only its own items', () => {
    const a = ingestText(`الأكثر قراءة\nأسعار الذهب اليوم\n01/11/2024\n${TITLE}\n${P1}\n${P2}`);
    expect(a.title).toBe(TITLE);
    expect(bodyOf(a)).toEqual([P1, P2]);
    expect(removedWith(a, 'latest-news')).toEqual(['الأكثر قراءة', 'أسعار الذهب اليوم', '01/11/2024']);
  });

  it('source lines, keeping the source in a note', () => {
    const a = fixture('source-line');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'source-line')).toEqual(['المصدر : رويترز']);
    expect(a.notes).toContain('source line: رويترز');
  });

  it('lone punctuation; NBSP-only and invisible-only lines are blank', () => {
    const a = fixture('punctuation');
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    expect(removedWith(a, 'punctuation')).toEqual(['.', '-', '…']);
  });

  it('CRLF line ends read like LF', () => {
    const a = fixture('crlf');
    expect(a.title).toBe(TITLE);
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
  });

  it('everything at once', () => {
    const a = fixture('mixed');
    expect(a.title).toBe(TITLE);
    expect(a.byline).toBe('سامي يوسف');
    expect(a.captions).toEqual([{ text: 'المزارعون خلال موسم الحصاد', credit: 'أ. ف. ب' }]);
    expect(a.dateline).toEqual({ place: 'القاهرة', source: 'أ ف ب', raw: 'القاهرة - أ ف ب:' });
    expect(bodyOf(a)).toEqual([P1, P2, P3]);
    const reasons = Object.fromEntries(
      ['header', 'font-size', 'read-also', 'template', 'share', 'source-line', 'breaking', 'latest-news'].map(
        (r) => [r, removedWith(a, r).length],
      ),
    );
    expect(reasons).toEqual({
      header: 1,
      'font-size': 1,
      'read-also': 2,
      template: 1,
      share: 2,
      'source-line': 1,
      breaking: 2,
      'latest-news': 3,
    });
  });
});

// How Arabic news tells an outcome without «وقّع / لم يوقّع / اتفاق»: failure idioms of negotiations,
// nouns and verbs of a signature, "awaiting X's signature", a condition on a future signature, and a
// signature of another document. Every sentence is written for this file (none copied from a
// variation set or a seed), about other talks where possible, each family with decoys that must not move.
import { describe, expect, it } from 'vitest';
import { answerQuestions } from '../../../src/core/compare/questions/questions.ts';
import type { Answer, Article } from '../../../src/core/types.ts';
import { actors, cuedArticle, story } from './seed-story.ts';

const article = (text: string): Article => cuedArticle(text, 'i');
/** The talks-outcome answer of an article whose headline says nothing on its own. */
const talks = (body: string): Answer =>
  answerQuestions([article(`خبر عاجل\n${body}`)], story.questions!, () => 'x', { actors })[0]!.answers[0]!;
const answerOf = (body: string) => talks(body).answer;

describe('failure idioms of negotiations say no agreement', () => {
  it.each([
    'عاد الوفدان إلى عاصمتيهما بلا نتائج بعد يومين من المشاورات في جنيف.',
    'خرج المفاوضون من الجلسة الماراثونية دون أي نتيجة.',
    'باءت المفاوضات بين النقابة والحكومة بالفشل مساء الخميس.',
    'وصلت المباحثات حول الحدود البحرية إلى طريق مسدود.',
    'لم تتكلل جهود الوسطاء القطريين بالنجاح.',
    'تعثرت المفاوضات في يومها الثالث بسبب الخلاف على الخرائط.',
    'انهارت المحادثات قبل ساعات من الموعد المحدد.',
    'لم ترَ الهدنة النور رغم أسابيع من الوساطة.',
    'الاتفاق الذي بشّر به الوسيط الأممي لم يبصر النور.',
    'انفض الاجتماع من دون أن يخرج باتفاق موقع.',
    'لم يُعلن عن أي اتفاق في ختام الجولة الثانية.',
  ])('%s', (text) => {
    expect(answerOf(text)).toBe('not-signed');
  });

  it('decoys: a fear, a condition, a hope, unannounced details, a success', () => {
    // A fear of a dead end is not one reached (present verb, no outcome).
    expect(answerOf('يخشى مراقبون أن تصل المحادثات إلى طريق مسدود.')).not.toBe('not-signed');
    // A supposed failure is no failure.
    expect(answerOf('إذا فشلت المحادثات فإن المعارك ستتجدد في الجنوب.')).not.toBe('not-signed');
    expect(answerOf('لم يخفِ الوسيط تفاؤله بنجاح المحادثات.')).not.toBe('not-signed');
    expect(answerOf('لم يعلن عن تفاصيل الاتفاق بعد أن انتهت الجلسة.')).not.toBe('not-signed');
    expect(answerOf('تكللت المفاوضات بالنجاح ووقع الطرفان على الاتفاق.')).toBe('signed');
    // «ذيل» as a noun, «مهرجان»: no signature without «بتوقيعه».
    expect(answerOf('حل المنتخب في ذيل الترتيب بعد المهرجان الكروي.')).toBe('unreported');
  });
});

describe('nouns and verbs of a signature', () => {
  it.each([
    'مهر الرئيسان معاهدة السلام بتوقيعيهما في حفل رسمي.',
    'مهرت الحكومة والمعارضة الوثيقة بتوقيعهما مساء الأربعاء.',
    'ذيّل وزير الخارجية الاتفاقية بتوقيعه قبل مغادرته القاعة.',
    'وضع الرئيس توقيعه على الاتفاق الجديد.',
    'وقع الجانبان بالأحرف الأولى على مسودة الاتفاق.',
  ])('%s', (text) => {
    expect(answerOf(text)).toBe('signed');
  });

  it('one actor who appended his signature is a side that signed', () => {
    const a = talks('لا تزال المحادثات متعثرة بعدما ذيّلها السراج بتوقيعه وحده.');
    expect(a.details).toContain('one-side-signed');
  });

  it('a side named with an epithet («… الشرعية», «… المعترف بها دوليا») that signed is one side', () => {
    const a = talks('رفض المشير التوقيع، في حين وقعت حكومة الوفاق المعترف بها دوليا على المسودة.');
    expect(a.answer).toBe('not-signed');
    expect(a.details).toContain('one-side-signed');
    // Decoy: two sides, the second after «و», are not one side.
    const both = talks('وقعت حكومة الوفاق الشرعية وحفتر على المسودة.');
    expect(both.details ?? []).not.toContain('one-side-signed');
  });

  it('decoys: a signature to come, a modal one, a condition before signing', () => {
    expect(answerOf('سيضع الوزير توقيعه على الاتفاق غدا.')).toBe('expected');
    expect(answerOf('قد يمهر الطرفان الوثيقة بتوقيعهما الليلة.')).toBe('expected');
    expect(answerOf('وضع المفاوض شروطا جديدة قبل توقيعه.')).not.toBe('signed');
  });
});

describe('one signature, and a document awaiting a signature', () => {
  it('«توقيع واحد», «توقيع طرف واحد»: not signed, one side signed', () => {
    const a = talks('انتهى الاجتماع بتوقيع طرف واحد على الإعلان المشترك.');
    expect(a.answer).toBe('not-signed');
    expect(a.details).toContain('one-side-signed');
  });

  it('awaiting X’s signature once the talks ended: X has not signed', () => {
    expect(answerOf('اختتمت الجولة مساء أمس، والوثيقة بانتظار توقيع حفتر.')).toBe('not-signed');
  });

  it('decoy: awaiting a signature while the talks still go on is written before the outcome', () => {
    expect(answerOf('لا تزال الوثيقة في انتظار توقيع حفتر، والمشاورات ما زالت جارية.')).toBe('expected');
  });
});

describe('the scope of a signature', () => {
  it('«لن يوقّع قبل أن …» while the talks go on is a condition on a signature to come', () => {
    expect(
      answerOf('قال مصدر إن الوفد لن يوقع على المسودة قبل إدخال تعديلات عليها، فيما تتواصل المباحثات.'),
    ).toBe('expected');
    expect(answerOf('أكد المتحدث أن الحكومة لن توقع ما لم تضمن انسحاب القوات. والمفاوضات جارية الآن.')).toBe(
      'expected',
    );
  });

  it('…and the same condition after the talks ended stays a refusal', () => {
    expect(answerOf('انتهت المباحثات مساء الاثنين. وقال مصدر إن الوفد لن يوقع قبل إدخال تعديلات.')).toBe(
      'not-signed',
    );
    // No condition: a plain «لن يوقع» is a refusal whatever else is going on.
    expect(answerOf('قال مصدر إن الوفد لن يوقع على المسودة، فيما تتواصل المباحثات.')).toBe('not-signed');
  });

  it('a future signature of another document is no expectation of this one', () => {
    expect(answerOf('ستوقع الدول المشاركة على بيان ختامي يدعم المسار السياسي.')).toBe('unreported');
    expect(answerOf('سيوقع الطرفان على الاتفاق مساء اليوم.')).toBe('expected');
    expect(answerOf('سيوقعان عليها خلال ساعات.')).toBe('expected');
  });
});

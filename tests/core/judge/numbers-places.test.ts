// The relation judge on figures and places, as an Arabic news editor reads them: the same report with another
// count is a clear `number` contradiction shown on the two figures; one figure written in words and in digits,
// or figures of different things, are not; a count of victims against «دون ضحايا» is. Another country in the same
// claim is an `actor` contradiction shown on the two names; a demonym and its own country are one place.
import { describe, expect, it } from 'vitest';
import { judge, show } from './judge-helpers.ts';

describe('changed figures', () => {
  it('«29 قتيلا في هجوم …» / «53 قتيلا في هجوم …»: a clear number contradiction on 29 / 53', () => {
    const a = '29 قتيلا في هجوم على سوق شعبي في بغداد';
    const b = '53 قتيلا في هجوم على سوق شعبي في بغداد';
    const v = judge(a, b);
    expect(v?.type, show(v)).toBe('number');
    expect(v?.strength, show(v)).toBe('clear');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['29', '53']);
    expect([v?.cueA?.kind, v?.cueB?.kind]).toEqual(['number', 'number']);
  });

  it('a figure changed inside a long sentence: the cues point into the whole sentence, not its clause', () => {
    const lead =
      'وقالت وزارة الصحة في بيان صدر مساء اليوم بعد اجتماع طارئ لخلية الأزمة في العاصمة، إن الانفجار الذي وقع في الميناء أسفر عن مقتل ';
    const [a, b] = [`${lead}29 شخصا وإصابة العشرات بجروح.`, `${lead}53 شخصا وإصابة العشرات بجروح.`];
    const v = judge(a, b);
    expect(v?.type, show(v)).toBe('number');
    expect(v?.cueA?.start).toBe(lead.length);
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['29', '53']);
  });

  // «عشرة» against «12»: a changed figure as much as 10 / 12 in digits, and the cue is a figure.
  it('«إصابة عشرة أشخاص في حادث سير» / «إصابة 12 شخصا في حادث سير»: a number contradiction, «عشرة» a number cue', () => {
    const v = judge('إصابة عشرة أشخاص في حادث سير على طريق المطار', 'إصابة 12 شخصا في حادث سير على طريق المطار');
    expect(v?.type, show(v)).toBe('number');
    expect(v?.cueA?.text, show(v)).toBe('عشرة');
    expect(v?.cueA?.kind, show(v)).toBe('number');
  });

  it.each([
    ['one figure in words and digits', 'مقتل ثلاثة جنود في انفجار عبوة ناسفة', 'مقتل 3 جنود في انفجار عبوة ناسفة'],
    ['Arabic-Indic and Latin digits', '٢٩ قتيلا في هجوم على سوق شعبي في بغداد', '29 قتيلا في هجوم على سوق شعبي في بغداد'],
    [
      'weeks against thousands of people',
      'الاحتجاجات مستمرة منذ 3 أسابيع في العاصمة',
      'الاحتجاجات مستمرة في العاصمة بمشاركة 5 آلاف شخص',
    ],
    [
      'a percentage against dollars',
      'ارتفاع أسعار الذهب 2 بالمئة خلال أسبوع',
      'ارتفاع أسعار الذهب 40 دولارا خلال أسبوع',
    ],
  ])('%s: «%s» / «%s» do not contradict', (_what, a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
});

describe('a count against «دون ضحايا»', () => {
  it('«7 ضحايا في انفجار …» / «انفجار … دون ضحايا»: a number contradiction on 7 / دون', () => {
    const v = judge('7 ضحايا في انفجار بمصنع للكيماويات', 'انفجار بمصنع للكيماويات دون ضحايا');
    expect(v?.type, show(v)).toBe('number');
    expect(v?.cueA?.text, show(v)).toBe('7');
    expect(v?.cueB?.text, show(v)).toBe('دون');
    expect(v?.cueB?.kind, show(v)).toBe('negation');
  });

  it('«مقتل 7 عمال في انفجار …» / «انفجار … دون وقوع ضحايا»: seven killed against no victims', () => {
    const v = judge('مقتل 7 عمال في انفجار بمصنع للكيماويات', 'انفجار بمصنع للكيماويات دون وقوع ضحايا');
    expect(v?.type, show(v)).toBe('number');
    expect(v?.cueA?.text, show(v)).toBe('7');
  });
});

describe('another place in the same claim', () => {
  // [A, B, place in A, place in B]
  it.each([
    ['مصر تفوز بتنظيم كأس الأمم الأفريقية', 'السودان يفوز بتنظيم كأس الأمم الأفريقية', 'مصر', 'السودان'],
    ['زلزال بقوة 5 درجات يضرب المغرب', 'زلزال بقوة 5 درجات يضرب العراق', 'المغرب', 'العراق'],
    ['اشتباكات عنيفة في طرابلس تخلف 4 قتلى', 'اشتباكات عنيفة في بنغازي تخلف 4 قتلى', 'طرابلس', 'بنغازي'],
  ])('«%s» / «%s»: an actor contradiction on «%s» / «%s»', (a, b, pa, pb) => {
    const v = judge(a, b);
    expect(v?.type, show(v)).toBe('actor');
    expect([v?.cueA?.text, v?.cueB?.text], show(v)).toEqual([pa, pb]);
    expect([v?.cueA?.kind, v?.cueB?.kind]).toEqual(['entity', 'entity']);
  });

  it.each([
    ['a demonym and its country', 'وفد مصري يصل إلى الخرطوم لبحث أزمة سد النهضة', 'وفد من مصر يصل إلى الخرطوم لبحث أزمة سد النهضة'],
    [
      'the army by its demonym, the country by its name',
      'الجيش المصري يعلن مقتل 10 مسلحين في سيناء',
      'مصر تعلن مقتل 10 مسلحين في سيناء',
    ],
    [
      'the same two countries in another order',
      'مصر والسودان توقعان اتفاقا لتقاسم مياه النيل',
      'السودان ومصر توقعان اتفاقا لتقاسم مياه النيل',
    ],
  ])('%s: «%s» / «%s» are no swap', (_what, a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });
});

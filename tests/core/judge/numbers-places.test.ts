// The relation judge on figures and places, as an Arabic news editor reads them: the same report with another
// count is a clear `number` contradiction shown on the two figures; one figure written in words and in digits,
// or figures of different things, are not; a count of victims against «دون ضحايا» is. Another country in the same
// claim is an `actor` contradiction shown on the two names; a demonym and its own country are one place.
import { describe, expect, it } from 'vitest';
import { judge, sharedFacts, show, twoReports } from './judge-helpers.ts';

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

  it('a figure changed in the second clause of a long sentence: the cues point into the whole sentence', () => {
    const a =
      'ولا يزال عشرات الجرحى يتلقون العلاج في مستشفيات العاصمة وسط نقص حاد في الأدوية، فيما أعلنت وزارة الصحة في بيان مساء اليوم ارتفاع حصيلة ضحايا انفجار الميناء إلى 29 قتيلا';
    const b = a.replace('29', '53');
    const v = judge(a, b);
    expect(v?.type, show(v)).toBe('number');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['29', '53']);
    expect(v?.cueA?.start).toBe(a.indexOf('29'));
  });

  // FIXED (a defect this suite found; the test keeps it fixed). A long sentence is judged clause by clause (candidate.ts), and a clause over MAX_WORDS (18) is skipped.
  // A news lead is often one clause of 25 words (a comma before «إن» parts no clause, align-units.ts), so a figure
  // changed in it is never seen. In the pipeline this matters most where only the judge runs: two copies of one
  // agency text (judge/rules/fact-verdicts.ts, sameWire) — «29 dead» / «53 dead» is then shown as an agreement.
  const lede =
    'وقالت وزارة الصحة في بيان صدر مساء اليوم بعد اجتماع طارئ لخلية الأزمة في العاصمة، إن الانفجار الذي وقع في الميناء أسفر عن مقتل ';
  it('a figure changed in a one-clause sentence of 25 words is a number contradiction (judge)', () => {
    const v = judge(`${lede}29 شخصا وإصابة العشرات بجروح.`, `${lede}53 شخصا وإصابة العشرات بجروح.`);
    expect(v?.type, show(v)).toBe('number');
  });
  it('…and through the pipeline, where the two copies are one wire text, it is not an agreement', () => {
    const corpus = twoReports(`${lede}29 شخصا وإصابة العشرات بجروح.`, `${lede}53 شخصا وإصابة العشرات بجروح.`);
    const facts = sharedFacts(corpus);
    expect(facts.map((f) => f.relation)).toEqual(['contradiction']);
    expect(facts[0]?.contradiction?.type).toBe('number');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (cue). A figure in words is a number cue: cue() in candidate.ts turns every non-digit word of `number`
  // evidence into a `negation` cue (meant for «دون» in «دون ضحايا»), so «ثلاثة» is shown as a negation.
  it('«إصابة ثلاثة جنود …» / «إصابة 5 جنود …»: a number contradiction, «ثلاثة» a number cue', () => {
    const v = judge('إصابة ثلاثة جنود في انفجار عبوة ناسفة', 'إصابة 5 جنود في انفجار عبوة ناسفة');
    expect(v?.type, show(v)).toBe('number');
    expect(v?.cueA?.text).toBe('ثلاثة');
    expect(v?.cueA?.kind, show(v)).toBe('number');
  });

  // FIXED (a defect this suite found; the test keeps it fixed). Arabic counts 3–10 with a plural noun and 11 and up with a singular accusative: «10 أشخاص» / «12 شخصا»
  // count one thing. features.ts takes the words after two figures as their unit and wants them to meet
  // («أشخاص» / «شخصا» do not), so the judge sees no clash. The clause rules catch it between two outlets'
  // sentences, but not in a wire copy, where only the judge runs.
  it('«إصابة 10 أشخاص …» / «إصابة 12 شخصا …»: one unit in its plural and singular forms', () => {
    const v = judge(
      'إصابة 10 أشخاص في حادث سير على طريق المطار',
      'إصابة 12 شخصا في حادث سير على طريق المطار',
    );
    expect(v?.type, show(v)).toBe('number');
    expect([v?.cueA?.text, v?.cueB?.text]).toEqual(['10', '12']);
  });

  it.each([
    [
      'one figure in words and digits',
      'مقتل ثلاثة جنود في انفجار عبوة ناسفة',
      'مقتل 3 جنود في انفجار عبوة ناسفة',
    ],
    [
      'Arabic-Indic and Latin digits',
      '٢٩ قتيلا في هجوم على سوق شعبي في بغداد',
      '29 قتيلا في هجوم على سوق شعبي في بغداد',
    ],
    [
      'weeks against thousands of people',
      'الاحتجاجات مستمرة منذ 3 أسابيع في العاصمة',
      'الاحتجاجات مستمرة في العاصمة بمشاركة 5 آلاف شخص',
    ],
  ])('%s: «%s» / «%s» do not contradict', (_what, a, b) => {
    expect(show(judge(a, b))).toBe('no contradiction');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (false contradiction). "Gold up 2 per cent" / "gold up 40 dollars" can both be true: the units differ, so
  // no number clash, rightly — but the substitution feature then reads the unit swapped for another as another
  // actor («بالمئة» / «دولارا», type `actor`), and the pipeline shows it. A figure's unit is no actor.
  it('a percentage against dollars: «… 2 بالمئة …» / «… 40 دولارا …» do not contradict', () => {
    expect(
      show(judge('ارتفاع أسعار الذهب 2 بالمئة خلال أسبوع', 'ارتفاع أسعار الذهب 40 دولارا خلال أسبوع')),
    ).toBe('no contradiction');
  });
});

describe('a count against «دون ضحايا»', () => {
  const [sevenVictims, noVictims] = [
    '7 ضحايا في انفجار بمصنع للكيماويات',
    'انفجار بمصنع للكيماويات دون ضحايا',
  ];
  it('«7 ضحايا في انفجار …» / «انفجار … دون ضحايا»: a contradiction, «دون» a negation cue', () => {
    const v = judge(sevenVictims, noVictims);
    expect(v, show(v)).toBeDefined();
    expect(v?.cueB?.text, show(v)).toBe('دون');
    expect(v?.cueB?.kind, show(v)).toBe('negation');
  });

  // FIXED (a defect this suite found; the test keeps it fixed) (type and cue). The count is what «دون ضحايا» contradicts: type `number`, shown on «7» / «دون».
  // features.ts does find it (numberMissing, evidence 7 / دون), but decide()'s minimal-edit shortcut (model.ts)
  // picks number only for a numberClash and falls to `negation`, whose evidence has no word on the side of the
  // figure: the reader is shown «دون» and nothing in the report of seven victims.
  it('…typed number, shown on the figure «7» too', () => {
    const v = judge(sevenVictims, noVictims);
    expect(v?.type, show(v)).toBe('number');
    expect(v?.cueA?.text, show(v)).toBe('7');
  });

  const [sevenKilled, noneHurt] = [
    'مقتل 7 عمال في انفجار بمصنع للكيماويات',
    'انفجار بمصنع للكيماويات دون وقوع ضحايا',
  ];
  it('«مقتل 7 عمال في انفجار …» / «انفجار … دون وقوع ضحايا»: seven killed against no victims contradict', () => {
    expect(judge(sevenKilled, noneHurt), 'a contradiction').toBeDefined();
  });

  // FIXED (a defect this suite found; the test keeps it fixed): type and cue. Was shown as `opposite` on «مقتل» / «ضحايا» — "killing" against "victims", two words of one
  // pole — because the opposite evidence marks the negated word, not its negator «دون» (features.ts, anchored
  // and lone-pole branches). An editor expects the count and its denial: `number`, «7» / «دون».
  it('…typed number, shown on «7» / «دون»', () => {
    const v = judge(sevenKilled, noneHurt);
    expect(v?.type, show(v)).toBe('number');
    expect([v?.cueA?.text, v?.cueB?.text], show(v)).toEqual(['7', 'دون']);
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
    [
      'a demonym and its country',
      'وفد مصري يصل إلى الخرطوم لبحث أزمة سد النهضة',
      'وفد من مصر يصل إلى الخرطوم لبحث أزمة سد النهضة',
    ],
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

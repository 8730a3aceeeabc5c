import { describe, expect, it } from 'vitest';
import { buildSimilarity } from '../../../src/core/compare/align/similarity.ts';
import { isStopword } from '../../../src/core/text/stopwords.ts';

const STORY = [
  'وقّع الطرفان على اتفاق لوقف إطلاق النار في موسكو مساء الاثنين.',
  'واتفاق وقف إطلاق النار وقعه الطرفان في العاصمة الروسية.',
  'قال المتحدث إن الجيش سيواصل عملياته العسكرية في الجنوب.',
  'وصل حفتر إلى موسكو صباح الاثنين للمشاركة في المحادثات.',
  'ارتفعت أسعار النفط في الأسواق العالمية بنسبة 3 في المئة.',
];

describe('similarity', () => {
  const model = buildSimilarity(STORY, { names: ['حفتر', 'موسكو'] });
  const v = STORY.map((t) => model.vectors(t));
  const sim = (i: number, j: number) => model.compare(v[i]!, v[j]!);

  it('scores a sentence 1 against itself and between 0 and 1 otherwise', () => {
    expect(sim(0, 0).mixed).toBeCloseTo(1, 6);
    for (let i = 0; i < STORY.length; i++)
      for (let j = 0; j < STORY.length; j++) {
        expect(sim(i, j).mixed).toBeGreaterThanOrEqual(0);
        expect(sim(i, j).mixed).toBeLessThanOrEqual(1 + 1e-9);
      }
  });

  it('finds two wordings of one claim closer than unrelated sentences', () => {
    expect(sim(0, 1).mixed).toBeGreaterThan(sim(0, 2).mixed);
    expect(sim(0, 1).mixed).toBeGreaterThan(sim(0, 4).mixed);
    // Stems meet across proclitics: «واتفاق» / «اتفاق», «لوقف» / «وقف».
    expect(sim(0, 1).word).toBeGreaterThan(0.2);
  });

  it('gives shared names little weight', () => {
    const heavy = buildSimilarity(STORY);
    const a = 'التقى حفتر في موسكو بالوفد.';
    const b = 'حفتر يغادر موسكو غدا.';
    const light = model.compare(model.vectors(a), model.vectors(b)).mixed;
    const full = heavy.compare(heavy.vectors(a), heavy.vectors(b)).mixed;
    expect(light).toBeLessThan(full);
  });

  it('does not match on digits: numbers are compared as values, not words', () => {
    const m = buildSimilarity(['استمرت 6 ساعات', 'قتل 6 أشخاص']);
    const s = m.compare(m.vectors('استمرت 6 ساعات'), m.vectors('قتل 6 أشخاص'));
    expect(s.mixed).toBe(0);
  });
});

describe('stopwords', () => {
  it('folds the list (vowelled entries match plain text) and keeps the words that carry a claim', () => {
    expect(isStopword('ليست')).toBe(true); // listed as «لَيْسَتْ»
    expect(isStopword('في')).toBe(true);
    for (const w of ['وقف', 'لقاء', 'اجل', 'لم', 'لن', 'دون', 'اليوم', 'امس', 'الماضي'])
      expect(isStopword(w)).toBe(false);
  });
});

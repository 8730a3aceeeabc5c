import { describe, expect, it } from 'vitest';
import { lightStem, makeStemmer } from '../../../src/core/text/stem.ts';

// The seeds' vocabulary where these words meet (docs/research/comparison-groundwork.md §1).
const VOCABULARY = [
  'التوقيع',
  'توقيع',
  'لتوقيع',
  'بالتوقيع',
  'المتوقع',
  'يوقعان',
  'موقف',
  'وقف',
  'لوقف',
  'وقفاً',
  'بوقف',
  'الوفاق',
  'للوفاق',
  'وفق',
  'اتفاق',
  'الاتفاق',
  'بالاتفاق',
  'للاتفاق',
  'اتفاقاً',
  'واتفاق',
  'تركت',
  'التركية',
  'التركي',
  'بيان',
  'البيان',
  'ليبيا',
  'بليبيا',
  'لليبيا',
  'الليبي',
  'موسكو',
  'بموسكو',
  'حفتر',
  'وحفتر',
  'السراج',
  'والسراج',
  'لقاء',
  'المجلس',
  'نجلس',
  'قوات',
  'قواته',
  'القوات',
  'للقوات',
  'الهدنة',
  'هدنة',
  'مواقعها',
  'المواقع',
];
const stem = makeStemmer(VOCABULARY);

describe('light stemmer (light10v over the story)', () => {
  it.each([
    ['التوقيع', 'لتوقيع'],
    ['التوقيع', 'بالتوقيع'],
    ['اتفاق', 'واتفاق'],
    ['اتفاق', 'اتفاقاً'],
    ['اتفاق', 'للاتفاق'],
    ['وقف', 'وقفاً'],
    ['وقف', 'لوقف'],
    ['الوفاق', 'للوفاق'],
    ['موسكو', 'بموسكو'],
    ['حفتر', 'وحفتر'],
    ['السراج', 'والسراج'],
    ['ليبيا', 'لليبيا'],
    ['قوات', 'قواته'],
    ['القوات', 'للقوات'],
    ['الهدنة', 'هدنة'],
  ])('%s = %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['المتوقع', 'التوقيع'],
    ['المتوقع', 'يوقعان'],
    ['موقف', 'وقف'],
    ['الوفاق', 'وفق'],
    ['الوفاق', 'اتفاق'],
    ['تركت', 'التركية'],
    ['المجلس', 'نجلس'],
    ['مواقعها', 'وقف'],
  ])('%s ≠ %s', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('does not eat the first letters of short words', () => {
    expect(stem('بيان')).toBe('بيان');
    expect(stem('ليبيا')).not.toBe('يبيا');
    expect(stem('بليبيا')).toBe(stem('ليبيا'));
    expect(stem('لقاء')).toBe('لقاء');
    expect(stem('وقفاً')).toBe('وقف');
  });

  it('strips a bare proclitic only when the story has the rest as a word', () => {
    // «لحظات» ("moments"): no «حظات» in the story, so the ل is part of the word.
    expect(makeStemmer(['لحظات'])('لحظات')).toBe('لحظ');
    expect(makeStemmer(['لموسكو'])('لموسكو')).toBe('لموسكو');
    expect(makeStemmer(['لموسكو', 'موسكو'])('لموسكو')).toBe('موسكو');
  });

  it('takes a first of two waws for the conjunction even when the story has no bare form', () => {
    // «ووقع» (and he signed) beside «يوقع» only: no «وقع» in the story, yet no word begins «وو».
    expect(makeStemmer(['ووقع', 'يوقع'])('ووقع')).toBe('وقع');
    expect(makeStemmer(['وورد'])('وورد')).toBe('ورد');
    expect(makeStemmer(['وقع'])('وقع')).toBe('وقع');
  });
});

describe('lightStem (no corpus)', () => {
  it('handles the article, و, tanween alef and pronoun suffixes', () => {
    expect(lightStem('والسراج')).toBe('سراج');
    expect(lightStem('وقفاً')).toBe('وقف');
    expect(lightStem('بيان')).toBe('بيان');
    expect(lightStem('قواتهم')).toBe(lightStem('القوات'));
    expect(lightStem('ليبيا')).toBe('ليبيا');
  });

  it('keeps المتوقع apart from التوقيع and موقف apart from وقف', () => {
    expect(lightStem('المتوقع')).not.toBe(lightStem('التوقيع'));
    expect(lightStem('موقف')).not.toBe(lightStem('وقف'));
  });
});

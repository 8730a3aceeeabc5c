import { describe, expect, it } from 'vitest';
import {
  changeNumber,
  cutClause,
  headline,
  prng,
  syntheticConfig,
  syntheticInputs,
  toggleNegation,
} from '../../scripts/bench/synthetic.ts';
import { buildCorpus } from '../../src/core/corpus.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('syntheticInputs', () => {
  it('gives the same bytes for the same size and seed, and other bytes for another seed', () => {
    const a = syntheticInputs(12, 7);
    const b = syntheticInputs(12, 7);
    const c = syntheticInputs(12, 8);
    expect(a.map((i) => i.file)).toEqual(b.map((i) => i.file));
    expect(a.map((i) => text(i.bytes))).toEqual(b.map((i) => text(i.bytes)));
    expect(a.map((i) => text(i.bytes))).not.toEqual(c.map((i) => text(i.bytes)));
    expect(a).toHaveLength(12);
    expect(new Set(a.map((i) => i.file)).size).toBe(12);
  });

  it('makes articles the pipeline reads as distinct reports, each attributed by its dateline', () => {
    const inputs = syntheticInputs(8, 3);
    const corpus = buildCorpus(inputs, syntheticConfig());
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles).toHaveLength(8);
    for (const article of corpus.articles) {
      expect(
        article.attribution.evidence.some((e) => e.kind === 'dateline'),
        article.file,
      ).toBe(true);
      const sentences = article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
      // 8 to 20 composed sentences, plus an agency passage of up to 5; the splitter may cut a few more.
      expect(sentences, article.file).toBeGreaterThanOrEqual(8);
      expect(sentences, article.file).toBeLessThanOrEqual(35);
    }
  });

  it('refuses a size that is not a whole number', () => {
    expect(() => syntheticInputs(-1)).toThrow(/whole number/);
    expect(() => syntheticInputs(1.5)).toThrow(/whole number/);
    expect(syntheticInputs(0)).toEqual([]);
  });
});

describe('edits', () => {
  it('changes one number, keeping its digits Western or Arabic-Indic', () => {
    const rng = prng(1);
    expect(changeNumber('وتواصلت المحادثات 6 ساعات', rng)).toMatch(/^وتواصلت المحادثات (7|8|9|10|11) ساعات$/);
    expect(changeNumber('استمرت ٦ ساعات', rng)).toMatch(/^استمرت ([٧-٩]|١٠|١١) ساعات$/);
    expect(changeNumber('لا رقم هنا', rng)).toBe('لا رقم هنا');
  });

  it('removes a negation, or inserts «لا» before a present verb', () => {
    expect(toggleNegation('ولم تنسحب القوات من مواقعها')).toBe('تنسحب القوات من مواقعها');
    expect(toggleNegation('انتهت المحادثات من دون اتفاق')).toBe('انتهت المحادثات اتفاق');
    expect(toggleNegation('القوات تنسحب من مواقعها')).toBe('القوات لا تنسحب من مواقعها');
  });

  it('cuts a sentence to its first clause when that clause is long enough, and makes headlines', () => {
    const long = 'أعلن وزير الخارجية الروسي سيرغي لافروف اليوم، أن الطرفين سيلتقيان';
    expect(cutClause(long)).toBe('أعلن وزير الخارجية الروسي سيرغي لافروف اليوم.');
    expect(cutClause('قال لافروف، أن الطرفين سيلتقيان')).toBe('قال لافروف، أن الطرفين سيلتقيان');
    expect(headline('أكد الجيش الليبي، أن قواته باقية')).toBe('أكد الجيش الليبي');
    expect(headline(`${'كلمة '.repeat(15)}.`).split(' ')).toHaveLength(10);
  });
});

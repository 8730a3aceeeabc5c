import { describe, expect, it } from 'vitest';
import { keepDigitOrder, quotedLang, showControls } from '../../src/i18n/bidi.ts';
import { parseIsoDate } from '../../src/i18n/dates.ts';

describe('parseIsoDate', () => {
  it('reads a calendar day in UTC and a date-time as an instant', () => {
    expect(parseIsoDate('2020-01-13')?.date.toISOString()).toBe('2020-01-13T00:00:00.000Z');
    expect(parseIsoDate('2020-01-13T18:30:00Z')?.options.timeStyle).toBe('short');
  });

  it('refuses impossible days instead of rolling them over', () => {
    for (const bad of ['2020-02-30', '2020-13-45', '0000-00-00', '2021-02-29', 'yesterday']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate('2020-02-29')).not.toBeNull();
  });
});

describe('bidi helpers', () => {
  it('shows invisible and control characters of a file name instead of obeying them', () => {
    expect(showControls('report\u202Egnp.txt')).toBe('report⟨U+202E⟩gnp.txt');
    expect(showControls('a\u001b[2K\u200Bb')).toBe('a⟨U+001B⟩[2K⟨U+200B⟩b');
    expect(showControls('خبر (نسخة) 2.txt')).toBe('خبر (نسخة) 2.txt');
  });

  it('marks quoted page text Arabic only when it has Arabic letters', () => {
    expect(quotedLang('واتساب')).toBe('ar');
    expect(quotedLang('{{ article.visit_count }}')).toBeUndefined();
    expect(quotedLang('By Reuters')).toBeUndefined();
  });

  it('keeps Arabic-Indic numbers in order in left-to-right text only', () => {
    expect(keepDigitOrder('January ١٣, ٢٠٢٠', 'ltr')).toBe('January ١٣\u200E, ٢٠٢٠\u200E');
    expect(keepDigitOrder('١٣ يناير', 'rtl')).toBe('١٣ يناير');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CONTRADICTION_TYPES, CUE_KINDS } from '../../src/core/types.ts';
import { ar } from '../../src/i18n/ar.ts';
import { keepDigitOrder } from '../../src/i18n/bidi.ts';
import { countryName } from '../../src/i18n/countries.ts';
import { en } from '../../src/i18n/en.ts';
import { dirOf, localeTag } from '../../src/i18n/locale.ts';

/**
 * The arguments of an ICU message as `name:type` (type `text` for a plain `{name}`), including those
 * nested in plural/select branches. Enough of ICU for our catalogs; quoting with ' is not used there.
 */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const readMessage = (stopAtBrace: boolean) => {
    while (i < message.length) {
      const ch = message[i];
      if (ch === '}' && stopAtBrace) return;
      if (ch === '{') {
        i++;
        readArgument();
      } else i++;
    }
  };
  const readArgument = () => {
    const close = message.slice(i).search(/[},]/);
    const head = message.slice(i, i + close).trim();
    i += close;
    if (message[i] === '}') {
      found.add(`${head}:text`);
      i++;
      return;
    }
    i++; // ','
    const typeEnd = message.slice(i).search(/[},]/);
    const type = message.slice(i, i + typeEnd).trim();
    i += typeEnd;
    found.add(`${head}:${type}`);
    if (message[i] === '}') {
      i++;
      return;
    }
    i++; // ',' before options
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      // key {message} key {message} ... }
      while (i < message.length && message[i] !== '}') {
        if (message[i] === '{') {
          i++;
          readMessage(true);
          i++; // '}'
        } else i++;
      }
      i++;
    } else {
      while (i < message.length && message[i] !== '}') i++;
      i++;
    }
  };
  readMessage(false);
  return [...found].sort();
}

describe('catalogs', () => {
  it('carry the same message ids', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
  });

  it('carry the same placeholders in every message', () => {
    for (const id of Object.keys(ar) as (keyof typeof ar)[]) {
      expect({ id, args: placeholders(en[id]) }).toEqual({ id, args: placeholders(ar[id]) });
    }
  });

  it('have no empty message', () => {
    for (const catalog of [ar, en])
      for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  // The interface words a type or kind as t(`ctype.${type}`) / t(`cue.${kind}`): a corpus may carry any of them.
  it('name every contradiction type and cue kind', () => {
    for (const catalog of [ar, en]) {
      for (const type of CONTRADICTION_TYPES) expect(catalog[`ctype.${type}`], type).toBeTruthy();
      for (const kind of CUE_KINDS) expect(catalog[`cue.${kind}`], kind).toBeTruthy();
    }
    expect([ar['ctype.opposite'], en['ctype.opposite']]).toEqual(['الفعل وعكسه', 'opposite predicates']);
    expect([ar['ctype.actor'], en['ctype.actor']]).toEqual(['الفاعل أو المكان', 'actor or place']);
    expect([ar['cue.predicate'], en['cue.predicate']]).toEqual(['فعل معاكس', 'opposite word']);
    expect([ar['cue.entity'], en['cue.entity']]).toEqual(['اسم أو مكان آخر', 'another name or place']);
  });

  it('the placeholder reader sees nested plural arguments', () => {
    expect(placeholders('{n, plural, one {# in {place}} other {#}} by {who}')).toEqual([
      'n:plural',
      'place:text',
      'who:text',
    ]);
  });
});

describe('locale helpers', () => {
  it('give the direction of each language', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });

  it('build a tag with Gregorian calendar and the chosen digits', () => {
    expect(localeTag('ar', 'arab')).toBe('ar-u-ca-gregory-nu-arab');
    expect(new Intl.NumberFormat(localeTag('ar', 'arab')).format(12)).toBe('١٢');
    expect(new Intl.NumberFormat(localeTag('ar', 'latn')).format(12)).toBe('12');
  });

  it('name countries in the interface language', () => {
    expect(countryName('EG', 'en')).toBe('Egypt');
    expect(countryName('EG', 'ar')).toBe('مصر');
    expect(countryName('not-a-code', 'en')).toBe('not-a-code');
  });
});

describe('keepDigitOrder', () => {
  it('marks Arabic-Indic numbers in left-to-right text only', () => {
    expect(keepDigitOrder('January ١٣, ٢٠٢٠', 'ltr')).toBe('January ١٣\u200E, ٢٠٢٠\u200E');
    expect(keepDigitOrder('١٣ يناير ٢٠٢٠', 'rtl')).toBe('١٣ يناير ٢٠٢٠');
    expect(keepDigitOrder('January 13, 2020', 'ltr')).toBe('January 13, 2020');
  });
});

describe('what the build leaves out of the ICU parser', () => {
  it('no message uses a number or date skeleton (the build ships no skeleton parser: src/i18n/no-skeletons.ts)', async () => {
    const { parse } = await import('@formatjs/icu-messageformat-parser');
    for (const catalog of [ar, en]) {
      for (const [id, message] of Object.entries(catalog)) {
        expect(message.includes('::'), id).toBe(false);
        // The real parser finds no skeleton argument either (a skeleton is a style object, a named style a string).
        const skeletons = JSON.stringify(parse(message)).includes('"style":{');
        expect(skeletons, id).toBe(false);
      }
    }
  });
});

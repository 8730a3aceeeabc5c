// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRADICTION_TYPES, CUE_KINDS } from '../../src/core/types.ts';
import { ar as firstPaint } from '../../src/i18n/ar.ts';
import { arLate } from '../../src/i18n/ar-late.ts';
import { keepDigitOrder } from '../../src/i18n/bidi.ts';
import { countryName } from '../../src/i18n/countries.ts';
import { en } from '../../src/i18n/en.ts';
import { dirOf, localeTag } from '../../src/i18n/locale.ts';
import { ROOT } from '../core/helpers.ts';

/** The whole Arabic catalog: the first paint's strings and the lazily loaded parts'. */
const ar = { ...firstPaint, ...arLate };

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

/** Modules that reach the page only through a loader that brings the late strings (`withStrings`). */
const LATE_MODULES = [
  'src/ui/add/AddDialog.tsx',
  'src/ui/add/OwnNotices.tsx',
  'src/ui/glance/AgreementMap.tsx',
  'src/ui/glance/CoverageChart.tsx',
  'src/ui/glance/GlanceBody.tsx',
  'src/ui/glance/Timeline.tsx',
  'src/ui/matrix/SingleClaimsList.tsx',
  'src/ui/notices/UrlNotices.tsx',
  'src/ui/stories/NewStoryDialog.tsx',
  'src/ui/stories/OwnStoryActions.tsx',
  'src/ui/stories/StoryShare.tsx',
];

describe('catalogs', () => {
  it('keep the late strings apart from the first paint’s, asked for only by parts loaded with them', () => {
    const late = Object.keys(arLate);
    expect(late.filter((id) => id in firstPaint)).toEqual([]);
    const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('i18n'))
      .map((f) => `src/${f}`);
    const misplaced: string[] = [];
    for (const file of sources) {
      if (LATE_MODULES.includes(file)) continue;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const id of late) if (text.includes(`'${id}'`)) misplaced.push(`${file}: ${id}`);
      for (const [, prefix] of text.matchAll(/`([a-z][a-zA-Z0-9.+-]*\.)\$\{/g))
        for (const id of late) if (id.startsWith(prefix!)) misplaced.push(`${file}: ${prefix}…`);
    }
    expect(misplaced).toEqual([]);
  });

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

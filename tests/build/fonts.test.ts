import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARABIC_RANGES } from '../../src/build/fonts-plugin.ts';

const css = readFileSync(path.resolve(import.meta.dirname, '../../src/fonts.css'), 'utf8');
const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

describe('the cut reading font', () => {
  it('declares exactly the characters the fonts plugin keeps, in both weights', () => {
    const declared = ARABIC_RANGES.map(([from, to]) =>
      from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`,
    ).join(', ');
    const arabicFaces = [...css.matchAll(/naskh-arabic-(\d+)\.woff2[^}]*unicode-range:\s*([^;]+);/g)];
    expect(arabicFaces.map((m) => m[1])).toEqual(['400', '700']);
    for (const face of arabicFaces) expect(face[2]!.replace(/\s+/g, ' ').trim()).toBe(declared);
  });

  it('keeps every letter of the Arabic alphabet, the marks and both digit sets', () => {
    const kept = (c: string) =>
      ARABIC_RANGES.some(([from, to]) => c.codePointAt(0)! >= from && c.codePointAt(0)! <= to);
    for (const c of 'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟پچژڤکگی')
      expect(kept(c), c).toBe(true);
  });
});

// Property-based tests (fast-check, fixed seed): ingestion never throws whatever arrives, and never
// loses a sentence of a clean article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import type { IngestResult } from '../../src/core/ingest/ingest-article.ts';
import { ingestArticle, ingestDecoded } from '../../src/core/ingest/ingest-article.ts';
import { endsSentence } from '../../src/core/text/words.ts';
import { PROBLEM_CODES } from '../../src/core/types.ts';
import { bodyOf, bytesOf, ROOT, registry } from './helpers.ts';

// Hundreds of generated inputs per property: slow on a loaded two-core machine, and that is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const RUNS = { seed: 20200113, numRuns: 150 };

/** The body sentences of the five seeds, as the reviewed golden corpus holds them. */
const SENTENCES: string[] = (() => {
  const corpus = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8'));
  return corpus.articles.flatMap((a: { paragraphs: { sentences: { text: string }[] }[] }) =>
    a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
  );
})();

/** Page clutter of every kind the passes know, and markup. */
const CLUTTER = [
  'WhatsApp',
  'Telegram',
  'اقرأ أيضا',
  'عاجل',
  'أحدث الأخبار',
  'المصدر: وكالات',
  'ت + ت - الحجم الطبيعي',
  '{{ article.visit_count }}',
  'الرئيسية > أخبار > اقتصاد',
  'جميع الحقوق محفوظة © 2020',
  'التعليقات',
  '31/10/2024',
  '...',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<div class="x">',
  '</p>',
  'كتب : وكالات',
];

/** A result is an article, or a refusal with a known code and a one-line reason. */
function expectWellFormed(result: IngestResult): void {
  if (result.ok) {
    expect(result.article.paragraphs.length).toBeGreaterThan(0);
    return;
  }
  expect(PROBLEM_CODES).toContain(result.problem.code);
  expect(result.problem.reason).toMatch(/^\S[^\n]*$/);
}

const ingestBytes = (bytes: Uint8Array) => ingestArticle({ file: 'x.txt', bytes }, { registry });
const ingestString = (text: string) => ingestDecoded('x.txt', text, [], { registry });

/** Any UTF-16 code unit: lone surrogates, controls, NUL, bidi marks, BOMs. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const arabicUnit = fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c));
const line = fc.oneof(
  fc.constantFrom(...SENTENCES),
  fc.constantFrom(...CLUTTER),
  fc.string({ unit: anyUnit, maxLength: 80 }),
  fc.string({ unit: arabicUnit, maxLength: 200 }),
  fc.constant(''),
);

describe('ingestion never throws', () => {
  it('for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => expectWellFormed(ingestBytes(bytes))),
      RUNS,
    );
  });

  it('for arbitrary bytes after a byte order mark', () => {
    const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 4000 }), (mark, bytes) =>
        expectWellFormed(ingestBytes(new Uint8Array([...mark, ...bytes]))),
      ),
      RUNS,
    );
  });

  it('for arbitrary strings, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 2000 }), (text) => {
        expectWellFormed(ingestString(text));
        expectWellFormed(ingestBytes(bytesOf(text)));
      }),
      RUNS,
    );
  });

  it('for random mixes of Arabic sentences, clutter, markup and noise, with any line endings', () => {
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), eol, (lines, end) =>
        expectWellFormed(ingestString(lines.join(end))),
      ),
      RUNS,
    );
  });

  it('for huge lines', () => {
    const huge = fc.tuple(
      fc.oneof(
        fc.constantFrom(...SENTENCES),
        fc.constantFrom(...CLUTTER),
        fc.string({ unit: anyUnit, maxLength: 20 }),
      ),
      fc.integer({ min: 1000, max: 8000 }),
    );
    fc.assert(
      fc.property(huge, ([piece, times]) => expectWellFormed(ingestString(`${piece} `.repeat(times)))),
      { ...RUNS, numRuns: 12 },
    );
  });

  it('for a folder of random files (buildCorpus)', () => {
    const file = fc.record({
      file: fc.string({ unit: anyUnit, minLength: 1, maxLength: 20 }).map((n) => `${n}.txt`),
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 500 }),
        fc.array(line, { maxLength: 20 }).map((ls) => bytesOf(ls.join('\n'))),
      ),
    });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 8 }), (inputs) => {
        const corpus = buildCorpus(inputs, {
          registry,
          provenance: {},
          story: { id: 's', title: { ar: 'ق', en: 'S' }, date: '2020-01-13' },
        });
        expect(corpus.articles.length + corpus.problems.length).toBe(inputs.length);
        const ids = corpus.articles.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });
});

describe('ingestion never loses a sentence of clean input', () => {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  /** Sentences that end like prose (a full stop, possibly inside closing quotes). */
  const FINISHED = SENTENCES.filter((t) => endsSentence(t));

  /** Distinct sentences of `pool` (a sentence said twice is rightly dropped as a repeat), cut into paragraphs. */
  const articleOf = (pool: string[]) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 14 })
      .chain((picks) =>
        fc
          .array(fc.integer({ min: 1, max: 4 }), { minLength: picks.length, maxLength: picks.length })
          .map((sizes) => {
            const paragraphs: string[][] = [];
            let i = 0;
            for (const size of sizes) {
              if (i >= picks.length) break;
              paragraphs.push(picks.slice(i, i + size).map((k) => pool[k]!));
              i += size;
            }
            return paragraphs;
          }),
      );
  const layout = fc.record({
    gap: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n'),
    space: fc.constantFrom(' ', '  ', '\u00a0'),
    bom: fc.boolean(),
  });
  const ingestClean = (
    paragraphs: string[][],
    { gap, space, bom }: { gap: string; space: string; bom: boolean },
  ) => {
    const text = `${bom ? '\ufeff' : ''}${paragraphs.map((p) => p.join(space)).join(gap)}\n`;
    const result = ingestArticle({ file: 'clean.txt', bytes: bytesOf(text) }, { registry });
    if (!result.ok) throw new Error(`refused: ${result.problem.reason}`);
    return result.article;
  };

  it('every sentence of an article of finished sentences is in its body', () => {
    expect(FINISHED.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(articleOf(FINISHED), layout, (paragraphs, how) => {
        const body = squeeze(bodyOf(ingestClean(paragraphs, how)).join(' '));
        for (const sentence of paragraphs.flat()) expect(body).toContain(squeeze(sentence));
      }),
      RUNS,
    );
  });

  it('any real sentence is in the body or, opening the page without a full stop, is its headline', () => {
    fc.assert(
      fc.property(articleOf(SENTENCES), layout, (paragraphs, how) => {
        const article = ingestClean(paragraphs, how);
        const kept = squeeze([article.title ?? '', ...bodyOf(article)].join(' '));
        for (const sentence of paragraphs.flat()) expect(kept).toContain(squeeze(sentence));
      }),
      RUNS,
    );
  });
});

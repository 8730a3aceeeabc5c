// Broken seed files beside good ones (issue 6, part 1): every unusable file is named with a code and a
// plain reason, everything that can honestly be decoded is, with a note saying how, and every usable
// article still builds. The fixtures are tests/fixtures/broken/ (made by its make-fixtures.py).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { articleIdFromFile } from '../../src/core/ingest/article-id.ts';
import { decodeBytes, MAX_ARTICLE_BYTES } from '../../src/core/ingest/decode-bytes.ts';
import { ingestDecoded } from '../../src/core/ingest/ingest-article.ts';
import { splitLines } from '../../src/core/ingest/split-lines.ts';
import { stripMarkup } from '../../src/core/ingest/strip-markup.ts';
import type { ArticleInput, Corpus, StoryConfig } from '../../src/core/types.ts';
import { articleOf, bodyOf, bytesOf, problemOf, ROOT, registry, removedWith, txtFiles } from './helpers.ts';

const BROKEN_DIR = path.join(ROOT, 'tests/fixtures/broken');
const story: StoryConfig = { id: 's', title: { ar: 'ق', en: 'S' }, date: '2020-01-13' };
const BODY = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.';

const fixtureInputs = (): ArticleInput[] =>
  txtFiles(BROKEN_DIR).map((file) => ({
    file,
    bytes: new Uint8Array(readFileSync(path.join(BROKEN_DIR, file))),
  }));

const corpusOf = (inputs: ArticleInput[]): Corpus => buildCorpus(inputs, { registry, provenance: {}, story });

const utf16le = (text: string) =>
  new Uint8Array([
    0xff,
    0xfe,
    ...Array.from(text, (c) => c.charCodeAt(0)).flatMap((u) => [u & 0xff, u >> 8]),
  ]);
const utf16be = (text: string) =>
  new Uint8Array([
    0xfe,
    0xff,
    ...Array.from(text, (c) => c.charCodeAt(0)).flatMap((u) => [u >> 8, u & 0xff]),
  ]);

/** Windows-1256 bytes of Arabic text, from the decoder's own table (every byte maps to one character). */
function cp1256(text: string): Uint8Array {
  const table = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from(text, (ch) => {
    const byte = table.indexOf(ch);
    if (byte < 0) throw new Error(`not in Windows-1256: ${ch}`);
    return byte;
  });
}

describe('the broken fixture folder', () => {
  const corpus = corpusOf(fixtureInputs());
  const problem = (file: string) => corpus.problems.find((p) => p.file === file);
  const article = (file: string) => corpus.articles.find((a) => a.file === file);

  it('builds every usable article and refuses every broken file, each exactly once', () => {
    expect(corpus.articles.map((a) => a.file)).toEqual([
      '01-tass.txt',
      '02-wire.txt',
      '03-analysis.txt',
      'crlf.txt',
      'html-page.txt',
      'my article [draft].txt',
      'utf-16be-bom.txt',
      'utf-16le-bom.txt',
      'windows-1256.txt',
      'خبر (نسخة) 2.txt',
    ]);
    expect(corpus.problems.map((p) => [p.file, p.code])).toEqual([
      ['99-duplicate-of-01.txt', 'duplicate'],
      ['binary.txt', 'binary'],
      ['clutter-only.txt', 'only-clutter'],
      ['empty.txt', 'empty'],
      ['english.txt', 'not-arabic'],
      ['invalid-utf8.txt', 'invalid-encoding'],
      ['whitespace-only.txt', 'empty'],
    ]);
  });

  it('gives every refusal a one-line English reason, never a stack trace', () => {
    for (const p of corpus.problems) {
      expect(p.reason, p.file).toMatch(/^[a-z].*\S$/);
      expect(p.reason, p.file).not.toMatch(/\n|\bat .+:\d+:\d+|Error:/);
    }
  });

  it('names the original a duplicate repeats; the first in file-name order is kept', () => {
    expect(problem('99-duplicate-of-01.txt')).toEqual({
      file: '99-duplicate-of-01.txt',
      code: 'duplicate',
      duplicateOf: '01-tass.txt',
      reason: 'the same text as 01-tass.txt, which is kept',
    });
  });

  it('refuses damaged UTF-8 as invalid UTF-8, not as mojibake in Windows-1256', () => {
    expect(problem('invalid-utf8.txt')).toMatchObject({
      code: 'invalid-encoding',
      encoding: 'UTF-8',
      reason: expect.stringMatching(/^not valid UTF-8 \(byte 0xFF at offset \d+\)/),
    });
  });

  it('decodes UTF-16 with a byte order mark and Windows-1256, saying which encoding it assumed', () => {
    expect(article('utf-16le-bom.txt')?.notes).toContain('decoded as UTF-16LE (byte order mark)');
    expect(article('utf-16be-bom.txt')?.notes).toContain('decoded as UTF-16BE (byte order mark)');
    expect(article('utf-16le-bom.txt')?.title).toBe('تركيا وروسيا تدعوان إلى هدنة دائمة في ليبيا');
    expect(article('utf-16be-bom.txt')?.title).toBe('مجلس النواب الليبي يتابع مفاوضات موسكو');
    const cp = article('windows-1256.txt');
    expect(cp?.notes[0]).toMatch(
      /^decoded as Windows-1256 \(assumed: not valid UTF-8, and as Windows-1256 it reads/,
    );
    expect(cp?.title).toBe('حفتر يغادر موسكو دون توقيع الاتفاق');
    expect(bodyOf(cp!)[0]).toContain('غادر المشير خليفة حفتر العاصمة الروسية');
  });

  it('reads CRLF files like LF ones', () => {
    const crlf = article('crlf.txt')!;
    expect(crlf.title).toBe('الأمم المتحدة ترحب بمحادثات موسكو');
    expect(bodyOf(crlf)).toHaveLength(2);
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  it('keeps an HTML page’s article text and removes its markup, scripts included, as inert lines', () => {
    const html = article('html-page.txt')!;
    expect(html.title).toBe('الجزائر ترحب بوقف إطلاق النار في ليبيا');
    expect(bodyOf(html)).toEqual([
      'رحبت الجزائر بإعلان وقف إطلاق النار في ليبيا، ودعت إلى حل سياسي بين الليبيين أنفسهم بعيدا عن التدخلات الخارجية.',
      'وقال بيان لوزارة الخارجية إن الجزائر مستعدة لاستضافة حوار بين الأطراف الليبية.',
    ]);
    const markup = removedWith(html, 'markup');
    expect(markup).toContain('<script>alert(1)</script>');
    expect(markup).toContain('<img src=x onerror=alert(1)>');
    expect(markup).toContain("document.write('<img src=x onerror=alert(2)>');");
    expect(markup).toContain('<title>محادثات موسكو</title>');
    expect(markup).toContain('body { color: red; }');
    expect(JSON.stringify(html.paragraphs)).not.toMatch(/[<>]|alert|onerror/);
    expect(html.notes.join(' ')).toMatch(/HTML markup cut from lines 14, 16, 17/);
  });

  it('gives odd file names valid, unique ids and keeps their real names', () => {
    const ids = corpus.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(article('my article [draft].txt')?.id).toMatch(/^my-article-draft-[a-z0-9]+$/);
    expect(article('خبر (نسخة) 2.txt')?.id).toMatch(/^2-[a-z0-9]+$/);
    expect(article('خبر (نسخة) 2.txt')?.title).toBe('مصر تتابع التطورات في ليبيا');
  });
});

describe('too large', () => {
  it('refuses a file over the limit before decoding it, naming its size and the limit', () => {
    const line = `${BODY}\n`;
    const big = bytesOf(line.repeat(Math.ceil((3 * 1024 * 1024) / bytesOf(line).length)));
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(problemOf(big, 'big.txt')).toEqual({
      file: 'big.txt',
      code: 'too-large',
      limitMb: 1,
      reason: 'too large for one article (3.0 MB; the limit is 1 MB)',
    });
  });

  it('takes an article just under the limit, and quickly', () => {
    const line = `${BODY}\n`;
    const text = line.repeat(Math.floor((MAX_ARTICLE_BYTES - 16) / bytesOf(line).length));
    const started = performance.now();
    const article = articleOf(bytesOf(text));
    expect(performance.now() - started).toBeLessThan(15_000);
    // The same paragraph again and again is one body paragraph and many repeats.
    expect(article.paragraphs.length).toBeGreaterThan(0);
  });

  it('splits a one-line megabyte into sentences without running out of memory', () => {
    const text = `${BODY} `.repeat(Math.floor((MAX_ARTICLE_BYTES - 16) / bytesOf(`${BODY} `).length));
    const article = articleOf(bytesOf(text));
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.sentences.every((s) => s.text === BODY)).toBe(true);
  });
});

describe('decoding', () => {
  const ARTICLE = `عنوان الخبر عن المحادثات\n\n${BODY}\n`;

  it('decodes Windows-1256 only when the bytes are not UTF-8 and read as Arabic', () => {
    const result = decodeBytes(cp1256(ARTICLE));
    expect(result).toEqual({
      ok: true,
      text: ARTICLE,
      notes: [
        'decoded as Windows-1256 (assumed: not valid UTF-8, and as Windows-1256 it reads as Arabic text: 100% of its letters are Arabic)',
      ],
    });
  });

  it('refuses Latin-1 text as invalid UTF-8 rather than reading it as Windows-1256', () => {
    const latin1 = Uint8Array.from('Le gouvernement a annoncé un accord à Moscou, déclaré à midi.', (c) =>
      c.charCodeAt(0),
    );
    expect(decodeBytes(latin1)).toMatchObject({ ok: false, code: 'invalid-encoding', encoding: 'UTF-8' });
  });

  it('decodes UTF-16 LE and BE Arabic articles with a byte order mark', () => {
    expect(articleOf(utf16le(ARTICLE)).title).toBe('عنوان الخبر عن المحادثات');
    expect(articleOf(utf16be(ARTICLE)).title).toBe('عنوان الخبر عن المحادثات');
  });

  it('refuses UTF-16 with a lone surrogate as invalid UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x27, 0x06, 0x00, 0xd8, 0x27, 0x06]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'invalid-encoding', encoding: 'UTF-16LE' });
  });
});

describe('not Arabic', () => {
  it('refuses a body with too few Arabic letters, saying how many', () => {
    const english =
      'Talks in Moscow\n\nRussia said on Monday that both sides had made progress in the talks.\n';
    const p = problemOf(bytesOf(english), 'en.txt');
    expect(p.code).toBe('not-arabic');
    expect(p.reason).toMatch(
      /^not an Arabic article \(0% of the letters in its text are Arabic; at least 50% are needed\)$/,
    );
  });

  it('keeps an Arabic article that quotes English names and words', () => {
    const mixed = `${BODY}\nوقال مسؤول في Reuters إن الاتفاق (ceasefire agreement) قد يوقع غدا.\n`;
    expect(articleOf(bytesOf(mixed)).paragraphs).toHaveLength(2);
  });

  it('judges the article text, not the clutter around it', () => {
    const clutter = 'Home\nNews\nShare on Facebook\nWhatsApp\nTelegram\nCopyright 2020 All rights reserved\n';
    expect(articleOf(bytesOf(`${clutter}${BODY}\n`)).paragraphs).toHaveLength(1);
  });
});

describe('duplicates', () => {
  it('sees the same text through a different encoding or line ending as a duplicate', () => {
    const text = `عنوان الخبر\n\n${BODY}\n`;
    const corpus = corpusOf([
      { file: 'b.txt', bytes: utf16le(text) },
      { file: 'a.txt', bytes: bytesOf(text) },
      { file: 'c.txt', bytes: bytesOf(text.replace(/\n/g, '\r\n')) },
      { file: 'd.txt', bytes: bytesOf(`${text}\nسطر آخر مختلف عن الخبر الأول.`) },
    ]);
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt', 'd.txt']);
    expect(corpus.problems.map((p) => [p.file, p.code, p.duplicateOf])).toEqual([
      ['b.txt', 'duplicate', 'a.txt'],
      ['c.txt', 'duplicate', 'a.txt'],
    ]);
  });

  it('does not call two refused files duplicates of each other', () => {
    const corpus = corpusOf([
      { file: 'a.txt', bytes: bytesOf(BODY) },
      { file: 'e1.txt', bytes: new Uint8Array() },
      { file: 'e2.txt', bytes: new Uint8Array() },
    ]);
    expect(corpus.problems.map((p) => p.code)).toEqual(['empty', 'empty']);
  });
});

describe('markup', () => {
  const run = (text: string) =>
    stripMarkup({
      file: 't.txt',
      articleId: 't',
      registry,
      lines: splitLines(text),
      notes: [],
      bodyStart: 0,
      title: null,
      captions: [],
    });

  it('removes tag-only lines, comments and script/style blocks with their contents', () => {
    const draft = run(
      [
        '<div class="story">',
        '<!-- a comment -->',
        '<script type="text/javascript">',
        'var a = 1 < 2 && "نص";',
        '</script>',
        '<style>p { color: red }</style>',
        '<br/>',
        BODY,
        '</div>',
      ].join('\n'),
    );
    expect(draft.lines.map((l) => l.reason ?? 'body')).toEqual([
      'markup',
      'markup',
      'markup',
      'markup',
      'markup',
      'markup',
      'markup',
      'body',
      'markup',
    ]);
  });

  it('cuts inline tags from a body line but keeps their text, and decodes entities there', () => {
    const draft = run(
      '<p>قال <b>الوزير</b> إن <a href="/x">الاتفاق</a>&nbsp;&quot;قريب&quot; &amp; مهم.</p>',
    );
    expect(draft.lines[0]).toEqual({ line: 1, text: 'قال الوزير إن الاتفاق "قريب" & مهم.' });
    expect(draft.notes).toEqual(['HTML markup cut from line 1 (its text kept)']);
  });

  it('keeps a block-level break between words but joins inline tags inside a word', () => {
    expect(run('<p>أولا</p><p>ثانيا</p>').lines[0]?.text).toBe('أولا ثانيا');
    expect(run('<b>الاتفا</b>ق').lines[0]?.text).toBe('الاتفاق');
  });

  it('removes a script inside a body line with its contents', () => {
    expect(run(`${BODY}<script>alert(1)</script> نهاية.`).lines[0]?.text).toBe(`${BODY} نهاية.`);
  });

  it('leaves text that only looks like markup alone', () => {
    const lines = [
      'السعر < 5 دنانير و > 3 دنانير.',
      'قال: <<لن نوقع>> اليوم.',
      '<رويترز> أفادت بأن الاتفاق قريب.',
    ];
    const draft = run(lines.join('\n'));
    expect(draft.lines.map((l) => l.text)).toEqual(lines);
    expect(draft.lines.every((l) => l.reason === undefined)).toBe(true);
  });

  it('an unclosed <script> removes only its own line, not the article after it', () => {
    const draft = run(`<script>\n${BODY}`);
    expect(draft.lines.map((l) => l.reason ?? 'body')).toEqual(['markup', 'body']);
  });

  it('a multi-line comment is removed line by line', () => {
    const draft = run(`<!--\n${BODY}\n-->\n${BODY}`);
    expect(draft.lines.map((l) => l.reason ?? 'body')).toEqual(['markup', 'markup', 'markup', 'body']);
  });

  it('through the whole pipeline, every removed markup line keeps its exact text', () => {
    const text = `<h1>عنوان الخبر عن المحادثات في موسكو</h1>\n<img src=x onerror=alert(1)>\n<p>${BODY}</p>\n`;
    const article = articleOf(bytesOf(text));
    expect(article.title).toBe('عنوان الخبر عن المحادثات في موسكو');
    expect(article.removed).toContainEqual({
      line: 2,
      text: '<img src=x onerror=alert(1)>',
      reason: 'markup',
    });
    expect(bodyOf(article)).toEqual([BODY]);
  });
});

describe('odd file names', () => {
  it.each([
    ['خبر (نسخة) 2.txt', /^2-[a-z0-9]+$/],
    ['my article [draft].txt', /^my-article-draft-[a-z0-9]+$/],
    ['خبر.txt', /^article-[a-z0-9]+$/],
    ['  .txt', /^article-[a-z0-9]+$/],
    ['Café.txt', /^caf-[a-z0-9]+$/],
  ])('%s gets a valid id', (file, id) => expect(articleIdFromFile(file)).toMatch(id));

  it('names that differ only in Arabic letters get different ids', () => {
    expect(articleIdFromFile('خبر 2.txt')).not.toBe(articleIdFromFile('تقرير 2.txt'));
  });

  it('an article and a problem keep the file’s real name', () => {
    const corpus = corpusOf([
      { file: 'خبر (نسخة) 2.txt', bytes: bytesOf(BODY) },
      { file: 'ملف [فارغ].txt', bytes: new Uint8Array() },
    ]);
    expect(corpus.articles[0]?.file).toBe('خبر (نسخة) 2.txt');
    expect(corpus.problems[0]?.file).toBe('ملف [فارغ].txt');
  });
});

describe('ingestDecoded', () => {
  it('takes decoded text with its notes (what buildCorpus and a worker hand it)', () => {
    const result = ingestDecoded('x.txt', BODY, ['decoded as X'], { registry });
    expect(result.ok && result.article.notes).toEqual(['decoded as X']);
  });
});

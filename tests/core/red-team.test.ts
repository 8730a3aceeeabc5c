// Regression tests for the red-team review: invisible junk, garbled encodings, UTF-16 without a byte order
// mark, blank-looking files, URLs in the not-Arabic check, short repeated labels, impossible dates, registry
// and placeholder ids, and article ids that do not depend on sibling files. Every fixture is made here.
import { describe, expect, it } from 'vitest';
import { buildCorpus, parseProvenance, parseRegistry, parseStory } from '../../src/core/corpus.ts';
import { articleIdFromFile } from '../../src/core/ingest/article-id.ts';
import { decodeBytes } from '../../src/core/ingest/decode-bytes.ts';
import type { ArticleInput, StoryConfig } from '../../src/core/types.ts';
import {
  articleOf,
  bodyOf,
  bytesOf,
  expectNothingLost,
  ingestText,
  problemOf,
  registry,
  removedWith,
} from './helpers.ts';

const story: StoryConfig = { id: 's', title: { ar: 'ق', en: 'S' }, date: '2020-01-13' };
const TITLE = 'الحكومة تعلن خطة جديدة لدعم المزارعين';
const BODY = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.';
const BODY2 = 'وقال وزير الزراعة إن الخطة ستبدأ في الربيع المقبل، وإنها تشمل أكثر من مئة ألف مزارع.';
const ARTICLE = `${TITLE}\n\n${BODY}\n\n${BODY2}\n`;

const corpusOf = (inputs: ArticleInput[]) => buildCorpus(inputs, { registry, provenance: {}, story });

/** A single-byte code page's encoder, from its decoder's own table (every byte maps to one character). */
function singleByte(encoding: string): (text: string) => Uint8Array {
  const table = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return (text) =>
    Uint8Array.from(text, (ch) => {
      const byte = table.indexOf(ch);
      if (byte < 0) throw new Error(`not in ${encoding}: ${ch}`);
      return byte;
    });
}
const cp1256 = singleByte('windows-1256');
const koi8r = singleByte('koi8-r');

/** GB18030 bytes of Chinese text, from the decoder's own two-byte table. */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  return Uint8Array.from(
    Array.from(text).flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GB18030's two-byte table: ${ch}`);
      return bytes;
    }),
  );
}

/** Arabic UTF-8 read as Windows-1256 and saved again as UTF-8: «ط¹ظ†ظˆط§ظ†» for «عنوان». */
const doubleEncoded = (text: string) => new TextDecoder('windows-1256').decode(bytesOf(text));

const utf16 = (text: string, order: 'le' | 'be') =>
  new Uint8Array(
    Array.from(text, (c) => c.charCodeAt(0)).flatMap((u) =>
      order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff],
    ),
  );

describe('1. invisible formatting junk is removed from the text, with a note', () => {
  it('a right-to-left override no longer reverses the digits after it', () => {
    const result = decodeBytes(bytesOf(`${BODY}\nبلغ عدد المشاركين \u202E100 مشارك في المؤتمر.\n`));
    expect(result).toMatchObject({ ok: true, text: `${BODY}\nبلغ عدد المشاركين 100 مشارك في المؤتمر.\n` });
    expect(result.ok && result.notes).toEqual(['removed 1 invisible formatting character (1 bidi control)']);
  });

  it('an unclosed override does not run into the next sentence of the body', () => {
    const article = ingestText(`${TITLE}\n\nقال الوزير \u202Dإن الخطة جاهزة. ${BODY}\n${BODY2}\n`);
    expect(JSON.stringify(article.paragraphs)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(bodyOf(article)[0]).toBe(`قال الوزير إن الخطة جاهزة. ${BODY}`);
    expect(article.notes).toContain('removed 1 invisible formatting character (1 bidi control)');
  });

  it('removes every kind the rule names, and counts each kind', () => {
    const junk = [
      '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069', // 9 bidi controls
      '\u061C\u200E\u200F', // 3 direction marks
      '\u001B\u0001\u007F\u0080\u009B', // 5 control characters
      '\uFDD0\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{10FFFF}', // 6 noncharacters
      '\u{E0001}\u{E0041}\u{E007F}', // 3 tag characters
    ].join('');
    const result = decodeBytes(bytesOf(`${BODY.slice(0, 20)}${junk}${BODY.slice(20)}`));
    expect(result).toMatchObject({ ok: true, text: BODY });
    expect(result.ok && result.notes).toEqual([
      'removed 26 invisible formatting characters (9 bidi controls, 3 direction marks, 5 control characters, 6 noncharacters, 3 tag characters)',
    ]);
  });

  it('keeps tabs, newlines, the zero-width non-joiner and joiner, and adds no note to clean text', () => {
    const text = `${BODY}\tمي\u200Cخواهم\n\u200Dلا\r\n${BODY2}`;
    expect(decodeBytes(bytesOf(text))).toEqual({ ok: true, text, notes: [] });
  });

  it('reads Unicode line and paragraph separators (and VT, FF, NEL) as line breaks', () => {
    const result = decodeBytes(bytesOf(`${BODY}\u2028${BODY2}\u2029${TITLE}\u000B${BODY}\u0085${BODY2}`));
    expect(result).toMatchObject({ ok: true, text: `${BODY}\n${BODY2}\n${TITLE}\n${BODY}\n${BODY2}` });
    expect(result.ok && result.notes).toEqual(['read 4 line or paragraph separators as line breaks']);
    const article = ingestText(`${TITLE}\u2029${BODY}\u2028${BODY2}`);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
  });

  it('never loses visible text: junk anywhere leaves exactly the visible characters, through the pipeline', () => {
    const clean = `${TITLE}\n\n${BODY}\n\n${BODY2}\n`;
    const junk = ['\u202E', '\u2066', '\u200F', '\u001B', '\uFFFF', '\u{E0020}', '\u0090'];
    let dirty = '';
    Array.from(clean).forEach((ch, i) => {
      dirty += ch;
      if (i % 7 === 3) dirty += junk[i % junk.length];
    });
    const article = ingestText(dirty);
    expectNothingLost(clean, article);
    expect(article.title).toBe(TITLE);
  });
});

describe('2. garbled text is not taken for Arabic', () => {
  const RUSSIAN =
    'Министр иностранных дел России Сергей Лавров заявил в понедельник, что стороны ливийского конфликта ' +
    'достигли прогресса на переговорах в Москве.\nПереговоры продолжатся завтра утром, сообщили в министерстве. ' +
    'Ранее глава правительства национального согласия подписал соглашение о прекращении огня.\n';
  const CHINESE =
    '俄罗斯外交部长拉夫罗夫星期一表示，利比亚冲突双方在莫斯科的谈判中取得了进展。谈判将于明天上午继续。\n';

  it('refuses a KOI8-R Russian file instead of reading it as Windows-1256 Arabic letters', () => {
    const p = problemOf(koi8r(RUSSIAN));
    expect(p.code).toBe('invalid-encoding');
    expect(p.reason).toMatch(/^not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset \d+\); as Windows-1256 it/);
    expect(p.reason).toMatch(/not Arabic words/);
  });

  it('refuses a GB18030 Chinese file without a byte order mark the same way', () => {
    expect(problemOf(gb18030(CHINESE))).toMatchObject({ code: 'invalid-encoding', encoding: 'UTF-8' });
  });

  it('decodes a GB18030 file with its byte order mark as GB18030, and then refuses it as not Arabic', () => {
    const bytes = new Uint8Array([0x84, 0x31, 0x95, 0x33, ...gb18030(CHINESE)]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({
      ok: true,
      text: CHINESE,
      notes: ['decoded as GB18030 (byte order mark)'],
    });
    expect(problemOf(bytes).code).toBe('not-arabic');
  });

  it('still decodes real Windows-1256 Arabic', () => {
    const article = articleOf(cp1256(ARTICLE));
    expect(article.title).toBe(TITLE);
    expect(article.notes[0]).toMatch(/^decoded as Windows-1256/);
  });

  it('repairs double-encoded UTF-8 and says so', () => {
    const garbled = doubleEncoded(ARTICLE);
    expect(garbled).toMatch(/^ط§ظ„ط­ظƒظˆظ…ط©/);
    const decoded = decodeBytes(bytesOf(garbled));
    expect(decoded).toEqual({
      ok: true,
      text: ARTICLE,
      notes: ['repaired double-encoded UTF-8 (decoded as Windows-1256 and re-saved)'],
    });
    const article = articleOf(bytesOf(garbled));
    expect(article.title).toBe(TITLE);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
  });

  it('refuses double-encoded UTF-8 that cannot be repaired, saying what it looks like', () => {
    // One garbled letter lost its second half: the bytes no longer make UTF-8 again.
    const garbled = doubleEncoded(ARTICLE).replace('ظ„', 'ظ');
    const p = problemOf(bytesOf(garbled));
    expect(p.code).toBe('invalid-encoding');
    expect(p.reason).toMatch(/^garbled text: Arabic UTF-8 read as Windows-1256 and saved again/);
  });

  it('refuses Arabic letters that do not make Arabic words, whatever the encoding', () => {
    // KOI8-R Russian misread as Windows-1256, then saved as UTF-8.
    const gibberish = new TextDecoder('windows-1256').decode(koi8r(RUSSIAN));
    const p = problemOf(bytesOf(gibberish));
    expect(p.code).toBe('not-arabic');
    expect(p.reason).toMatch(/not Arabic words/);
  });

  it('keeps a short Arabic text, a headline or a tweet-length wire, with few words carrying «ال» (issue 10)', () => {
    for (const headline of [
      'ليبيا ترفض خطة أوروبية لفتح مراكز للمهاجرين على أراضيها',
      'وزير خارجية مصر يجري مقابلة مع قناة روسية',
      'توتال تسعى لتوسيع بؤرة التنقيب قرب قبرص رغم تهديدات تركيا',
    ]) {
      const article = ingestText(`${headline}\n`);
      expect(bodyOf(article)).toEqual([headline]);
    }
  });

  it('still refuses a short run of Arabic letters that make no Arabic words', () => {
    const gibberish = new TextDecoder('windows-1256').decode(koi8r(RUSSIAN));
    const short = gibberish.split(/\s+/).slice(0, 12).join(' ');
    expect(problemOf(bytesOf(`${short}\n`)).code).toBe('not-arabic');
  });

  it('keeps real Arabic heavy in ط and ظ, and real Arabic with ط before punctuation', () => {
    const text = `${TITLE}\nظل الضابط ظاهرا فقط، وظهر الظلام على الطريق فقط؛ فهل سقط «الخط»؟\n${BODY}\n`;
    const article = ingestText(text);
    expect(bodyOf(article)[0]).toBe('ظل الضابط ظاهرا فقط، وظهر الظلام على الطريق فقط؛ فهل سقط «الخط»؟');
    expect(article.notes).toEqual([]);
  });

  it('keeps a short Arabic text with no article or function word', () => {
    expect(ingestText('حفتر يغادر موسكو').paragraphs).toHaveLength(1);
  });
});

describe('3. UTF-16 without a byte order mark', () => {
  it.each([
    ['le', 'UTF-16LE', 'odd'],
    ['be', 'UTF-16BE', 'even'],
  ] as const)('decodes %s, saying what it assumed', (order, name, parity) => {
    const article = articleOf(utf16(ARTICLE, order));
    expect(article.title).toBe(TITLE);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
    expect(article.notes).toEqual([
      `decoded as ${name} (assumed: no byte order mark, but its NUL bytes fall only at ${parity} offsets, as in ${name} text)`,
    ]);
  });

  it('still refuses binary files', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
      0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff, 0x61,
    ]);
    expect(problemOf(png).code).toBe('binary');
    // 16-bit numbers: NULs at odd offsets only, but the "characters" are control codes.
    const numbers = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 1 ? 0 : (i * 7) % 31));
    expect(problemOf(numbers).code).toBe('binary');
  });
});

describe('4. a file of blank-looking characters only is empty', () => {
  it.each([
    ['ideographic space', '\u3000\u3000\n\u3000'],
    ['braille blank', '\u2800\u2800\u2800'],
    ['Hangul fillers', '\u3164 \u115F\u1160\n\uFFA0'],
    ['soft hyphens', '\u00AD\u00AD'],
    ['a mix', '\u3000\u2800\u3164\u115F\u1160\u00AD\uFFA0\n\u202E'],
  ])('%s', (_name, text) => {
    expect(decodeBytes(bytesOf(text))).toEqual({ ok: false, code: 'empty', reason: 'empty' });
  });
});

describe('5. addresses do not count as letters in the not-Arabic check', () => {
  it('keeps an Arabic article with a long address line', () => {
    const url = `https://www.example.com/news/${'politics-libya-moscow-talks-ceasefire-agreement/'.repeat(8)}index.html?utm_source=facebook`;
    const article = ingestText(`${TITLE}\n${BODY}\n${url}\n`);
    expect(bodyOf(article)[0]).toBe(BODY);
  });

  it('and one with e-mail addresses and HTML leftovers', () => {
    const text = `${TITLE}\n${BODY} للتواصل: newsroom.editor@example-agency.com أو correspondents@example.org\n&nbsp;&quot;<span class="article-body-paragraph-wrapper">\n`;
    expect(ingestText(text).paragraphs.length).toBeGreaterThan(0);
  });

  it('still refuses an English article carrying an address', () => {
    const english =
      'Talks in Moscow\nRussia said on Monday that both sides had made progress.\nhttps://example.com/a\n';
    expect(problemOf(bytesOf(english)).code).toBe('not-arabic');
  });
});

describe('6. a short line repeated many times is clutter', () => {
  it('removes a share label repeated 20,000 times, every copy', () => {
    const text = `${TITLE}\n${BODY}\n${'شارك على فيسبوك\n'.repeat(20_000)}${BODY2}\n`;
    const article = ingestText(text);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
    expect(article.removed.filter((r) => r.text === 'شارك على فيسبوك')).toHaveLength(20_000);
  });

  it('removes every copy of an unknown label repeated three times, as repeated', () => {
    const label = 'مساحة إعلانية';
    const text = [TITLE, BODY, label, BODY2, label, BODY, label].join('\n');
    const article = ingestText(text);
    expect(bodyOf(article)).toEqual([BODY, BODY2]);
    expect(removedWith(article, 'repeated')).toEqual([label, label, BODY, label]);
    expectNothingLost(text, article);
    // Above the headline, a copy may go as a header first: the copies still count.
    const above = ingestText([label, TITLE, BODY, label, BODY2, label].join('\n'));
    expect(bodyOf(above)).toEqual([BODY, BODY2]);
    expect(above.removed.filter((r) => r.text === label)).toHaveLength(3);
  });

  it('keeps the first of a short sentence said three times', () => {
    const said = 'وانتهى الاجتماع دون اتفاق.';
    const article = ingestText([TITLE, BODY, said, BODY2, said, said].join('\n'));
    expect(bodyOf(article)).toEqual([BODY, said, BODY2]);
    expect(removedWith(article, 'repeated')).toEqual([said, said]);
  });

  it('never removes a real short paragraph that appears once, or twice apart', () => {
    const short = 'وانتهى الاجتماع دون اتفاق';
    expect(bodyOf(ingestText([TITLE, BODY, short, BODY2].join('\n')))).toEqual([BODY, short, BODY2]);
    expect(bodyOf(ingestText([TITLE, short, BODY, short, BODY2].join('\n')))).toEqual([
      short,
      BODY,
      short,
      BODY2,
    ]);
  });
});

describe('7. impossible dates are refused', () => {
  const storyWith = (date: string) => ({ id: 's', title: { ar: 'ق', en: 'S' }, date });
  it.each([
    '2020-02-30',
    '2020-13-45',
    '0000-00-00',
    '2019-02-29',
    '2020-04-31',
    '2020-01-13T25:00:00Z',
    '2020-01-13T10:60Z',
    '2020-01-13T10:30:00+25:00',
    '2020-01-13T::',
  ])('%s', (date) => {
    expect(() => parseStory(storyWith(date))).toThrow(/field "date": expected an ISO date/);
    expect(() => parseProvenance({ files: { 'a.txt': { published: date } } })).toThrow(
      /field "files\.a\.txt\.published": expected an ISO date/,
    );
  });

  it.each([
    '2020-01-13',
    '2020-02-29',
    '2020-01-13T10:30Z',
    '2020-01-13T10:30:00Z',
    '2020-01-13T10:30:00.250+03:00',
    '2020-01-13T23:59:59-0500',
  ])('accepts %s', (date) => {
    expect(parseStory(storyWith(date)).date).toBe(date);
    expect(parseProvenance({ files: { 'a.txt': { published: date } } })['a.txt']?.published).toBe(date);
  });
});

describe('8. registry ids and placeholder ids', () => {
  const outlet = (id: string) => ({ outlets: [{ id, name: { ar: 'س', en: 'X' }, markers: {} }] });

  it('reserves the unidentified- prefix and caps ids at 40 characters', () => {
    expect(() => parseRegistry(outlet('unidentified-1'))).toThrow(
      /field "outlets\.0\.id": "unidentified-" is reserved/,
    );
    expect(() => parseRegistry(outlet('a'.repeat(41)))).toThrow(/at most 40 characters/);
    expect(parseRegistry(outlet('a'.repeat(40)))[0]?.id).toHaveLength(40);
  });

  it('a long article id gets a short, stable placeholder outlet id', () => {
    const file = 'a-very-long-file-name-from-a-scraper-2020-01-13-libya.txt';
    const first = corpusOf([{ file, bytes: bytesOf(ARTICLE) }]);
    const again = corpusOf([{ file, bytes: bytesOf(ARTICLE) }]);
    const id = first.articles[0]!.attribution.outletId;
    expect(id).toMatch(/^unidentified-[a-z0-9]{1,7}$/);
    expect(again.articles[0]!.attribution.outletId).toBe(id);
    expect(first.outlets.map((o) => o.id)).toEqual([id]);
  });

  it('a short article id keeps its readable placeholder', () => {
    const corpus = corpusOf([{ file: '002-c3.txt', bytes: bytesOf(ARTICLE) }]);
    expect(corpus.articles[0]!.attribution.outletId).toBe('unidentified-002-c3');
  });
});

describe('9. article ids do not depend on sibling files', () => {
  it('an upper-case name always carries a hash; the lower-case name keeps the plain id', () => {
    const alone = corpusOf([{ file: 'Report.txt', bytes: bytesOf(ARTICLE) }]);
    const both = corpusOf([
      { file: 'Report.txt', bytes: bytesOf(ARTICLE) },
      { file: 'report.txt', bytes: bytesOf(`${ARTICLE}\n${BODY2.replace('مئة', 'مئتي')}`) },
    ]);
    const id = articleIdFromFile('Report.txt');
    expect(id).toMatch(/^report-[a-z0-9]+$/);
    expect(alone.articles.map((a) => a.id)).toEqual([id]);
    expect(both.articles.map((a) => [a.file, a.id])).toEqual([
      ['Report.txt', id],
      ['report.txt', 'report'],
    ]);
  });

  it.each([
    ['000_6fe53a01d2f536d8.txt', /^000-6fe53a01d2f536d8$/],
    ['report.txt', /^report$/],
    ['a_b.txt', /^a-b$/],
    ['my article [draft].txt', /^my-article-draft-[a-z0-9]+$/],
    ['REPORT.TXT', /^report-[a-z0-9]+$/],
    ['report.md', /^report-[a-z0-9]+$/],
    ['خبر (نسخة) 2.txt', /^2-[a-z0-9]+$/],
  ])('%s', (file, id) => expect(articleIdFromFile(file)).toMatch(id));

  it('a_b.txt and a-b.txt still get the unique suffix', () => {
    const corpus = corpusOf([
      { file: 'a_b.txt', bytes: bytesOf(ARTICLE) },
      { file: 'a-b.txt', bytes: bytesOf(`${ARTICLE}\n${BODY2.replace('مئة', 'مئتي')}`) },
    ]);
    expect(corpus.articles.map((a) => [a.file, a.id])).toEqual([
      ['a-b.txt', 'a-b'],
      ['a_b.txt', 'a-b-2'],
    ]);
  });
});

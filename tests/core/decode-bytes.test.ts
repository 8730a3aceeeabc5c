import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../src/core/ingest/decode-bytes.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';
import { splitLines } from '../../src/core/ingest/split-lines.ts';
import { bytesOf, registry } from './helpers.ts';

const ARABIC = 'أعلنت الحكومة اليوم عن خطة جديدة.';

describe('decodeBytes', () => {
  it('decodes UTF-8 without a BOM and adds no note', () => {
    expect(decodeBytes(bytesOf(ARABIC))).toEqual({ ok: true, text: ARABIC, notes: [] });
  });

  it('drops a UTF-8 BOM and says so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(ARABIC)]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: ARABIC, notes: ['decoded as UTF-8 with BOM'] });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, naming the encoding', () => {
    const units = Array.from(ARABIC, (c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeBytes(le)).toEqual({
      ok: true,
      text: ARABIC,
      notes: ['decoded as UTF-16LE (byte order mark)'],
    });
    expect(decodeBytes(be)).toEqual({
      ok: true,
      text: ARABIC,
      notes: ['decoded as UTF-16BE (byte order mark)'],
    });
  });

  it('refuses binary input, naming the offset of the first NUL', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeBytes(png)).toEqual({
      ok: false,
      code: 'binary',
      reason: 'not text (binary bytes at offset 8)',
    });
    expect(decodeBytes(new Uint8Array([...bytesOf('abcdefghijkl'), 0]))).toEqual({
      ok: false,
      code: 'binary',
      reason: 'not text (binary bytes at offset 12)',
    });
  });

  it('refuses input full of control characters, but tolerates a stray one', () => {
    const many = new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x04, 0x42]);
    expect(decodeBytes(many)).toEqual({
      ok: false,
      code: 'binary',
      reason: 'not text (binary bytes at offset 1)',
    });
    const stray = bytesOf(`${ARABIC.repeat(20)}\u0007`);
    expect(decodeBytes(stray).ok).toBe(true);
  });

  it('refuses malformed UTF-8, naming the byte and its offset', () => {
    const bytes = new Uint8Array([...bytesOf('abc'), 0xc3, 0x28]);
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      code: 'invalid-encoding',
      encoding: 'UTF-8',
      reason: 'not valid UTF-8 (byte 0xC3 at offset 3)',
    });
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xd8]))).toBe(1); // truncated
    expect(firstInvalidUtf8(bytesOf('سلام 👋'))).toBe(-1);
  });

  it('calls empty and whitespace-only input "empty"', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, code: 'empty', reason: 'empty' });
    expect(decodeBytes(bytesOf(' \n\r\n\u00a0\t\u200b\n'))).toEqual({
      ok: false,
      code: 'empty',
      reason: 'empty',
    });
  });
});

describe('splitLines', () => {
  it('numbers lines from 1 across CRLF, LF and CR, trims, and blanks NBSP-only lines', () => {
    expect(splitLines('أ\r\nب\n\u00a0\rج  ')).toEqual([
      { line: 1, text: 'أ' },
      { line: 2, text: 'ب' },
      { line: 3, text: '' },
      { line: 4, text: 'ج' },
    ]);
  });
});

describe('ingestArticle refusals', () => {
  it('reports the file with a clear reason instead of throwing', () => {
    const result = ingestArticle({ file: '000.txt', bytes: new Uint8Array([0x41, 0, 0x42]) }, { registry });
    expect(result).toEqual({
      ok: false,
      problem: { file: '000.txt', code: 'binary', reason: 'not text (binary bytes at offset 1)' },
    });
  });

  it('refuses a file that is nothing but page clutter', () => {
    const result = ingestArticle({ file: 'x.txt', bytes: bytesOf('WhatsApp\nTelegram\n.\n') }, { registry });
    expect(result.ok).toBe(false);
  });
});

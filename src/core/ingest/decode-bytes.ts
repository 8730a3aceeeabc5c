// Turn a scraped file's bytes into text, or say clearly why it is not text.

import type { ProblemCode } from '../types.ts';

export type DecodeResult =
  | { ok: true; text: string; notes: string[] }
  | { ok: false; code: ProblemCode; encoding?: string; reason: string };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (extra === 0 || i + extra >= bytes.length) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return -1;
}

/** C0 controls other than tab, newlines, vertical tab, form feed and escape; and DEL. */
const isControl = (code: number) =>
  (code < 0x20 &&
    code !== 0x09 &&
    code !== 0x0a &&
    code !== 0x0b &&
    code !== 0x0c &&
    code !== 0x0d &&
    code !== 0x1b) ||
  code === 0x7f;

/**
 * Where the input stops looking like text: the first NUL, or the first control
 * character when there are many (a stray one is a typo; many are a binary file).
 */
function binaryOffset(codes: ArrayLike<number>): number {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c === 0) return i;
    if (isControl(c)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  return controls >= 4 && controls > codes.length / 100 ? first : -1;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      code: 'invalid-encoding',
      encoding: encoding.toUpperCase(),
      reason: `not valid ${encoding.toUpperCase()} (it starts with a UTF-16 byte order mark)`,
    };
  }
  const codes = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const at = binaryOffset(codes);
  if (at >= 0)
    return { ok: false, code: 'binary', reason: `not text (binary characters at character ${at})` };
  return { ok: true, text, notes: [`decoded as ${encoding.toUpperCase()} (byte order mark)`] };
}

/** Decode UTF-8 (BOM optional) or BOM-marked UTF-16; refuse binary, malformed or empty input. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkEmpty(utf16(bytes, 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkEmpty(utf16(bytes, 'utf-16be'));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const binaryAt = binaryOffset(bytes);
  if (binaryAt >= 0)
    return { ok: false, code: 'binary', reason: `not text (binary bytes at offset ${binaryAt})` };
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0)
    return {
      ok: false,
      code: 'invalid-encoding',
      encoding: 'UTF-8',
      reason: `not valid UTF-8 (byte ${hex(bytes[invalidAt]!)} at offset ${invalidAt})`,
    };
  // fatal:true is a second guard; the BOM, when present, is dropped by the decoder.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return checkEmpty({ ok: true, text, notes: bom ? ['decoded as UTF-8 with BOM'] : [] });
}

function checkEmpty(result: DecodeResult): DecodeResult {
  if (!result.ok) return result;
  const visible = result.text.replace(/[\s\u200B-\u200F\u2060\uFEFF]/g, '');
  return visible === '' ? { ok: false, code: 'empty', reason: 'empty' } : result;
}

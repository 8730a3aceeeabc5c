// Turn a scraped file's bytes into text, or say clearly why it is not text.
// What is decoded: UTF-8 (BOM optional), UTF-16 LE/BE with a BOM or, without one, when its NUL bytes say
// so, GB18030 with its BOM, and Windows-1256 as a fallback only when the bytes are not UTF-8 and read as
// Arabic words in it. Double-encoded UTF-8 is repaired, and invisible formatting junk removed. Whatever was
// assumed or changed is said in a note.

import { arabicShare, arabicWords, MIN_WORDS_TO_JUDGE, notArabicWords } from '../text/arabic-letters.ts';
import { BLANK, INVISIBLE } from '../text/fold-arabic.ts';
import type { InputProblem, ProblemCode } from '../types.ts';
import { removeInvisible } from './remove-invisible.ts';

export type DecodeResult =
  | { ok: true; text: string; notes: string[] }
  | { ok: false; code: ProblemCode; encoding?: string; limitMb?: number; reason: string };

/**
 * The largest file taken as one article: 1 MB. The longest seed is 7 KB and a very long report is
 * about 100 KB, so anything larger is not one article; the limit also bounds the build's time on it.
 */
export const MAX_ARTICLE_MB = 1;
export const MAX_ARTICLE_BYTES = MAX_ARTICLE_MB * 1024 * 1024;

const megabytes = (size: number) => (size / (1024 * 1024)).toFixed(1);

/** The refusal of a file of `size` bytes over the limit (runners use it to refuse before reading). */
export function tooLarge(size: number): Omit<InputProblem, 'file'> {
  return {
    code: 'too-large',
    limitMb: MAX_ARTICLE_MB,
    reason: `too large for one article (${megabytes(size)} MB; the limit is ${MAX_ARTICLE_MB} MB)`,
  };
}

/**
 * Length of the UTF-8 sequence a byte starts: 1 for ASCII, 2–4 for a lead byte, 0 for a byte that
 * starts none (a continuation byte, or a lead byte of an overlong or out-of-range form).
 */
export function utf8SeqLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Of Windows-1256 decodings, at least this share of the letters must be Arabic to be believed. */
const CP1256_MIN_ARABIC = 0.8;
/**
 * Length of the well-formed UTF-8 sequence starting at `i` (1 for ASCII), or 0 when none starts there:
 * a stray continuation byte, a cut-off sequence, an overlong form, a UTF-16 surrogate or a code point past
 * U+10FFFF.
 */
function wellFormedAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const length = utf8SeqLength(b);
  if (length <= 1) return length;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return 0;
  if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Bytes that form well-formed multi-byte UTF-8 sequences, as a share of all bytes ≥ 0x80. */
function utf8Share(bytes: Uint8Array): number {
  let high = 0;
  let inSequences = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = wellFormedAt(bytes, i);
    high += Math.max(length, 1);
    inSequences += length;
    i += Math.max(length, 1);
  }
  return high === 0 ? 0 : inSequences / high;
}

/**
 * Windows-1256, the Arabic Windows code page, for bytes that are not UTF-8 — only when that reading is
 * believable: the bytes are not mostly well-formed UTF-8 sequences (damaged UTF-8 read as Windows-1256
 * is mojibake of Arabic letters, «ط§ظ„»), most letters of the result are Arabic, and they make Arabic
 * words (KOI8-R Russian or GB18030 Chinese read as Windows-1256 is Arabic letters in random order).
 * Undefined when the bytes are not Arabic in any way; `why` when they are Arabic letters but not words.
 */
function windows1256(bytes: Uint8Array): { result?: DecodeResult; why?: string } {
  if (utf8Share(bytes) > 0.5) return {};
  const text = new TextDecoder('windows-1256').decode(bytes);
  const share = arabicShare(text);
  if (share.letters === 0 || share.arabic / share.letters < CP1256_MIN_ARABIC) return {};
  const notWords = notArabicWords(text);
  if (notWords !== undefined) return { why: `as Windows-1256 it would be Arabic letters but ${notWords}` };
  const percent = Math.floor((100 * share.arabic) / share.letters);
  return {
    result: {
      ok: true,
      text,
      notes: [
        `decoded as Windows-1256 (assumed: not valid UTF-8, and as Windows-1256 it reads as Arabic text: ${percent}% of its letters are Arabic)`,
      ],
    },
  };
}

// Double-encoded UTF-8 ("mojibake"): Arabic UTF-8 read as Windows-1256 and saved again as UTF-8. Every
// Arabic letter, two bytes D8–DB xx in UTF-8, became two characters: ط or ظ (bytes D8, D9; ع غ for the rarer DA, DB) and the
// Windows-1256 character of a continuation byte 0x80–0xBF («ط¹ظ†ظˆط§ظ†» for «عنوان»). In Arabic text ط
// and ظ are rare (about 1.5% of letters); in mojibake nearly every other letter is one, before a
// character that was a continuation byte. Windows-1256 maps every byte, so the repair is exact: encode the
// characters back to their Windows-1256 bytes and decode those as UTF-8.

const CP1256_CHARS = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
const CP1256_BYTE = new Map(Array.from(CP1256_CHARS, (ch, byte) => [ch, byte]));
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

/** How many of `text`'s Arabic letters are ط or ظ, and how many of those stand before a former continuation byte. */
function doubleEncodedSigns(text: string): { arabic: number; taZa: number; pairs: number } {
  let arabic = 0;
  let taZa = 0;
  let pairs = 0;
  let afterTaZa = false;
  for (const ch of text) {
    if (afterTaZa) {
      const byte = CP1256_BYTE.get(ch);
      if (byte !== undefined && byte >= 0x80 && byte <= 0xbf) pairs++;
    }
    afterTaZa = ch === 'ط' || ch === 'ظ';
    if (afterTaZa) taZa++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
  return { arabic, taZa, pairs };
}

/** At least this share of the Arabic letters being ط or ظ (before a former continuation byte) is mojibake. */
const MOJIBAKE_SHARE = 0.25;

function looksDoubleEncoded(text: string): boolean {
  const { arabic, taZa, pairs } = doubleEncodedSigns(text);
  return (
    (pairs >= 3 && pairs >= MOJIBAKE_SHARE * arabic) || (arabic >= 20 && taZa >= 2 * MOJIBAKE_SHARE * arabic)
  );
}

/** The text the mojibake was made from, or undefined when its characters do not make UTF-8 again. */
function undoDoubleEncoding(text: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = CP1256_BYTE.get(ch);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Decoded text that is double-encoded UTF-8: repaired (and noted) when the repair gives Arabic text,
 * refused when it does not. Text that only looks so (real Arabic heavy in ط and ظ) is kept as it is.
 */
function repairDoubleEncoding(result: DecodeResult, encoding: string): DecodeResult {
  if (!result.ok || !looksDoubleEncoded(result.text)) return result;
  const repaired = undoDoubleEncoding(result.text);
  if (repaired !== undefined && !looksDoubleEncoded(repaired) && notArabicWords(repaired) === undefined) {
    const notes = [...result.notes, 'repaired double-encoded UTF-8 (decoded as Windows-1256 and re-saved)'];
    return { ok: true, text: repaired, notes };
  }
  const { words } = arabicWords(result.text);
  if (words >= MIN_WORDS_TO_JUDGE && notArabicWords(result.text) === undefined) return result;
  const { arabic, pairs } = doubleEncodedSigns(result.text);
  return {
    ok: false,
    code: 'invalid-encoding',
    encoding,
    reason: `garbled text: Arabic UTF-8 read as Windows-1256 and saved again (${pairs} of its ${arabic} Arabic letters are ط or ظ before what was a UTF-8 continuation byte), and its characters do not make Arabic UTF-8 again`,
  };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = wellFormedAt(bytes, i);
    if (length === 0) return i;
    i += length;
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

/**
 * UTF-16 without a byte order mark: the file has NUL bytes (ASCII characters — spaces, digits, line ends —
 * have a zero high byte in UTF-16), at least a tenth of its code units have one, and every NUL falls at
 * the same parity of offset: odd for little-endian, even for big-endian. A binary file has NULs at both,
 * or decodes to control characters; then it is not taken for UTF-16.
 */
function utf16WithoutBom(bytes: Uint8Array): { result: DecodeResult; encoding: string } | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const units = bytes.length / 2;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const [name, parity] =
    even === 0 && odd >= units / 10
      ? (['UTF-16LE', 'odd'] as const)
      : odd === 0 && even >= units / 10
        ? (['UTF-16BE', 'even'] as const)
        : [];
  if (name === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder(name.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (binaryOffset(Array.from(text, (ch) => ch.codePointAt(0) ?? 0)) >= 0) return undefined;
  const note = `decoded as ${name} (assumed: no byte order mark, but its NUL bytes fall only at ${parity} offsets, as in ${name} text)`;
  return { result: { ok: true, text, notes: [note] }, encoding: name };
}

/**
 * Decode UTF-8 (BOM optional), UTF-16 (with a BOM, or without one when its NUL bytes say so), GB18030 with its
 * BOM, or Windows-1256 that reads as Arabic words; refuse input over the size limit, binary, malformed or
 * empty input.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, ...tooLarge(bytes.length) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(utf16(bytes, 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(utf16(bytes, 'utf-16be'), 'UTF-16BE');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const binaryAt = binaryOffset(bytes);
  const unmarked = binaryAt >= 0 ? utf16WithoutBom(bytes) : undefined;
  if (unmarked) return finish(unmarked.result, unmarked.encoding);
  if (binaryAt >= 0)
    return { ok: false, code: 'binary', reason: `not text (binary bytes at offset ${binaryAt})` };
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33)
    return finish(gb18030(bytes), 'GB18030');
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    const fallback = bom ? {} : windows1256(bytes);
    if (fallback.result) return finish(fallback.result, 'Windows-1256');
    const why = fallback.why === undefined ? '' : `; ${fallback.why}`;
    return {
      ok: false,
      code: 'invalid-encoding',
      encoding: 'UTF-8',
      reason: `not valid UTF-8 (byte ${hex(bytes[invalidAt]!)} at offset ${invalidAt})${why}`,
    };
  }
  // fatal:true is a second guard; the BOM, when present, is dropped by the decoder.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return finish({ ok: true, text, notes: bom ? ['decoded as UTF-8 with BOM'] : [] }, 'UTF-8');
}

/** GB18030, the Chinese national encoding, when the file starts with its byte order mark. */
function gb18030(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return { ok: true, text, notes: ['decoded as GB18030 (byte order mark)'] };
  } catch {
    return {
      ok: false,
      code: 'invalid-encoding',
      encoding: 'GB18030',
      reason: 'not valid GB18030 (it starts with a GB18030 byte order mark)',
    };
  }
}

/** A decoded text, cleaned of invisible formatting junk (noted), or refused as empty. */
function finish(decoded: DecodeResult, encoding: string): DecodeResult {
  const result = repairDoubleEncoding(decoded, encoding);
  if (!result.ok) return result;
  const cleaned = removeInvisible(result.text);
  return checkEmpty({ ok: true, text: cleaned.text, notes: [...result.notes, ...cleaned.notes] });
}

function checkEmpty(result: DecodeResult): DecodeResult {
  if (!result.ok) return result;
  const visible = result.text.replace(INVISIBLE, '').replace(BLANK, '').replace(/\s/g, '');
  return visible === '' ? { ok: false, code: 'empty', reason: 'empty' } : result;
}

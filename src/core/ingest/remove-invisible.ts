// Characters that show nothing but steer or break the display, removed from the decoded text (with a note
// saying how many of each kind): bidi embeddings, overrides and isolates would reorder what the reader sees
// ("بلغ \u202E100" shows the digits reversed, and an unclosed override runs into the next sentence); direction
// marks, control characters, noncharacters and tag characters have no place in an article. Characters with
// a legitimate use in text stay: tab, the zero-width non-joiner and joiner (Persian, Urdu), the soft hyphen.
// Characters Unicode defines as mandatory line breaks (VT, FF, NEL, the line and paragraph separators)
// become newlines, so the lines they separate stay apart.

type Kind = 'bidi control' | 'direction mark' | 'control character' | 'noncharacter' | 'tag character';

const KINDS: readonly Kind[] = [
  'bidi control',
  'direction mark',
  'control character',
  'noncharacter',
  'tag character',
];

/** The last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …, U+10FFFF) are noncharacters. */
const PLANE_ENDS = Array.from({ length: 17 }, (_, p) => {
  const end = (p << 16) | 0xfffe;
  return `\\u{${end.toString(16)}}\\u{${(end + 1).toString(16)}}`;
}).join('');

const JUNK = new RegExp(
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2028\u2029\u2066-\u2069\uFDD0-\uFDEF${PLANE_ENDS}\u{E0000}-\u{E007F}]`,
  'gu',
);
const LINE_BREAK = /[\u000B\u000C\u0085\u2028\u2029]/u;

function kindOf(ch: string): Kind {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi control';
  if (cp === 0x061c || cp === 0x200e || cp === 0x200f) return 'direction mark';
  if (cp <= 0x9f) return 'control character';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag character';
  return 'noncharacter';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `text` without the invisible formatting junk, its line-break characters as newlines, and notes saying so. */
export function removeInvisible(text: string): { text: string; notes: string[] } {
  const counts = new Map<Kind, number>();
  let breaks = 0;
  const cleaned = text.replace(JUNK, (ch) => {
    if (LINE_BREAK.test(ch)) {
      breaks++;
      return '\n';
    }
    const kind = kindOf(ch);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return '';
  });
  const notes: string[] = [];
  const removed = [...counts.values()].reduce((a, b) => a + b, 0);
  if (removed > 0) {
    const kinds = KINDS.flatMap((k) => (counts.has(k) ? [plural(counts.get(k)!, k)] : []));
    notes.push(`removed ${plural(removed, 'invisible formatting character')} (${kinds.join(', ')})`);
  }
  if (breaks > 0)
    notes.push(
      breaks === 1
        ? 'read 1 line or paragraph separator as a line break'
        : `read ${breaks} line or paragraph separators as line breaks`,
    );
  return { text: cleaned, notes };
}

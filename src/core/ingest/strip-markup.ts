// HTML in a scraped file: a page saved as source, or markup pasted with the text.
// Text is never interpreted as HTML anywhere; this pass only decides which lines are markup.
//
// - A `<script>`, `<style>` or `<head>` block and an HTML comment go with everything inside them
//   (code, CSS, the page's <title> and meta tags), across lines. A block whose end is never found
//   removes only its opening tag: an unclosed tag must not swallow the article after it.
// - A line that is nothing but tags (and blocks) is removed as `markup`, with its text as written.
// - Tags inside a line with text are cut out and their text kept (`<p>…</p>`, `<b>`, `<a href>`);
//   a block-level tag leaves a space, an inline one nothing (`<b>الاتفا</b>ق` stays one word). The
//   common character entities are decoded on such lines. One note lists the lines that were cut.
// Only known HTML element names (and custom elements, which hold a hyphen) count as tags, so `<رويترز>`,
// `<<لن نوقع>>` and `5 < 6 > 3` are left alone.

import { hasNoWords } from '../text/words.ts';
import type { RemovalReason } from '../types.ts';
import { type Draft, isPending, withReasons } from './draft.ts';

const INLINE = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
];
const BLOCK = [
  'address',
  'area',
  'article',
  'aside',
  'audio',
  'base',
  'blockquote',
  'body',
  'br',
  'button',
  'canvas',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'img',
  'input',
  'label',
  'legend',
  'li',
  'link',
  'main',
  'map',
  'marquee',
  'math',
  'menu',
  'meta',
  'meter',
  'nav',
  'noscript',
  'object',
  'ol',
  'optgroup',
  'option',
  'output',
  'p',
  'param',
  'picture',
  'pre',
  'progress',
  'script',
  'section',
  'select',
  'source',
  'style',
  'summary',
  'svg',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul',
  'video',
];
const INLINE_NAMES = new Set(INLINE);
const ELEMENT_NAMES = new Set([...INLINE, ...BLOCK]);

// A start or end tag: a name, then attributes (quoted values may not hold < or >, so the scan stops at
// the next < or > and the whole pass stays linear in the line's length). Also <!DOCTYPE …>.
const TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9-]*)?)(?:\s(?:"[^"<>]*"|'[^'<>]*'|[^'"<>])*)?\/?>|<!doctype\s[^<>]*>/gi;

/** Elements whose contents are never article text, and what opens and closes them (global: used with lastIndex). */
const BLOCKS = {
  comment: { open: /<!--/g, close: /-->/g },
  script: { open: /<script(?:\s[^<>]*)?>/gi, close: /<\/script\s*>/gi },
  style: { open: /<style(?:\s[^<>]*)?>/gi, close: /<\/style\s*>/gi },
  head: { open: /<head(?:\s[^<>]*)?>/gi, close: /<\/head\s*>/gi },
} as const;
type BlockKind = keyof typeof BLOCKS;
const KINDS = Object.keys(BLOCKS) as BlockKind[];

/** The first match of a global regex in `text` at or after `from`. */
function findFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  zwnj: '\u200c',
  zwj: '\u200d',
  rlm: '\u200f',
  lrm: '\u200e',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    const usable = code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x7f;
    return usable ? String.fromCodePoint(code) : whole;
  });
}

/** Where, in the whole file, each kind of block is last closed: [line index, offset after the close]. */
function lastCloses(draft: Draft): Map<BlockKind, [number, number]> {
  const last = new Map<BlockKind, [number, number]>();
  draft.lines.forEach((l, i) => {
    if (!l.text.includes('>')) return;
    for (const kind of KINDS) {
      const re = BLOCKS[kind].close;
      let end = -1;
      for (let m = findFrom(re, l.text, 0); m; m = re.exec(l.text)) end = m.index + m[0].length;
      if (end >= 0) last.set(kind, [i, end]);
    }
  });
  return last;
}

const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

/** Cut tags out of text outside blocks: block-level tags leave a space, inline ones nothing. */
function cutTags(text: string): { text: string; cut: boolean } {
  let cut = false;
  const out = text.replace(TAG, (whole: string, _slash: string, tagName: string | undefined) => {
    const name = tagName?.toLowerCase();
    if (name !== undefined && !ELEMENT_NAMES.has(name) && !name.includes('-')) return whole;
    cut = true;
    return name !== undefined && INLINE_NAMES.has(name) ? '' : ' ';
  });
  return { text: out, cut };
}

/** The next block opening on a line at or after `pos`: remembers each kind's next match, so a line costs its length. */
function nextOpening(text: string) {
  const cached = new Map<BlockKind, RegExpExecArray | null>();
  return (pos: number) => {
    let next: { kind: BlockKind; at: number; length: number } | undefined;
    for (const kind of KINDS) {
      let m = cached.get(kind);
      if (m === undefined || (m !== null && m.index < pos)) {
        m = findFrom(BLOCKS[kind].open, text, pos);
        cached.set(kind, m);
      }
      if (m && (next === undefined || m.index < next.at)) next = { kind, at: m.index, length: m[0].length };
    }
    return next;
  };
}

export function stripMarkup(draft: Draft): Draft {
  if (!draft.lines.some((l) => l.text.includes('<'))) return draft;
  const closes = lastCloses(draft);
  const reasons = new Map<number, RemovalReason>();
  const cutLines: number[] = [];
  let open: BlockKind | undefined;
  const lines = draft.lines.map((l, i) => {
    if (!isPending(l)) return l;
    const text = l.text;
    const opening = nextOpening(text);
    let kept = '';
    let markup = open !== undefined;
    let pos = 0;
    while (pos < text.length) {
      if (open !== undefined) {
        const close = findFrom(BLOCKS[open].close, text, pos);
        if (!close) break;
        pos = close.index + close[0].length;
        open = undefined;
        continue;
      }
      const next = opening(pos);
      if (!next) {
        kept += text.slice(pos);
        break;
      }
      kept += text.slice(pos, next.at);
      markup = true;
      const afterOpen = next.at + next.length;
      const lastClose = closes.get(next.kind);
      // A block never closed after its opening removes only its opening tag.
      if (lastClose !== undefined && before([i, afterOpen], lastClose)) open = next.kind;
      else kept += ' ';
      pos = afterOpen;
    }
    const tags = cutTags(kept);
    markup ||= tags.cut;
    if (!markup) return l;
    const rest = decodeEntities(tags.text).replace(/\s+/g, ' ').trim();
    if (hasNoWords(rest)) {
      reasons.set(i, 'markup');
      return l;
    }
    cutLines.push(l.line);
    return { ...l, text: rest };
  });
  const notes =
    cutLines.length === 0
      ? []
      : [
          cutLines.length === 1
            ? `HTML markup cut from line ${cutLines[0]} (its text kept)`
            : `HTML markup cut from lines ${cutLines.join(', ')} (their text kept)`,
        ];
  return withReasons({ ...draft, lines, notes: [...draft.notes, ...notes] }, reasons);
}

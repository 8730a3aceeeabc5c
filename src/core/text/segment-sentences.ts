// Sentence splitting: ICU's sentence rules (Intl.Segmenter) plus repairs for
// habits of Arabic news text that ICU gets wrong.

let segmenter: Intl.Segmenter | undefined;

function icuSegments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ar', { granularity: 'sentence' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Longest text handed to ICU at once (see `icuParts`). */
const CHUNK = 4096;
const STOP = /[.!?؟]["'»”’)\]]*\s+/g;

/**
 * ICU's segments of `text`, and for each whether it ends at a cut of ours that is no sentence end.
 * V8 copies the whole input into every segment it returns, so segmenting a long paragraph at once
 * takes time and memory quadratic in its length (a 1 MB line exhausts the heap). A paragraph longer
 * than CHUNK is handed over in pieces cut after a sentence stop where there is one, else after a
 * space, else anywhere (never inside a surrogate pair); a cut that is not after a stop is `glued`:
 * the sentence goes on across it. Paragraphs of real articles are far shorter and go in whole.
 */
function icuParts(text: string): { parts: string[]; glued: boolean[] } {
  const parts: string[] = [];
  const glued: boolean[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.length;
    let natural = true;
    if (text.length - pos > CHUNK) {
      const piece = text.slice(pos, pos + CHUNK);
      let cut = -1;
      STOP.lastIndex = 0;
      for (let m = STOP.exec(piece); m; m = STOP.exec(piece)) {
        if (m.index + m[0].length < piece.length) cut = m.index + m[0].length;
      }
      if (cut <= 0) {
        natural = false;
        const space = piece.search(/\s\S*$/);
        cut = space > 0 ? space + 1 : CHUNK;
        const last = text.charCodeAt(pos + cut - 1);
        if (last >= 0xd800 && last <= 0xdbff) cut--;
      }
      end = pos + cut;
    }
    const pieces = icuSegments(text.slice(pos, end));
    parts.push(...pieces);
    pieces.forEach((_, k) => {
      glued.push(!natural && k === pieces.length - 1 && end < text.length);
    });
    pos = end;
  }
  return { parts, glued };
}

const QUOTES: readonly (readonly [string, string])[] = [
  ['«', '»'],
  ['“', '”'],
];

/** How many of each quotation mark the current run of ICU segments holds (counted once per segment). */
interface QuoteCounts {
  open: number[];
  close: number[];
  straight: number;
}

function count(text: string, mark: string): number {
  let n = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++;
  return n;
}

function addCounts(counts: QuoteCounts, part: string): void {
  QUOTES.forEach(([open, close], k) => {
    counts.open[k]! += count(part, open);
    counts.close[k]! += count(part, close);
  });
  counts.straight += count(part, '"');
}

/**
 * True while a quotation opened in the current sentence is still open, and the rest of the paragraph
 * (from `restFrom` on) closes it. `lastAt` holds the last offset of each closing mark in the paragraph,
 * so the check costs nothing however long the paragraph is.
 */
function insideQuote(counts: QuoteCounts, lastAt: ReadonlyMap<string, number>, restFrom: number): boolean {
  const closesLater = (mark: string) => (lastAt.get(mark) ?? -1) >= restFrom;
  for (let k = 0; k < QUOTES.length; k++) {
    const depth = counts.open[k]! - counts.close[k]!;
    if (depth > 0 && closesLater(QUOTES[k]![1])) return true;
  }
  // Straight quotes open and close with the same mark: an odd count means one is open.
  return counts.straight % 2 === 1 && closesLater('"');
}

// An era mark after a year ends the sentence: "عام 1950 م.", "1441 هـ.".
const ERA_END = /\p{N}\s*[مه]ـ?\.$/u;

/**
 * A single letter before the stop is an abbreviation: `أ. ف. ب`, `د. محمد`; not an era mark after a
 * number (`1950 م.`). Looks at the tail only.
 */
function endsWithAbbreviation(current: string): boolean {
  const text = current.trimEnd();
  if (!text.endsWith('.')) return false;
  if (ERA_END.test(text.slice(-5))) return false;
  const tail = text.slice(-4);
  return text.length <= tail.length ? /(?:^|[\s.(«"“])\p{L}\.$/u.test(tail) : /[\s.(«"“]\p{L}\.$/u.test(tail);
}

function shouldJoin(
  current: string,
  counts: QuoteCounts,
  lastAt: ReadonlyMap<string, number>,
  restFrom: number,
): boolean {
  // ICU broke where no space follows: `تركيا..أسيلسان`, `أ.ب`, `31.5` — not a sentence end.
  if (!/\s$/.test(current)) return true;
  if (endsWithAbbreviation(current)) return true;
  return insideQuote(counts, lastAt, restFrom);
}

const fresh = (): QuoteCounts => ({ open: QUOTES.map(() => 0), close: QUOTES.map(() => 0), straight: 0 });

/** Split one paragraph into trimmed, non-empty sentences. Linear in the paragraph's length. */
export function segmentSentences(text: string): string[] {
  const { parts, glued } = icuParts(text);
  const lastAt = new Map(['»', '”', '"'].map((mark) => [mark, text.lastIndexOf(mark)] as const));
  const sentences: string[] = [];
  let current = '';
  let counts = fresh();
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    current += part;
    offset += part.length;
    addCounts(counts, part);
    if (i < parts.length - 1 && (glued[i] || shouldJoin(current, counts, lastAt, offset))) continue;
    const trimmed = current.trim();
    if (trimmed !== '') sentences.push(trimmed);
    current = '';
    counts = fresh();
  }
  return sentences;
}

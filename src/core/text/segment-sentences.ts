// Sentence splitting: ICU's sentence rules (Intl.Segmenter) plus repairs for
// habits of Arabic news text that ICU gets wrong.

let segmenter: Intl.Segmenter | undefined;

function icuSegments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ar', { granularity: 'sentence' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”' };

/** True while a quotation opened in `text` is still open, and the rest of the paragraph closes it. */
function insideQuote(text: string, rest: string): boolean {
  for (const [open, close] of Object.entries(OPENERS)) {
    const depth = text.split(open).length - text.split(close).length;
    if (depth > 0 && rest.includes(close)) return true;
  }
  // Straight quotes open and close with the same mark: an odd count means one is open.
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 && rest.includes('"');
}

function shouldJoin(current: string, rest: string): boolean {
  // ICU broke where no space follows: `تركيا..أسيلسان`, `أ.ب`, `31.5` — not a sentence end.
  if (!/\s$/.test(current)) return true;
  // A single letter before the stop is an abbreviation: `أ. ف. ب`, `د. محمد`.
  if (/(?:^|[\s.(«"“])\p{L}\.\s*$/u.test(current)) return true;
  return insideQuote(current, rest);
}

/** Split one paragraph into trimmed, non-empty sentences. */
export function segmentSentences(text: string): string[] {
  const parts = icuSegments(text);
  const sentences: string[] = [];
  let current = '';
  for (let i = 0; i < parts.length; i++) {
    current += parts[i];
    if (i < parts.length - 1 && shouldJoin(current, parts.slice(i + 1).join(''))) continue;
    const trimmed = current.trim();
    if (trimmed !== '') sentences.push(trimmed);
    current = '';
  }
  return sentences;
}

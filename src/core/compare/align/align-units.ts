// The pieces the aligner and the wire-copy finder work on: body sentences in corpus order with their
// article and outlet, clauses, folded words, and quotations set aside.

import { foldArabic } from '../../text/fold-arabic.ts';
import { rawWords } from '../../text/stem.ts';
import type { Article, Sentence } from '../../types.ts';

export interface Unit {
  sentence: Sentence;
  articleId: string;
  outlet: string;
  /** Position in the corpus (articles in order, then sentences), for "in corpus order" outputs. */
  order: number;
}

export function bodyUnits(articles: readonly Article[], outletOf: (articleId: string) => string): Unit[] {
  const units: Unit[] = [];
  for (const article of articles) {
    const outlet = outletOf(article.id);
    for (const p of article.paragraphs)
      for (const sentence of p.sentences)
        units.push({ sentence, articleId: article.id, outlet, order: units.length });
  }
  return units;
}

/** Folded words, digits included (for runs of identical words). */
export const foldedWords = (text: string): string[] =>
  rawWords(text)
    .map(foldArabic)
    .filter((w) => w !== '');

// Pairs of quotation marks; a straight " closes the one it opened.
const QUOTED = /"([^"]*)"|“([^”]*)”|«([^»]*)»|„([^“”]*)[“”]/g;
/** A quotation long enough to be someone's words rather than a name in quotes («الوفاق»). */
const QUOTE_MIN_WORDS = 4;

/**
 * The text with every quotation of four words or more blanked out. Two outlets quoting one speech
 * share its words without sharing a copy; a name in quotes is kept.
 */
export function maskQuotes(text: string): string {
  return text.replace(QUOTED, (whole) =>
    rawWords(whole).length >= QUOTE_MIN_WORDS ? ' '.repeat(whole.length) : whole,
  );
}

// Where one claim of a news sentence ends and another begins: punctuation that parts clauses, and
// connectives that open a new one («فيما», «بينما», «وكان», «لكن» …). A comma before «أن»/«إن» parts
// the speaker from what they said, which is one claim: «أكد الجيش، أن قواته باقية».
const CLAUSE_BREAK =
  /[،؛:;](?!\s*["“«]?\s*[اإأ]ن\s)|\s(?=(?:فيما|وفيما|بينما|وبينما|لكن|ولكن|لكنه|وكان|وكانت|كما|مشيرا|مشيراً|مشددا|مشدداً|داعيا|داعياً|محذرا|محذراً)\s)/u;
const CLAUSE_MIN_WORDS = 4;

/** Where each clause of the sentence lies (UTF-16 offsets); a piece under four words joins the clause before it (or after it). */
export function clauseSpans(text: string): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))) {
    const at = m.index ?? 0;
    pieces.push({ start: from, end: at });
    from = at + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const spans: { start: number; end: number }[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const piece of pieces) {
    const words = rawWords(text.slice(piece.start, piece.end)).length;
    if (words === 0) continue;
    const last = spans[spans.length - 1];
    if (words < CLAUSE_MIN_WORDS) {
      if (last) last.end = piece.end;
      else pending = { start: pending?.start ?? piece.start, end: piece.end };
      continue;
    }
    spans.push({ start: pending?.start ?? piece.start, end: piece.end });
    pending = undefined;
  }
  if (pending) spans.push(pending);
  return spans;
}

/** The sentence cut into clauses (see clauseSpans). */
export function splitClauses(text: string): string[] {
  return clauseSpans(text).map(({ start, end }) => text.slice(start, end).trim());
}

/** The longest run of identical consecutive words two word lists share. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (prev[j - 1] ?? 0) + 1;
        row[j] = run;
        if (run > best) best = run;
      }
    }
    prev = row;
  }
  return best;
}

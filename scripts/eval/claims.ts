// A claim-level reading (tests/fixtures/claims/*.json: every claim of a story, the exact words each outlet uses
// for it, and how the reports relate, written from the Arabic before the pipeline was run on it) set against the
// facts the pipeline shows: pairwise precision and recall of facts (two sentences of different articles in one
// fact, against two quotes in one claim) and of contradictions. Issue 11 holds its bars against these figures.

import { foldArabic } from '../../src/core/text/fold-arabic.ts';
import type { Corpus } from '../../src/core/types.ts';

export interface ClaimReport {
  file: string;
  quote: string;
  stance: string;
}
export interface Claim {
  id: string;
  claim: string;
  reports: ClaimReport[];
  relation: 'agreement' | 'contradiction' | 'single-source' | 'before-after';
  type: string;
}

export interface ClaimScores {
  /** Pairs of sentences (of different articles) the reading puts in one claim, and how many the pipeline joins. */
  claimPairs: number;
  joined: number;
  /** Pairs the pipeline joins in one fact, and how many the reading puts in one claim. */
  factPairs: number;
  right: number;
  precision: number;
  recall: number;
  /** Contradiction pairs: the reading's, the pipeline's, and the pipeline's the reading holds. */
  readingContradictions: number;
  shownContradictions: number;
  heldContradictions: number;
  /** Quotes no sentence of the corpus holds (a line the pipeline removed, or a quote across sentences). */
  unplaced: string[];
}

const key = (t: string) => foldArabic(t).replace(/[^\p{L}\p{N}]+/gu, '');

/** The sentences a quote lies in: those whose text overlaps it (a quote may span two sentences). */
function sentencesOf(corpus: Corpus, file: string, quote: string): string[] {
  const article = corpus.articles.find((a) => a.file === file);
  const q = key(quote);
  const out: string[] = [];
  for (const p of article?.paragraphs ?? [])
    for (const s of p.sentences) {
      const k = key(s.text);
      if (k.length === 0) continue;
      if (k.includes(q) || q.includes(k) || overlapping(k, q)) out.push(s.id);
    }
  return out;
}

// A quote that starts in one sentence and ends in the next shares a long run with each.
const overlapping = (a: string, b: string) => {
  const n = Math.min(24, Math.floor(b.length / 2));
  return n >= 12 && (a.includes(b.slice(0, n)) || a.includes(b.slice(-n)));
};

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const articleOf = (id: string) => id.slice(0, id.indexOf('.'));

export function scoreClaims(corpus: Corpus, claims: readonly Claim[]): ClaimScores {
  const unplaced: string[] = [];
  const sameClaim = new Set<string>();
  const contra = new Set<string>();
  for (const c of claims) {
    const placed = c.reports.map((r) => {
      const ids = sentencesOf(corpus, r.file, r.quote);
      if (ids.length === 0) unplaced.push(`${c.id}: ${r.quote}`);
      return { r, ids };
    });
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        for (const a of placed[i]!.ids)
          for (const b of placed[j]!.ids) {
            if (articleOf(a) === articleOf(b)) continue;
            sameClaim.add(pairKey(a, b));
            // The reading's contradictions: reports of a contradicting claim that take opposite stances.
            if (c.relation === 'contradiction' && placed[i]!.r.stance !== placed[j]!.r.stance)
              contra.add(pairKey(a, b));
          }
  }
  const factPairs = new Set<string>();
  const shown = new Set<string>();
  for (const f of corpus.facts) {
    for (let i = 0; i < f.sentenceIds.length; i++)
      for (let j = i + 1; j < f.sentenceIds.length; j++) {
        const [a, b] = [f.sentenceIds[i]!, f.sentenceIds[j]!];
        if (articleOf(a) !== articleOf(b)) factPairs.add(pairKey(a, b));
      }
    const sides = f.contradiction?.sides ?? [];
    if (f.relation === 'contradiction' && f.contradiction?.scope === 'cross' && sides.length >= 2)
      for (const a of sides[0]!.sentenceIds) for (const b of sides[1]!.sentenceIds) shown.add(pairKey(a, b));
  }
  const joined = [...sameClaim].filter((p) => factPairs.has(p)).length;
  const right = [...factPairs].filter((p) => sameClaim.has(p)).length;
  return {
    claimPairs: sameClaim.size,
    joined,
    factPairs: factPairs.size,
    right,
    precision: factPairs.size === 0 ? 1 : right / factPairs.size,
    recall: sameClaim.size === 0 ? 1 : joined / sameClaim.size,
    readingContradictions: contra.size,
    shownContradictions: shown.size,
    heldContradictions: [...shown].filter((p) => contra.has(p)).length,
    unplaced,
  };
}

// What the comparison means for each sentence and each matrix cell, derived from the corpus's facts, wire
// groups and question answers. Pure functions of the corpus: the selectors memoise them, nothing stores them.

import type {
  Article,
  Contradiction,
  ContradictionType,
  Corpus,
  Cue,
  CueRef,
  Fact,
  QuestionResult,
  Sentence,
} from '../core/types.ts';
import { isBeforeCue } from './before-outcome.ts';
import type { HighlightMode } from './view.ts';

export interface SentenceInfo {
  sentence: Sentence;
  article: Article;
  outletId: string;
}

export type SentenceIndex = ReadonlyMap<string, SentenceInfo>;

export function indexSentences(articles: readonly Article[]): SentenceIndex {
  const index = new Map<string, SentenceInfo>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        index.set(sentence.id, { sentence, article, outletId: article.attribution.outletId });
      }
    }
  }
  return index;
}

/** One contradiction as seen from one of its sentences: the other side(s), and the cues that set them apart. */
export interface MarkContradiction {
  type: ContradictionType;
  strength: Contradiction['strength'];
  scope: Contradiction['scope'];
  /** Sentences of the other sides. */
  others: string[];
  /** This side's cue, when it lies in this sentence. */
  cue?: CueRef;
  /** The other sides' cues. */
  otherCues: CueRef[];
  /** Set when the contradiction is a story question's verdict. */
  questionId?: string;
}

export type MarkStatus = 'contradiction' | 'agreement' | 'single';

export interface SentenceMark {
  status: MarkStatus | null;
  /** A single-source claim worth a look: it carries a figure a reader can check. */
  notable: boolean;
  contradictions: MarkContradiction[];
  /** Set when a fact this sentence reports is confirmed elsewhere. */
  agreement: { independent: number; others: string[]; similarity: number } | null;
  wire: { others: string[]; similarity: number } | null;
  /** The contradiction cues that lie in this sentence, in text order, not overlapping. */
  cues: Cue[];
}

function emptyMark(): SentenceMark {
  return { status: null, notable: false, contradictions: [], agreement: null, wire: null, cues: [] };
}

function addContradiction(
  marks: Map<string, SentenceMark>,
  contradiction: Contradiction,
  questionId: string | undefined,
  within: readonly string[] = [],
): void {
  const sides = contradiction.sides;
  sides.forEach((side, i) => {
    const otherSides = sides.filter((_, j) => j !== i);
    const others = otherSides.flatMap((s) => s.sentenceIds);
    const otherCues = otherSides.flatMap((s) => (s.cue ? [s.cue] : []));
    for (const id of side.sentenceIds) {
      const mark = marks.get(id) ?? emptyMark();
      const cue = side.cue && side.cue.sentenceId === id ? side.cue : undefined;
      mark.contradictions.push({
        type: contradiction.type,
        strength: contradiction.strength,
        scope: contradiction.scope,
        others: others.filter((o) => o !== id),
        ...(cue ? { cue } : {}),
        otherCues,
        ...(questionId ? { questionId } : {}),
      });
      marks.set(id, mark);
    }
  });
  // A fact's sentences outside every side still report the fact: they agree with the rest of it.
  const onSides = new Set(sides.flatMap((s) => s.sentenceIds));
  for (const id of within) {
    if (onSides.has(id)) continue;
    const mark = marks.get(id) ?? emptyMark();
    mark.agreement ??= { independent: 0, others: [], similarity: 0 };
    mark.agreement.others = unique([...mark.agreement.others, ...within.filter((o) => o !== id)]);
    marks.set(id, mark);
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Cues within the sentence bounds, re-anchored on their text when the offsets drifted, without overlaps. */
export function placeCues(text: string, cues: readonly Cue[]): Cue[] {
  const placed: Cue[] = [];
  for (const cue of cues) {
    let { start, end } = cue;
    if (!(start >= 0 && end <= text.length && start < end && text.slice(start, end) === cue.text)) {
      const at = cue.text === '' ? -1 : text.indexOf(cue.text);
      if (at < 0) continue;
      start = at;
      end = at + cue.text.length;
    }
    placed.push({ ...cue, start, end });
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Cue[] = [];
  for (const cue of placed) {
    const last = result.at(-1);
    if (last && cue.start < last.end) continue;
    result.push(cue);
  }
  return result;
}

/** Every sentence the comparison says something about, keyed by sentence id. */
export function sentenceMarks(
  facts: readonly Fact[],
  wire: Corpus['wire'],
  questions: readonly QuestionResult[],
  index: SentenceIndex,
): ReadonlyMap<string, SentenceMark> {
  const marks = new Map<string, SentenceMark>();
  const single = new Set<string>();
  for (const fact of facts) {
    if (fact.relation === 'contradiction' && fact.contradiction) {
      addContradiction(marks, fact.contradiction, undefined, fact.sentenceIds);
    } else if (fact.relation === 'agreement') {
      for (const id of fact.sentenceIds) {
        const mark = marks.get(id) ?? emptyMark();
        const previous = mark.agreement;
        mark.agreement = {
          independent: Math.max(previous?.independent ?? 0, fact.independentOutlets),
          others: unique([...(previous?.others ?? []), ...fact.sentenceIds.filter((o) => o !== id)]),
          similarity: Math.max(previous?.similarity ?? 0, fact.similarity),
        };
        marks.set(id, mark);
      }
    } else {
      for (const id of fact.sentenceIds) single.add(id);
    }
  }
  for (const question of questions) {
    if (question.verdict === 'contradiction' && question.contradiction) {
      addContradiction(marks, question.contradiction, question.id);
    }
  }
  for (const group of wire) {
    for (const id of group.sentenceIds) {
      const mark = marks.get(id) ?? emptyMark();
      mark.wire = {
        others: unique([...(mark.wire?.others ?? []), ...group.sentenceIds.filter((o) => o !== id)]),
        similarity: Math.max(mark.wire?.similarity ?? 0, group.similarity),
      };
      marks.set(id, mark);
    }
  }
  for (const id of single) if (!marks.has(id)) marks.set(id, emptyMark());

  for (const [id, mark] of marks) {
    // A report written before the outcome, set against it, is no disagreement: such a pair marks neither side.
    const clashes = mark.contradictions.filter(
      (c) => !(c.type === 'timing' && (isBeforeCue(c.cue) || c.otherCues.some(isBeforeCue))),
    );
    if (clashes.length > 0) mark.status = 'contradiction';
    else if (mark.agreement && mark.agreement.others.length > 0) mark.status = 'agreement';
    else if (single.has(id)) mark.status = 'single';
    const sentence = index.get(id)?.sentence;
    mark.notable = mark.status === 'single' && (sentence?.cues ?? []).some((c) => c.kind === 'number');
    const text = sentence?.text ?? '';
    mark.cues = placeCues(
      text,
      mark.contradictions.flatMap((c) => (c.cue ? [c.cue] : [])),
    );
  }
  return marks;
}

/** What one highlight mode lets a sentence show. */
export function shownParts(
  mark: SentenceMark | undefined,
  mode: HighlightMode,
): { status: MarkStatus | null; wire: boolean } {
  if (!mark || mode === 'none') return { status: null, wire: false };
  const status = mark.status;
  if (mode === 'contradictions') return { status: status === 'contradiction' ? status : null, wire: false };
  if (mode === 'essential')
    return {
      status: status === 'contradiction' || (status === 'single' && mark.notable) ? status : null,
      wire: mark.wire !== null,
    };
  if (mode === 'agreements')
    return { status: status === 'agreement' ? status : null, wire: mark.wire !== null };
  return { status, wire: mark.wire !== null };
}

/** A sentence's opening words for a label or a quote: cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How one article answered the selected question, as told on its evidence sentences. */
export interface EvidenceMark {
  question: QuestionResult;
  answerLabel: QuestionResult['choices'][number]['label'];
  detail?: string;
  /** The deciding sentence (the first of the answer's evidence). */
  deciding: boolean;
  cues: Cue[];
}

export function questionEvidence(
  question: QuestionResult | undefined,
  index: SentenceIndex,
): ReadonlyMap<string, EvidenceMark> {
  const result = new Map<string, EvidenceMark>();
  if (!question) return result;
  for (const answer of question.answers) {
    const choice = question.choices.find((c) => c.id === answer.answer);
    const answerLabel = choice?.label ?? { ar: answer.answer, en: answer.answer };
    answer.evidence.forEach((id, i) => {
      const text = index.get(id)?.sentence.text;
      if (text === undefined || result.has(id)) return;
      const cues = answer.cue && answer.cue.sentenceId === id ? placeCues(text, [answer.cue]) : [];
      result.set(id, {
        question,
        answerLabel,
        ...(answer.detail ? { detail: answer.detail } : {}),
        deciding: i === 0,
        cues,
      });
    });
  }
  return result;
}

/** The cues to underline: the shown mark's and the evidence's, merged in text order without overlaps. */
export function underlined(text: string, ...lists: readonly (readonly Cue[])[]): Cue[] {
  return placeCues(text, lists.flat());
}

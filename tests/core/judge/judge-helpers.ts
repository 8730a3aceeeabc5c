// What the relation-judge tests share: the judge's verdict on two sentences (with its cues checked against the
// sentences they point into), and two one-line reports put through the whole pipeline as scripts/eval/ans.ts does.
import { expect } from 'vitest';
import { buildCorpus } from '../../../src/core/corpus.ts';
import { type JudgeVerdict, judgeCandidate } from '../../../src/core/judge/candidate.ts';
import type { Corpus, Fact } from '../../../src/core/types.ts';
import { registry } from '../helpers.ts';

/**
 * The judge's verdict on A against B. Every cue it gives must mark its own words: `text` is exactly the slice
 * of its sentence at [start, end) (UTF-16 offsets), cueA in A and cueB in B.
 */
export function judge(a: string, b: string): JudgeVerdict | undefined {
  const v = judgeCandidate(a, b);
  if (v?.cueA) expect(a.slice(v.cueA.start, v.cueA.end), 'cueA marks its words in A').toBe(v.cueA.text);
  if (v?.cueB) expect(b.slice(v.cueB.start, v.cueB.end), 'cueB marks its words in B').toBe(v.cueB.text);
  return v;
}

/** A short, readable account of a verdict for failure messages. */
export const show = (v: JudgeVerdict | undefined) =>
  v === undefined
    ? 'no contradiction'
    : `${v.type}/${v.strength} [${v.cueA?.kind}:${v.cueA?.text ?? '-'}] [${v.cueB?.kind}:${v.cueB?.text ?? '-'}] p=${v.judgement.p.toFixed(3)} kind=${v.judgement.kind}`;

// As scripts/eval/ans.ts builds a report: a title line, then the headlines, one to a line.
export const TITLE = 'نشرة الأخبار: ما نقلته وكالات الأنباء والصحف عن أحداث اليوم';
const STORY = { id: 'judge-tests', title: { ar: 'اختبار', en: 'test' } };
const bytes = (t: string) => new TextEncoder().encode(t);
export const report = (lines: string[], title = TITLE) => `${title}\n${lines.join('\n')}\n`;

/** Two one-line reports (first.txt holds `a`, second.txt holds `b`) through buildCorpus. */
export function twoReports(a: string, b: string, title = TITLE): Corpus {
  return buildCorpus(
    [
      { file: 'first.txt', bytes: bytes(report([a], title)) },
      { file: 'second.txt', bytes: bytes(report([b], title)) },
    ],
    { registry, provenance: {}, story: STORY },
  );
}

/** The ids of the body sentences of one article. */
export function sentenceIdsOf(corpus: Corpus, articleId: string): string[] {
  const article = corpus.articles.find((x) => x.id === articleId);
  return (article?.paragraphs ?? []).flatMap((p) => p.sentences.map((s) => s.id));
}

/** The text of a sentence of the corpus by id. */
export function sentenceText(corpus: Corpus, id: string): string | undefined {
  for (const a of corpus.articles)
    for (const p of a.paragraphs) for (const s of p.sentences) if (s.id === id) return s.text;
  return undefined;
}

/** The facts holding a sentence of each report. */
export function sharedFacts(corpus: Corpus): Fact[] {
  const [xa, xb] = [new Set(sentenceIdsOf(corpus, 'first')), new Set(sentenceIdsOf(corpus, 'second'))];
  return corpus.facts.filter(
    (f) => f.sentenceIds.some((id) => xa.has(id)) && f.sentenceIds.some((id) => xb.has(id)),
  );
}

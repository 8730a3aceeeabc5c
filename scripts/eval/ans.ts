// The ANS stance benchmark (issue 10): people's labels for pairs of Arabic news headlines (agree, disagree, other),
// put through the very pipeline the app runs (buildCorpus), in two settings:
// - inside two reports: pairs in chunks, the first headlines as one outlet's report, the second ones (in another
//   order) as a second outlet's; a pair's verdict is the relation of the fact that holds both headlines;
// - alone: each pair as two one-line reports.
// Pure apart from the data it is given: scripts/eval-ans.ts reads the CSV and prints.
import { buildCorpus } from '../../src/core/corpus.ts';
import { foldArabic } from '../../src/core/text/fold-arabic.ts';
import type { Corpus, OutletRegistryEntry } from '../../src/core/types.ts';

export const LABELS = ['agree', 'disagree', 'other'] as const;
export type Label = (typeof LABELS)[number];

export interface Pair {
  s1: string;
  s2: string;
  stance: Label;
}

/** The CSV of ANS: a header `s1,s2,stance`, no field holding a comma or a quote. */
export function parseAnsCsv(text: string): Pair[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines
    .shift()
    ?.split(',')
    .map((h) => h.trim());
  if (header?.join(',') !== 's1,s2,stance')
    throw new Error(`not an ANS stance file: header ${header?.join(',')}`);
  return lines.map((line, i) => {
    const parts = line.split(',');
    const stance = parts.pop()?.trim() as Label;
    if (parts.length !== 2 || !LABELS.includes(stance)) throw new Error(`line ${i + 2}: not "s1,s2,stance"`);
    return { s1: parts[0]!.trim(), s2: parts[1]!.trim(), stance };
  });
}

const STORY = { id: 'ans', title: { ar: 'ANS', en: 'ANS' } };
const bytes = (t: string) => new TextEncoder().encode(t);
const key = (t: string) => foldArabic(t).replace(/[^\p{L}\p{N}]+/gu, '');

/** The contradiction type of the last pair judged `disagree` (for the error breakdown). */
let lastType: string | undefined;
export const typesShown: string[] = [];

/** The relation the corpus shows between the headline `a` of article `ia` and `b` of article `ib`. */
function verdictOf(corpus: Corpus, ia: string, a: string, ib: string, b: string): Label {
  const idsOf = (articleId: string, text: string) => {
    const article = corpus.articles.find((x) => x.id === articleId);
    const want = key(text);
    const ids = new Set<string>();
    for (const p of article?.paragraphs ?? [])
      for (const s of p.sentences) {
        const k = key(s.text);
        if (k.length > 0 && want.includes(k)) ids.add(s.id);
      }
    return ids;
  };
  const [xa, xb] = [idsOf(ia, a), idsOf(ib, b)];
  let found: Label = 'other';
  for (const f of corpus.facts) {
    if (!f.sentenceIds.some((id) => xa.has(id)) || !f.sentenceIds.some((id) => xb.has(id))) continue;
    if (f.relation === 'contradiction') {
      lastType = f.contradiction?.type;
      return 'disagree';
    }
    found = 'agree';
  }
  return found;
}

/**
 * Headlines of one report, one to a line, under a title line of their own: the pipeline reads a file's first
 * line as its title, as it should for a scraped page, and the headlines are the body compared.
 */
const report = (lines: string[]) => `${TITLE}\n${lines.join('\n')}\n`;
const TITLE = 'نشرة الأخبار: ما نقلته وكالات الأنباء والصحف عن أحداث اليوم';

export function runInside(pairs: Pair[], registry: OutletRegistryEntry[], chunk = 30): Label[] {
  const out: Label[] = [];
  for (let start = 0; start < pairs.length; start += chunk) {
    const part = pairs.slice(start, start + chunk);
    // The second report in another order: every other headline from the end, so neighbours differ.
    const order = part.map((_, i) => i).sort((x, y) => (x % 2) - (y % 2) || y - x);
    const corpus = buildCorpus(
      [
        { file: 'first.txt', bytes: bytes(report(part.map((p) => p.s1))) },
        { file: 'second.txt', bytes: bytes(report(order.map((i) => part[i]!.s2))) },
      ],
      { registry, provenance: {}, story: STORY },
    );
    const [a, b] = [
      corpus.articles.find((x) => x.id === 'first'),
      corpus.articles.find((x) => x.id === 'second'),
    ];
    for (const p of part) {
      lastType = undefined;
      out.push(a && b ? verdictOf(corpus, a.id, p.s1, b.id, p.s2) : 'other');
      typesShown.push(lastType ?? '');
    }
  }
  return out;
}

export function runAlone(pairs: Pair[], registry: OutletRegistryEntry[]): Label[] {
  return pairs.map((p) => {
    const corpus = buildCorpus(
      [
        { file: 'first.txt', bytes: bytes(report([p.s1])) },
        { file: 'second.txt', bytes: bytes(report([p.s2])) },
      ],
      { registry, provenance: {}, story: STORY },
    );
    const [a, b] = [
      corpus.articles.find((x) => x.id === 'first'),
      corpus.articles.find((x) => x.id === 'second'),
    ];
    lastType = undefined;
    const v = a && b ? verdictOf(corpus, a.id, p.s1, b.id, p.s2) : 'other';
    typesShown.push(lastType ?? '');
    return v;
  });
}

export interface Scores {
  n: number;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  accuracy: number;
  macroF1: number;
  f1: Record<Label, number>;
  /** disagree pairs predicted disagree. */
  contradictionRecall: number;
  /** disagree pairs predicted agree: the worst defect. */
  falseAgreement: number;
  agreementRecall: number;
}

export function score(gold: readonly Label[], predicted: readonly Label[]): Scores {
  const confusion = Object.fromEntries(
    LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
  ) as Record<Label, Record<Label, number>>;
  gold.forEach((g, i) => {
    confusion[g][predicted[i]!]++;
  });
  const f1 = {} as Record<Label, number>;
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const predictedL = LABELS.reduce((s, g) => s + confusion[g][l], 0);
    const goldL = LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const precision = predictedL === 0 ? 0 : tp / predictedL;
    const recall = goldL === 0 ? 0 : tp / goldL;
    f1[l] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const total = (l: Label) => LABELS.reduce((s, p) => s + confusion[l][p], 0) || 1;
  const correct = LABELS.reduce((s, l) => s + confusion[l][l], 0);
  return {
    n: gold.length,
    confusion,
    accuracy: correct / (gold.length || 1),
    macroF1: LABELS.reduce((s, l) => s + f1[l], 0) / LABELS.length,
    f1,
    contradictionRecall: confusion.disagree.disagree / total('disagree'),
    falseAgreement: confusion.disagree.agree / total('disagree'),
    agreementRecall: confusion.agree.agree / total('agree'),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatScores(name: string, s: Scores): string {
  const pad = (t: string | number, w = 10) => String(t).padStart(w);
  const rows = [
    `${name} (${s.n} pairs)`,
    `  gold \\ shown ${LABELS.map((l) => pad(l)).join('')}`,
    ...LABELS.map((g) => `  ${g.padEnd(12)}${LABELS.map((p) => pad(s.confusion[g][p])).join('')}`),
    `  accuracy ${pct(s.accuracy)} · macro-F1 ${(100 * s.macroF1).toFixed(1)} · F1 ${LABELS.map((l) => `${l} ${(100 * s.f1[l]).toFixed(1)}`).join(', ')}`,
    `  contradiction recall ${pct(s.contradictionRecall)} · false-agreement rate ${pct(s.falseAgreement)} · agreement recall ${pct(s.agreementRecall)}`,
  ];
  return rows.join('\n');
}

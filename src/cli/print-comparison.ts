// The comparison as the CLI prints it: the story questions (a matrix of answers, then each question's evidence),
// the contradictions among reported facts, the count of facts by relation, and the shared wire copy.
import type { Contradiction, QuestionResult, Relation } from '../core/types.ts';
import { quote, safe, table } from './table.ts';
import { cueText, evidenceText, firstQuote, plural, type View } from './view.ts';

export function verdictText(relation: Relation, contradiction?: Contradiction): string {
  if (!contradiction) return relation;
  return `${relation} (${contradiction.type}, ${contradiction.strength}, ${contradiction.scope})`;
}

export function printQuestions(view: View): string[] {
  const { corpus } = view;
  const declared = corpus.story.questions ?? [];
  if (corpus.questions.length === 0) {
    if (declared.length === 0) return ['Story questions: none (the story config declares no questions)'];
    return [`Story questions: none answered (the story declares ${declared.map((q) => q.id).join(', ')})`];
  }
  return [
    `Story questions (${corpus.questions.length})`,
    '',
    ...printMatrix(view),
    ...corpus.questions.flatMap((q) => ['', ...printQuestion(view, q)]),
  ];
}

/** Questions by articles, one answer id per cell: the whole comparison at a glance, in any terminal. */
function printMatrix(view: View): string[] {
  const { articles, questions } = view.corpus;
  const header = ['question', ...articles.map((a) => view.articleName(a.id)), 'verdict'];
  const rows = questions.map((q) => [
    q.id,
    ...articles.map((a) => q.answers.find((x) => x.articleId === a.id)?.answer ?? '—'),
    verdictText(q.verdict, q.contradiction),
  ]);
  return ["Matrix: each outlet's answer", ...table([header, ...rows])];
}

function printQuestion(view: View, q: QuestionResult): string[] {
  const choice = new Map(q.choices.map((c) => [c.id, view.label(c.label)]));
  const detailLabel = new Map(
    (view.corpus.story.questions?.find((c) => c.id === q.id)?.details ?? []).map((d) => [
      d.id,
      view.label(d.label),
    ]),
  );
  const rows = q.answers.map((a) => {
    const details = (a.details ?? []).map((d) => detailLabel.get(d) ?? d).join(', ');
    const detail = [details, a.detail === undefined ? '' : quote(a.detail, 36)].filter(Boolean).join(' ');
    return [
      view.articleName(a.articleId),
      choice.get(a.answer) ?? a.answer,
      evidenceText(a.evidence),
      cueText(a.cue),
      detail,
    ];
  });
  return [
    `${safe(view.label(q.label))} [${safe(q.id)}]`,
    ...table([['outlet', 'answer', 'evidence', 'deciding cue', 'detail'], ...rows]),
    `  verdict: ${verdictText(q.verdict, q.contradiction)}`,
  ];
}

/** A contradiction's sides, one row each: who, where, the cue that sets it apart, and a short quote. */
export function printSides(view: View, c: Contradiction, indent = '     '): string[] {
  return table(
    c.sides.map((side) => {
      return [
        view.articleName(side.articleId),
        evidenceText(side.sentenceIds),
        cueText(side.cue) || '—',
        firstQuote(view, side.sentenceIds),
      ];
    }),
    indent,
  );
}

export function printFacts(view: View): string[] {
  const { facts } = view.corpus;
  if (facts.length === 0) return ['Reported facts: none'];
  const by = (r: Relation) => facts.filter((f) => f.relation === r).length;
  const lines = [
    `Reported facts: ${facts.length} (agreement ${by('agreement')}, contradiction ${by('contradiction')}, ` +
      `single-source ${by('single-source')})`,
  ];
  const shared = facts.filter((f) => f.outlets.length > 1);
  if (shared.length > 0) {
    // One line each, so the alignment can be checked by eye: which outlets, how many independently, and the words.
    const rows = shared.map((f) => {
      return [
        f.id,
        f.relation,
        `${f.independentOutlets}/${f.outlets.length}`,
        f.outlets.map(view.outletName).join(', '),
        firstQuote(view, f.sentenceIds),
      ];
    });
    lines.push(
      '',
      `Facts reported by two outlets or more (${shared.length}; independent/outlets)`,
      ...table(rows),
    );
  }
  const contradicted = facts.filter((f) => f.contradiction);
  lines.push('', `Contradictions among reported facts (${contradicted.length})`);
  if (contradicted.length === 0) lines.push('  none');
  contradicted.forEach((f, i) => {
    const c = f.contradiction!;
    const who = [...new Set(c.sides.map((s) => view.articleName(s.articleId)))].join(' vs ');
    lines.push(
      `  ${i + 1}. ${c.type}, ${c.strength}, ${c.scope}: ${safe(who)} (fact ${safe(f.id)}, similarity ${f.similarity.toFixed(2)})`,
      ...printSides(view, c),
    );
  });
  return lines;
}

export function printWire(view: View): string[] {
  const { wire } = view.corpus;
  if (wire.length === 0) return ['Shared wire copy: none'];
  const rows = wire.map((w) => {
    return [
      w.id,
      w.similarity.toFixed(2),
      w.articleIds.map(view.articleName).join(', '),
      plural(w.sentenceIds.length, 'sentence'),
      firstQuote(view, w.sentenceIds),
    ];
  });
  return [
    `Shared wire copy (${plural(wire.length, 'group')}: one agency text, not independent confirmations)`,
    ...table(rows),
  ];
}

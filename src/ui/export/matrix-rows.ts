// The fact matrix as rows of plain text, for the CSV download. It reads the same Matrix the screen draws
// (selectMatrix) and words it with the same functions (outlet names, verdict labels), so the file and the
// table cannot disagree. Two differences, both on purpose: every shared fact is listed (the screen folds all
// but the first few), and quotes are whole (the screen shortens them).
import type { Article, Contradiction, Relation } from '../../core/types.ts';
import type { Lang } from '../../i18n/locale.ts';
import type { FactCell, Matrix, QuestionCell } from '../../state/comparison-selectors.ts';

export interface MatrixWords {
  lang: Lang;
  /** Header of the questions' first column. */
  question: string;
  /** Header of the facts' first column. */
  facts: string;
  /** Header of the verdict column. */
  verdict: string;
  reports: string;
  differs: string;
  absent: string;
  wire: string;
  outletName(article: Article): string;
  verdictLabel(
    relation: Relation,
    contradiction?: Pick<Contradiction, 'type' | 'scope'>,
    independent?: number,
  ): string;
}

/** Outlet names as the table heads them: a second article of one outlet is "Name (2)". */
function outletHeads(articles: readonly Article[], words: MatrixWords): string[] {
  const seen = new Map<string, number>();
  return articles.map((article) => {
    const outletId = article.attribution.outletId;
    const n = (seen.get(outletId) ?? 0) + 1;
    seen.set(outletId, n);
    const name = words.outletName(article);
    return n > 1 ? `${name} (${n})` : name;
  });
}

const quoted = (text: string) => `«${text}»`;

export function questionCellText(cell: QuestionCell, lang: Lang): string {
  const label = cell.label[lang];
  return cell.answer?.detail ? `${label} ${quoted(cell.answer.detail)}` : label;
}

export function factCellText(cell: FactCell, words: MatrixWords): string {
  if (cell.state === 'absent' || !cell.sentenceId) return words.absent;
  const parts = [cell.state === 'differs' ? words.differs : words.reports];
  if (cell.cue) parts.push(quoted(cell.cue.text));
  if (cell.wire) parts.push(`(${words.wire})`);
  return parts.join(' ');
}

/**
 * Header, one row per question (label, verdict, each outlet's answer), then a blank row and the facts two or
 * more outlets report (the fact's first sentence, verdict, each outlet's part) under a header of their own.
 * No outlet selected, or nothing to compare: no rows.
 */
export function matrixRows(matrix: Matrix, words: MatrixWords): string[][] {
  if (matrix.articles.length === 0) return [];
  const heads = outletHeads(matrix.articles, words);
  const rows: string[][] = [];
  if (matrix.questions.length > 0) {
    rows.push([words.question, words.verdict, ...heads]);
    for (const { question, cells } of matrix.questions) {
      rows.push([
        question.label[words.lang],
        words.verdictLabel(question.verdict, question.contradiction),
        ...cells.map((cell) => questionCellText(cell, words.lang)),
      ]);
    }
  }
  if (matrix.facts.length > 0) {
    if (rows.length > 0) rows.push([]);
    rows.push([words.facts, words.verdict, ...heads]);
    for (const { fact, label, cells } of matrix.facts) {
      rows.push([
        label,
        words.verdictLabel(fact.relation, fact.contradiction, fact.independentOutlets),
        ...cells.map((cell) => factCellText(cell, words)),
      ]);
    }
  }
  return rows;
}

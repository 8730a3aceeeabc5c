// The fact matrix as rows of plain text, for the CSV download. It reads the same Matrix the screen draws
// (selectMatrix) and words it with the same functions (outlet names, verdict labels), so the file and the
// table cannot disagree. Two differences, both on purpose: every fact is listed (the screen folds all but the
// first few, and a story without questions folds its single-source claims), and quotes are whole (the screen
// shortens them).
import type { Article, Contradiction, Relation } from '../../core/types.ts';
import type { Lang } from '../../i18n/locale.ts';
import type {
  FactCell,
  FactRow,
  Matrix,
  QuestionCell,
  SingleClaim,
} from '../../state/comparison-selectors.ts';

export interface MatrixWords {
  lang: Lang;
  /** Header of the questions' first column. */
  question: string;
  /** Header of the facts' first column. */
  facts: string;
  /** Headers of the fact groups of a story without questions, given the number of facts in the group. */
  group(kind: 'contradictions' | 'shared' | 'single', count: number): string;
  /** Header of the verdict column. */
  verdict: string;
  reports: string;
  differs: string;
  /** A report written before the outcome the others tell. */
  before: string;
  absent: string;
  wire: string;
  outletName(article: Article): string;
  verdictLabel(
    relation: Relation,
    contradiction?: Pick<Contradiction, 'type' | 'scope'> & Partial<Pick<Contradiction, 'sides'>>,
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
  const parts = [
    cell.state === 'differs' ? words.differs : cell.state === 'before' ? words.before : words.reports,
  ];
  if (cell.cue) parts.push(quoted(cell.cue.text));
  if (cell.wire) parts.push(`(${words.wire})`);
  return parts.join(' ');
}

function factRowText({ fact, label, cells }: FactRow, words: MatrixWords): string[] {
  return [
    label,
    words.verdictLabel(fact.relation, fact.contradiction, fact.independentOutlets),
    ...cells.map((cell) => factCellText(cell, words)),
  ];
}

function singleRowText(claim: SingleClaim, articles: readonly Article[], words: MatrixWords): string[] {
  const reporting = new Set(claim.articleIds);
  return [
    claim.label,
    words.verdictLabel(claim.fact.relation, claim.fact.contradiction, claim.fact.independentOutlets),
    ...articles.map((article) => (reporting.has(article.id) ? words.reports : words.absent)),
  ];
}

/**
 * Header, one row per question (label, verdict, each outlet's answer), then a blank row and the facts two or
 * more outlets report (the fact's first sentence, verdict, each outlet's part) under a header of their own.
 * A story without questions has its facts in the screen's groups, each under its own header with its count:
 * the contradictions, the facts several outlets report, then the claims one outlet reports alone (listed only
 * when two outlets or more are shown). No outlet selected, or nothing to compare: no rows.
 */
export function matrixRows(matrix: Matrix, words: MatrixWords): string[][] {
  if (matrix.articles.length === 0) return [];
  const heads = outletHeads(matrix.articles, words);
  const rows: string[][] = [];
  const section = (header: string, body: string[][]) => {
    if (body.length === 0) return;
    if (rows.length > 0) rows.push([]);
    rows.push([header, words.verdict, ...heads]);
    rows.push(...body);
  };
  if (matrix.questions.length > 0) {
    rows.push([words.question, words.verdict, ...heads]);
    for (const { question, cells } of matrix.questions) {
      rows.push([
        question.label[words.lang],
        words.verdictLabel(question.verdict, question.contradiction),
        ...cells.map((cell) => questionCellText(cell, words.lang)),
      ]);
    }
    section(
      words.facts,
      matrix.facts.map((row) => factRowText(row, words)),
    );
    return rows;
  }
  const { contradictions, shared, single } = matrix;
  section(
    words.group('contradictions', contradictions.length),
    contradictions.map((row) => factRowText(row, words)),
  );
  section(
    words.group('shared', shared.length),
    shared.map((row) => factRowText(row, words)),
  );
  section(
    words.group('single', single.length),
    single.map((claim) => singleRowText(claim, matrix.articles, words)),
  );
  return rows;
}

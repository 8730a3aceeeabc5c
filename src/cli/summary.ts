// The CLI's readable summary of a corpus: where it came from, the outlets and how each was found, the
// comparison, and every file that could not be used. Takes any `Corpus`, so it is tested on hand-made ones too.
import type { AttributionEvidence, Corpus } from '../core/types.ts';
import { printFacts, printQuestions, printWire } from './print-comparison.ts';
import type { ConfigSource } from './read-folder.ts';
import { quote, safe, table } from './table.ts';
import { type Lang, makeView, plural, type View } from './view.ts';

export interface SummaryOptions {
  lang: Lang;
  /** The folder analysed, and where its config files came from. */
  dir?: string;
  config?: { outlets: ConfigSource; story: ConfigSource; sources?: string };
  /** What is wrong in the folder's config but did not stop the analysis. */
  warnings?: string[];
}

const FROM = {
  folder: '',
  option: ' (given on the command line)',
  fallback: " (the folder has none: the project's)",
  none: ' absent: a bare story named after the folder, with no questions',
};

function printHeader(view: View, options: SummaryOptions): string[] {
  const { story, articles, problems } = view.corpus;
  const lines: string[] = [];
  if (options.dir !== undefined) lines.push(`Tabayyun analysis of ${safe(options.dir)}`);
  lines.push(
    `Story: ${safe(view.label(story.title))} [${[story.id, story.date]
      .filter((x) => x !== undefined)
      .map(safe)
      .join(', ')}]`,
  );
  const config = options.config;
  if (config) {
    lines.push(
      ...table([
        ['outlets', config.outlets.file + FROM[config.outlets.from]],
        [
          'story',
          config.story.from === 'none'
            ? `story.json${FROM.none}`
            : config.story.file + FROM[config.story.from],
        ],
        ['sources', config.sources ?? 'none (no provenance: the text alone decides each outlet)'],
      ]),
    );
  }
  lines.push(`Articles: ${articles.length} used, ${plural(problems.length, 'file')} not used`);
  return lines;
}

function evidenceWords(e: AttributionEvidence): string {
  if (e.kind === 'provenance') return `provenance${e.confidence ? ` (${e.confidence})` : ''}`;
  return `${e.kind} ${quote(e.text, 24)}${e.line === undefined ? '' : ` (line ${e.line})`}`;
}

/** One line per article: its outlet, country, file, and what the attribution rests on. */
function printOutlets(view: View): string[] {
  const { outlets, articles } = view.corpus;
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const rows = articles.map((a) => {
    const outlet = byId.get(a.attribution.outletId);
    const evidence = [
      ...a.attribution.evidence.map(evidenceWords),
      ...(a.attribution.textOutletId ? [`the text said ${a.attribution.textOutletId}`] : []),
    ];
    const how =
      a.attribution.method === 'none'
        ? 'nothing in the text or the provenance names it'
        : `${a.attribution.confidence}, by ${a.attribution.method}: ${evidence.join('; ')}`;
    return [view.articleName(a.id), outlet?.country ?? '—', a.file, how];
  });
  const identified = outlets.filter((o) => !o.unidentified).length;
  return [
    `Outlets: ${identified} identified, ${outlets.length - identified} unidentified (${plural(articles.length, 'article')})`,
    ...table(rows),
  ];
}

function printProblems(view: View): string[] {
  const { problems } = view.corpus;
  if (problems.length === 0) return ['Files not used: none'];
  return [`Files not used (${problems.length})`, ...table(problems.map((p) => [p.file, p.code, p.reason]))];
}

function printNotes(view: View, warnings: string[]): string[] {
  const notes = view.corpus.articles.flatMap((a) => a.notes.map((n) => [a.file, n]));
  const lines: string[] = [];
  if (notes.length > 0) lines.push('', `Notes on the input (${notes.length})`, ...table(notes));
  if (warnings.length > 0)
    lines.push('', `Config warnings (${warnings.length})`, ...warnings.map((w) => `  ${safe(w)}`));
  return lines;
}

export function printSummary(corpus: Corpus, options: SummaryOptions): string {
  const view = makeView(corpus, options.lang);
  const sections = [
    printHeader(view, options),
    printOutlets(view),
    printQuestions(view),
    printFacts(view),
    printWire(view),
    printProblems(view),
  ];
  const lines = sections.flatMap((s, i) => (i === 0 ? s : ['', ...s]));
  lines.push(...printNotes(view, options.warnings ?? []));
  return `${lines.join('\n')}\n`;
}

// The story's questions (seeds/story.json → `questions`), answered for every article from its text.
// The pattern language is in question-pattern.ts and docs/story-questions.md; precedence in
// question-answer.ts; verdicts in question-verdict.ts.
import type { Article, Cue, QuestionResult, StoryActor, StoryQuestion } from '../../types.ts';
import { type CueFinder, cueFinder } from '../cues/cue-cache.ts';
import { answerArticle, type CompiledQuestion } from './question-answer.ts';
import { type Terms, type Unit, unitOf } from './question-match.ts';
import { type Item, literal, needsCue, type Pattern, parsePattern, references } from './question-pattern.ts';
import { verdictOf } from './question-verdict.ts';

/** The evidence id of an article's headline, which is no sentence. */
export const titleEvidenceId = (articleId: string) => `${articleId}.title`;

const BEFORE_OUTCOME = ['modality', 'future', 'ongoing'] as const;

function compileTerms(terms: Record<string, string[]> | undefined): Terms {
  const out: Terms = new Map();
  for (const [name, entries] of Object.entries(terms ?? {}))
    out.set(
      name,
      entries.map((e) =>
        e
          .trim()
          .split(/\s+/)
          .map((w): Item => ({ type: 'word', word: literal(w) })),
      ),
    );
  return out;
}

/**
 * Problems with the questions as configured, each a sentence naming the question, the answer and the
 * pattern: unknown terms or actors, malformed patterns, duplicate ids, answers that can never win.
 * Empty when all is well. `actors`: the story's actors, to check `{@id}` references.
 */
export function checkQuestions(questions: StoryQuestion[], actors?: StoryActor[]): string[] {
  const problems: string[] = [];
  const questionIds = new Set<string>();
  for (const q of questions) {
    const where = `question "${q.id}"`;
    if (questionIds.has(q.id)) problems.push(`${where}: the id is used twice`);
    questionIds.add(q.id);
    const termNames = Object.keys(q.terms ?? {});
    for (const [name, entries] of Object.entries(q.terms ?? {}))
      for (const e of entries)
        if (/[{}()|?$]|\.\.\./.test(e) || e.trim() === '')
          problems.push(`${where}, term "${name}": "${e}" must be plain words (a trailing * is allowed)`);
    const ids = new Set<string>();
    const checkList = (kind: 'answer' | 'detail', list: { id: string; patterns: string[] }[]) => {
      for (const a of list) {
        const at = `${where}, ${kind} "${a.id}"`;
        if (ids.has(a.id)) problems.push(`${at}: the id is used twice`);
        ids.add(a.id);
        let decisive = 0;
        a.patterns.forEach((source, i) => {
          const here = `${at}, pattern ${i + 1} "${source}"`;
          let p: Pattern;
          try {
            p = parsePattern(source);
          } catch (e) {
            problems.push(`${here}: ${(e as Error).message}`);
            return;
          }
          if (!p.veto) decisive++;
          if (p.veto && kind === 'detail') problems.push(`${here}: a detail cannot have a veto (!)`);
          const refs = references(p.items);
          for (const t of refs.terms) {
            if (!termNames.includes(t))
              problems.push(
                `${here}: unknown term "{${t}}"${termNames.length ? ` (terms: ${termNames.join(', ')})` : ' (the question has no terms)'}`,
              );
          }
          if (actors)
            for (const id of refs.actors)
              if (!actors.some((x) => x.id === id))
                problems.push(
                  `${here}: unknown actor "{@${id}}" (actors: ${actors.map((x) => x.id).join(', ')})`,
                );
        });
        if (decisive === 0) problems.push(`${at}: only vetoes, so it can never be the answer`);
      }
    };
    checkList('answer', q.answers);
    if (q.answers.some((a) => a.id === q.fallback.id))
      problems.push(`${where}: the fallback "${q.fallback.id}" is also an answer`);
    checkList('detail', q.details ?? []);
  }
  return problems;
}

function compile(q: StoryQuestion): CompiledQuestion {
  return {
    answers: q.answers.map((a) => {
      const patterns = a.patterns.map(parsePattern);
      const decisive = patterns.filter((p) => !p.veto);
      return { id: a.id, patterns, beforeOutcome: decisive.every((p) => needsCue(p.items, BEFORE_OUTCOME)) };
    }),
    fallback: q.fallback.id,
    details: (q.details ?? []).map((d) => ({ id: d.id, patterns: d.patterns.map(parsePattern) })),
    terms: compileTerms(q.terms),
  };
}

/** Tokens and cue spans of one (text, cue list), shared by every copy of the sentence. */
type Shapes = Map<Cue[], Map<string, Pick<Unit, 'tokens' | 'cues'>>>;

function sharedUnit(shapes: Shapes, id: string, text: string, cues: Cue[], title: boolean): Unit {
  let byText = shapes.get(cues);
  if (!byText) {
    byText = new Map();
    shapes.set(cues, byText);
  }
  const shape = byText.get(text);
  if (shape) return { id, text, tokens: shape.tokens, cues: shape.cues, title };
  const unit = unitOf(id, text, cues, title);
  byText.set(text, { tokens: unit.tokens, cues: unit.cues });
  return unit;
}

/** The article's sentences (with their cues, found now if the caller has not) and its headline. */
function unitsOf(article: Article, cuesOf: CueFinder, shapes: Shapes): Unit[] {
  const units = article.paragraphs.flatMap((p) =>
    p.sentences.map((s) =>
      sharedUnit(shapes, s.id, s.text, s.cues ?? cuesOf(s.text, article.published), false),
    ),
  );
  if (article.title)
    units.push(
      sharedUnit(
        shapes,
        titleEvidenceId(article.id),
        article.title,
        cuesOf(article.title, article.published),
        true,
      ),
    );
  return units;
}

/**
 * Every question answered for every article, with a verdict across outlets. Throws when the
 * questions are malformed (see `checkQuestions`). `actors`: the story's actors, so that the headline's
 * cues know their aliases too (sentences carry their cues already).
 */
export function answerQuestions(
  articles: Article[],
  questions: StoryQuestion[],
  outletOf: (articleId: string) => string,
  /** `cuesOf`: the run's cue finder (cue-cache.ts), so that copies of a sentence are read once. */
  options: { actors?: StoryActor[]; cuesOf?: CueFinder } = {},
): QuestionResult[] {
  const problems = checkQuestions(questions, options.actors);
  if (problems.length) throw new Error(`story questions: ${problems.join('; ')}`);
  const cuesOf = options.cuesOf ?? cueFinder(options.actors);
  const shapes: Shapes = new Map();
  const units = new Map(articles.map((a) => [a.id, unitsOf(a, cuesOf, shapes)]));
  return questions.map((q) => {
    const compiled = compile(q);
    const answers = articles.map((a) => answerArticle(a.id, units.get(a.id) ?? [], compiled));
    const beforeOutcome = new Set(compiled.answers.filter((a) => a.beforeOutcome).map((a) => a.id));
    const { verdict, contradiction } = verdictOf({
      answers,
      fallback: q.fallback.id,
      beforeOutcome,
      order: q.answers.map((a) => a.id),
      outletOf,
    });
    return {
      id: q.id,
      label: q.label,
      choices: [
        ...q.answers.map((a) => ({
          id: a.id,
          label: a.label,
          ...(beforeOutcome.has(a.id) ? { beforeOutcome: true } : {}),
        })),
        q.fallback,
      ],
      verdict,
      ...(contradiction ? { contradiction } : {}),
      answers,
    };
  });
}

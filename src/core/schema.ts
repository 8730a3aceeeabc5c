// The corpus JSON as a data format: a zod schema of every field of `Corpus` (src/core/types.ts), plus the links
// between fields that a shape alone cannot check (ids that must exist, answers among their question's choices).
// Whoever reads a corpus they did not build (the app, a worker, another tool) can trust it after `parseCorpus`.
import { z } from 'zod';
import { isIsoDate, parseStory } from './corpus.ts';
import {
  ATTRIBUTION_CONFIDENCES,
  CONTRADICTION_TYPES,
  type Corpus,
  CUE_KINDS,
  type Cue,
  PROBLEM_CODES,
  REMOVAL_REASONS,
  SCHEMA_VERSION,
  type StoryConfig,
} from './types.ts';

const ID = /^[a-z0-9-]+$/;
const id = z.string().regex(ID, 'expected an id of a-z, 0-9 and -');
const text = z.string();
const localised = z.strictObject({ ar: z.string().min(1), en: z.string().min(1) });
const share = z.number().min(0).max(1);
const count = z.number().int().min(0);
const isoDate = z
  .string()
  .refine(isIsoDate, 'expected an ISO date (YYYY-MM-DD, a day that exists, or a date-time)');
// The interface renders these as links: http(s) only, so a corpus cannot smuggle in `javascript:`.
const webAddress = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'expected an http(s) address');
const confidence = z.enum(ATTRIBUTION_CONFIDENCES);
const relation = z.enum(['agreement', 'contradiction', 'single-source', 'unreported']);
const localisedNote = z.union([
  z.string().min(1),
  z.strictObject({ ar: z.string().min(1).optional(), en: z.string().min(1).optional() }),
]);

// The story is a story config: the same rules as story.json, so one place (parseStory) says what a story is.
const story = z.unknown().transform((json, ctx): StoryConfig => {
  try {
    return parseStory(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const inner = /field "([^"]*)": (.*)$/s.exec(message);
    const path = inner?.[1] && inner[1] !== '(top level)' ? inner[1].split('.') : [];
    ctx.addIssue({ code: 'custom', path, message: inner?.[2] ?? message });
    return z.NEVER;
  }
});

const cueFields = {
  kind: z.enum(CUE_KINDS),
  text,
  start: count,
  end: count,
  value: z.string().optional(),
};
const cue = z.strictObject(cueFields);
const cueRef = z.strictObject({ ...cueFields, sentenceId: z.string().min(1) });

const contradiction = z.strictObject({
  type: z.enum(CONTRADICTION_TYPES),
  scope: z.enum(['cross', 'internal']),
  strength: z.enum(['clear', 'soft']),
  sides: z
    .array(z.strictObject({ articleId: id, sentenceIds: z.array(z.string()).min(1), cue: cueRef.optional() }))
    .min(2, 'expected two sides or more'),
});

const outlet = z.strictObject({
  id,
  name: localised,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional(),
  ownership: localised.optional(),
  homepage: webAddress.optional(),
  colour: count,
  unidentified: z.boolean().optional(),
  own: z.literal(true).optional(),
});

const attribution = z.strictObject({
  outletId: id,
  confidence,
  method: z.enum(['text', 'provenance', 'text+provenance', 'none']),
  evidence: z.array(
    z.strictObject({
      kind: z.enum(['dateline', 'header', 'selfReference', 'widget', 'domain', 'provenance']),
      text,
      line: z.number().int().min(1).optional(),
      confidence: confidence.optional(),
    }),
  ),
  textOutletId: id.optional(),
});

const removalReason = z.enum(REMOVAL_REASONS);

const article = z.strictObject({
  id,
  file: z.string().min(1),
  attribution,
  title: z.string().nullable(),
  byline: z.string().optional(),
  dateline: z
    .strictObject({ place: z.string().optional(), source: z.string().optional(), raw: text })
    .optional(),
  captions: z.array(z.strictObject({ text, credit: z.string().optional() })),
  published: isoDate.optional(),
  url: webAddress.optional(),
  addressHint: z.string().optional(),
  provenanceNote: localisedNote.optional(),
  paragraphs: z.array(
    z.strictObject({
      id: z.string(),
      sentences: z.array(z.strictObject({ id: z.string(), text, cues: z.array(cue).optional() })),
    }),
  ),
  removed: z.array(z.strictObject({ line: z.number().int().min(1), text, reason: removalReason })),
  notes: z.array(z.string()),
  own: z.literal(true).optional(),
});

const problem = z.strictObject({
  file: z.string().min(1),
  code: z.enum(PROBLEM_CODES),
  encoding: z.string().optional(),
  limitMb: z.number().positive().optional(),
  duplicateOf: z.string().optional(),
  reason: z.string().min(1),
});

const answer = z.strictObject({
  articleId: id,
  answer: id,
  details: z.array(id).optional(),
  detail: z.string().optional(),
  evidence: z.array(z.string()),
  cue: cueRef.optional(),
  pattern: z.string().optional(),
});

const question = z.strictObject({
  id,
  label: localised,
  choices: z
    .array(z.strictObject({ id, label: localised, beforeOutcome: z.literal(true).optional() }))
    .min(1),
  verdict: relation,
  contradiction: contradiction.optional(),
  answers: z.array(answer),
});

const fact = z.strictObject({
  id: z.string().min(1),
  sentenceIds: z.array(z.string()).min(1),
  outlets: z.array(id).min(1),
  independentOutlets: z.number().int().min(1),
  relation: z.enum(['agreement', 'contradiction', 'single-source']),
  contradiction: contradiction.optional(),
  conflicts: z.array(contradiction).max(64).optional(),
  similarity: share,
});

const wire = z.strictObject({
  id: z.string().min(1),
  sentenceIds: z.array(z.string()).min(2, 'expected two sentences or more'),
  articleIds: z.array(id).min(2, 'expected two articles or more'),
  similarity: share,
});

const corpusShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `expected ${SCHEMA_VERSION} (this corpus was written for another version of the format)`,
  }),
  story,
  outlets: z.array(outlet),
  articles: z.array(article),
  problems: z.array(problem),
  questions: z.array(question),
  facts: z.array(fact),
  wire: z.array(wire),
});

/** The whole corpus: its shape, then the links between its parts (see `corpusLinkIssues`). */
export const corpusSchema = corpusShape.superRefine((corpus, ctx) => {
  for (const issue of corpusLinkIssues(corpus)) ctx.addIssue({ code: 'custom', ...issue });
});

/** Validate a corpus read from JSON; throws one message naming the first bad field. */
export function parseCorpus(json: unknown): Corpus {
  const result = corpusSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new Error(`corpus: field "${field}": ${issue?.message ?? 'invalid'}`);
}

// ---- links --------------------------------------------------------------------------------------

type Path = (string | number)[];
export interface LinkIssue {
  path: Path;
  message: string;
}

/**
 * What the shape cannot say: ids are unique and follow the article's (`<article>.p<n>.s<m>`); every outlet,
 * article and sentence a part cites exists, and belongs where it is said to; a cue is the text it points at; an
 * answer is one of its question's choices and every article is answered once; a contradiction is there exactly
 * when the relation says so.
 */
export function corpusLinkIssues(corpus: z.infer<typeof corpusShape>): LinkIssue[] {
  const issues: LinkIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  const unique = <T>(items: T[], key: (item: T) => string, path: string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) add([path, i, 'id'], `duplicate ${what} id "${k}"`);
      seen.add(k);
    });
  };

  const outletIds = new Set(corpus.outlets.map((o) => o.id));
  const articleIds = new Set(corpus.articles.map((a) => a.id));
  const outletOfArticle = new Map(corpus.articles.map((a) => [a.id, a.attribution.outletId]));
  const articleOfSentence = new Map<string, string>();
  const sentenceText = new Map<string, string>();
  unique(corpus.outlets, (o) => o.id, 'outlets', 'outlet');
  unique(corpus.articles, (a) => a.id, 'articles', 'article');

  corpus.articles.forEach((a, ai) => {
    if (!outletIds.has(a.attribution.outletId))
      add(['articles', ai, 'attribution', 'outletId'], `no outlet "${a.attribution.outletId}" in outlets`);
    // An answer may cite the headline as `<article id>.title` (weaker evidence than the body, but evidence).
    if (a.title !== null) {
      articleOfSentence.set(`${a.id}.title`, a.id);
      sentenceText.set(`${a.id}.title`, a.title);
    }
    a.paragraphs.forEach((p, pi) => {
      const pid = `${a.id}.p${pi + 1}`;
      if (p.id !== pid) add(['articles', ai, 'paragraphs', pi, 'id'], `expected "${pid}"`);
      p.sentences.forEach((s, si) => {
        const at: Path = ['articles', ai, 'paragraphs', pi, 'sentences', si];
        const sid = `${pid}.s${si + 1}`;
        if (s.id !== sid) add([...at, 'id'], `expected "${sid}"`);
        if (articleOfSentence.has(s.id)) add([...at, 'id'], `duplicate sentence id "${s.id}"`);
        articleOfSentence.set(s.id, a.id);
        sentenceText.set(s.id, s.text);
        for (const [ci, c] of (s.cues ?? []).entries()) checkCue(c, s.text, [...at, 'cues', ci]);
      });
    });
  });

  function checkCue(c: Cue, sentence: string, path: Path) {
    if (c.end < c.start || c.end > sentence.length)
      add([...path, 'end'], `expected start ≤ end ≤ ${sentence.length} (the sentence's length)`);
    else if (sentence.slice(c.start, c.end) !== c.text)
      add([...path, 'text'], 'expected the sentence text between start and end');
  }

  /** Sentence ids that exist and, when `articleId` is given, belong to that article. */
  function checkSentences(ids: string[], path: Path, articleId?: string) {
    ids.forEach((sid, i) => {
      const owner = articleOfSentence.get(sid);
      if (owner === undefined) add([...path, i], `no sentence "${sid}" in the corpus`);
      else if (articleId !== undefined && owner !== articleId)
        add([...path, i], `sentence "${sid}" is not in article "${articleId}"`);
    });
  }

  function checkCueRef(c: Cue & { sentenceId: string }, path: Path, articleId: string) {
    checkSentences([c.sentenceId], [...path, 'sentenceId'], articleId);
    const sentence = sentenceText.get(c.sentenceId);
    if (sentence !== undefined) checkCue(c, sentence, path);
  }

  function checkArticle(aid: string, path: Path) {
    if (!articleIds.has(aid)) add(path, `no article "${aid}" in the corpus`);
  }

  function checkContradiction(c: z.infer<typeof contradiction>, path: Path) {
    c.sides.forEach((side, i) => {
      checkArticle(side.articleId, [...path, 'sides', i, 'articleId']);
      checkSentences(side.sentenceIds, [...path, 'sides', i, 'sentenceIds'], side.articleId);
      if (side.cue) checkCueRef(side.cue, [...path, 'sides', i, 'cue'], side.articleId);
    });
    const articles = new Set(c.sides.map((s) => s.articleId));
    if (c.scope === 'internal' && articles.size !== 1)
      add([...path, 'scope'], 'an internal contradiction has every side in one article');
    if (c.scope === 'cross' && articles.size < 2)
      add([...path, 'scope'], 'a cross contradiction has sides in two articles or more');
  }

  function checkVerdict(relation: string, c: z.infer<typeof contradiction> | undefined, path: Path) {
    if (relation === 'contradiction' && !c)
      add([...path, 'contradiction'], 'missing: the relation is a contradiction');
    if (relation !== 'contradiction' && c)
      add([...path, 'contradiction'], `present, but the relation is "${relation}"`);
    if (c) checkContradiction(c, [...path, 'contradiction']);
  }

  const configs = new Map((corpus.story.questions ?? []).map((q) => [q.id, q]));
  unique(corpus.questions, (q) => q.id, 'questions', 'question');
  corpus.questions.forEach((q, qi) => {
    const at: Path = ['questions', qi];
    const config = configs.get(q.id);
    if (!config) add([...at, 'id'], `no question "${q.id}" in the story's questions`);
    const details = new Set((config?.details ?? []).map((d) => d.id));
    const choices = new Set(q.choices.map((c) => c.id));
    if (choices.size !== q.choices.length) add([...at, 'choices'], 'duplicate choice id');
    const answered = new Set<string>();
    q.answers.forEach((a, i) => {
      const path: Path = [...at, 'answers', i];
      checkArticle(a.articleId, [...path, 'articleId']);
      if (answered.has(a.articleId)) add([...path, 'articleId'], `article "${a.articleId}" answered twice`);
      answered.add(a.articleId);
      if (!choices.has(a.answer))
        add([...path, 'answer'], `"${a.answer}" is not one of the question's choices`);
      a.details?.forEach((d, di) => {
        if (!details.has(d)) add([...path, 'details', di], `"${d}" is not one of the question's details`);
      });
      checkSentences(a.evidence, [...path, 'evidence'], a.articleId);
      if (a.cue) checkCueRef(a.cue, [...path, 'cue'], a.articleId);
    });
    const missing = corpus.articles.find((a) => !answered.has(a.id));
    if (missing) add([...at, 'answers'], `article "${missing.id}" is not answered`);
    checkVerdict(q.verdict, q.contradiction, at);
  });

  unique(corpus.facts, (f) => f.id, 'facts', 'fact');
  corpus.facts.forEach((f, fi) => {
    const at: Path = ['facts', fi];
    checkSentences(f.sentenceIds, [...at, 'sentenceIds']);
    const reporting = new Set(f.sentenceIds.map((s) => outletOfArticle.get(articleOfSentence.get(s) ?? '')));
    f.outlets.forEach((o, i) => {
      if (!outletIds.has(o)) add([...at, 'outlets', i], `no outlet "${o}" in outlets`);
      else if (!reporting.has(o)) add([...at, 'outlets', i], `outlet "${o}" has no sentence in the fact`);
    });
    for (const o of reporting)
      if (o !== undefined && !f.outlets.includes(o)) add([...at, 'outlets'], `missing outlet "${o}"`);
    if (f.independentOutlets > f.outlets.length)
      add([...at, 'independentOutlets'], `more than the ${f.outlets.length} outlet(s) that report it`);
    checkVerdict(f.relation, f.contradiction, at);
  });

  unique(corpus.wire, (w) => w.id, 'wire', 'wire group');
  corpus.wire.forEach((w, wi) => {
    const at: Path = ['wire', wi];
    checkSentences(w.sentenceIds, [...at, 'sentenceIds']);
    w.articleIds.forEach((aid, i) => {
      checkArticle(aid, [...at, 'articleIds', i]);
    });
    const owners = new Set(w.sentenceIds.map((s) => articleOfSentence.get(s)));
    for (const aid of w.articleIds)
      if (articleIds.has(aid) && !owners.has(aid))
        add([...at, 'articleIds'], `article "${aid}" has no sentence in the group`);
    for (const owner of owners)
      if (owner !== undefined && !w.articleIds.includes(owner))
        add([...at, 'articleIds'], `missing article "${owner}"`);
  });

  const files = new Set(corpus.articles.map((a) => a.file));
  corpus.problems.forEach((p, i) => {
    if (files.has(p.file)) add(['problems', i, 'file'], `"${p.file}" is also an article`);
    if (p.duplicateOf !== undefined && !files.has(p.duplicateOf))
      add(['problems', i, 'duplicateOf'], `no article from the file "${p.duplicateOf}"`);
  });
  return issues;
}

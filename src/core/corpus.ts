// The whole pipeline over a story folder's contents, plus validation of its config files.
// Pure: the runner (Vite plugin, CLI, worker) reads the files and hands over bytes and JSON.
import { z } from 'zod';
import { compareArticles } from './compare/compare-corpus.ts';
import { checkQuestions } from './compare/questions/questions.ts';
import { articleIdFromFile, uniqueId } from './ingest/article-id.ts';
import { UNIDENTIFIED_PREFIX } from './ingest/attribute-outlet.ts';
import { decodeBytes } from './ingest/decode-bytes.ts';
import { ingestDecoded } from './ingest/ingest-article.ts';
import { sameTextKey } from './text/same-text.ts';
import {
  type Article,
  type ArticleInput,
  ATTRIBUTION_CONFIDENCES,
  type Corpus,
  type InputProblem,
  type Outlet,
  type OutletRegistryEntry,
  OWN_PREFIX,
  type Provenance,
  SCHEMA_VERSION,
  type StoryConfig,
} from './types.ts';

export interface CorpusConfig {
  registry: OutletRegistryEntry[];
  provenance: Record<string, Provenance>;
  story: StoryConfig;
}

const byFileName = (a: ArticleInput, b: ArticleInput) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Ingest every input in file-name order. A file whose text repeats a usable article's is refused as a
 * `duplicate` naming that article's file: the first in file-name order is kept.
 */
export function buildCorpus(inputs: ArticleInput[], config: CorpusConfig): Corpus {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const taken = new Set<string>();
  const kept = new Map<string, string>();
  for (const input of [...inputs].sort(byFileName)) {
    const articleId = uniqueId(articleIdFromFile(input.file), taken);
    taken.add(articleId);
    const decoded = decodeBytes(input.bytes);
    if (!decoded.ok) {
      const { ok: _ok, ...problem } = decoded;
      problems.push({ file: input.file, ...problem });
      continue;
    }
    const key = sameTextKey(decoded.text);
    const original = kept.get(key);
    if (original !== undefined) {
      problems.push({
        file: input.file,
        code: 'duplicate',
        duplicateOf: original,
        reason: `the same text as ${original}, which is kept`,
      });
      continue;
    }
    const result = ingestDecoded(input.file, decoded.text, decoded.notes, {
      registry: config.registry,
      provenance: config.provenance[input.file],
      articleId,
    });
    if (result.ok) {
      articles.push(result.article);
      kept.set(key, input.file);
    } else problems.push(result.problem);
  }
  const outletOfArticle = new Map(articles.map((a) => [a.id, a.attribution.outletId]));
  const comparison = compareArticles(articles, config.story, (id) => outletOfArticle.get(id) ?? id);
  return {
    schemaVersion: SCHEMA_VERSION,
    story: config.story,
    outlets: outletsOf(comparison.articles, config.registry),
    articles: comparison.articles,
    problems,
    questions: comparison.questions,
    facts: comparison.facts,
    wire: comparison.wire,
  };
}

/**
 * The outlets the articles use, after `start` (outlets already listed), in order of first use: the registry's entry,
 * else an outlet the reader named (`named`), else a placeholder per unidentified article. Colours follow the order.
 */
export function outletsOf(
  articles: Article[],
  registry: OutletRegistryEntry[],
  start: Outlet[] = [],
  named: ReadonlyMap<string, Outlet> = new Map(),
): Outlet[] {
  const outlets = [...start];
  for (const article of articles) {
    const id = article.attribution.outletId;
    if (outlets.some((o) => o.id === id)) continue;
    const entry = registry.find((o) => o.id === id);
    const own = named.get(id);
    const colour = outlets.length;
    if (entry) {
      const { markers: _markers, ...outlet } = entry;
      outlets.push({ ...outlet, colour });
    } else if (own) outlets.push({ ...own, colour });
    else {
      outlets.push({
        id,
        name: { ar: 'مصدر غير محدد', en: 'Unidentified outlet' },
        colour,
        unidentified: true,
      });
    }
  }
  return outlets;
}

// ---- config files -------------------------------------------------------------------------

/** A link the interface will render: http(s) only, so a config file cannot smuggle in `javascript:`. */
const webAddress = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'expected an http(s) address');

const localised = z.object({ ar: z.string().min(1), en: z.string().min(1) });
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * An ISO date (YYYY-MM-DD) or date-time that exists: the day round-trips through the calendar (no
 * 2020-02-30, no month 13, no year 0000), the time is on a clock (hours to 23, minutes and seconds to 59),
 * and a zone offset is one the world uses (to ±14:59).
 */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (year! < 1) return false;
  const date = new Date(Date.UTC(2000, month! - 1, day!));
  date.setUTCFullYear(year!, month! - 1, day!);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day)
    return false;
  return hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHour! <= 14 && offsetMinute! <= 59;
}

const isoDate = z
  .string()
  .refine(isIsoDate, 'expected an ISO date (YYYY-MM-DD, a day that exists, or a date-time)');
const strings = z.array(z.string().min(1)).optional();

/** The longest outlet id: ids go into the app's shared links. */
const MAX_OUTLET_ID = 40;

const registrySchema = z.object({
  outlets: z.array(
    z.object({
      id: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'expected an id of a-z, 0-9 and -')
        .max(
          MAX_OUTLET_ID,
          `expected an id of at most ${MAX_OUTLET_ID} characters (ids go into shared links)`,
        )
        .refine((id) => id !== 'all', '"all" is reserved (a link\'s o=all means every outlet)')
        .refine(
          (id) => !id.startsWith(OWN_PREFIX),
          `"${OWN_PREFIX}" is reserved (the outlets readers name for their own articles start with it)`,
        )
        .refine(
          (id) => !id.startsWith(UNIDENTIFIED_PREFIX),
          `"${UNIDENTIFIED_PREFIX}" is reserved (the placeholder outlets of unidentified articles start with it)`,
        ),
      name: localised,
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
        .optional(),
      ownership: localised.optional(),
      homepage: webAddress.optional(),
      markers: z.object({
        dateline: strings,
        selfReference: strings,
        header: strings,
        widget: strings,
        domain: strings,
      }),
    }),
  ),
});

const confidence = z.enum(ATTRIBUTION_CONFIDENCES);
const provenanceSchema = z.object({
  files: z.record(
    z.string(),
    z.object({
      outlet: z.string().min(1).optional(),
      confidence: confidence.optional(),
      published: isoDate.optional(),
      url: webAddress.optional(),
      addressHint: z.string().optional(),
      note: z
        .union([
          z.string().min(1),
          z
            .object({ ar: z.string().min(1).optional(), en: z.string().min(1).optional() })
            .refine((n) => n.ar !== undefined || n.en !== undefined, 'a note needs "ar" or "en"'),
        ])
        .optional(),
    }),
  ),
});

const ID = /^[a-z0-9-]+$/;
const id = z.string().regex(ID, 'expected an id of a-z, 0-9 and -').max(40);
const patterns = z.array(z.string().min(1)).min(1);
const questionSchema = z.object({
  id,
  label: localised,
  terms: z
    .record(
      z.string().regex(/^[a-z0-9-]+$/, 'expected a term name of a-z, 0-9 and -'),
      z.array(z.string().min(1)).min(1),
    )
    .optional(),
  answers: z.array(z.object({ id, label: localised, patterns })).min(1),
  fallback: z.object({ id, label: localised }),
  details: z.array(z.object({ id, label: localised, patterns })).optional(),
});
const actorSchema = z.object({ id, label: localised, aliases: z.array(z.string().min(1)).min(1) });
export const storySchema = z.object({
  id: z.string().min(1),
  title: localised,
  date: isoDate.optional(),
  questions: z.array(questionSchema).optional(),
  actors: z.array(actorSchema).optional(),
});

function parseWith<T>(schema: z.ZodType<T>, json: unknown, kind: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new Error(`${kind}: field "${field}": ${issue?.message ?? 'invalid'}`);
}

/** Validate `outlets.json`. */
export function parseRegistry(json: unknown): OutletRegistryEntry[] {
  const { outlets } = parseWith(registrySchema, json, 'outlet registry (outlets.json)');
  const seen = new Set<string>();
  outlets.forEach((o, i) => {
    if (seen.has(o.id))
      throw new Error(`outlet registry (outlets.json): field "outlets.${i}.id": duplicate id "${o.id}"`);
    seen.add(o.id);
  });
  return outlets;
}

/** Validate `sources.json`: provenance keyed by file name. */
export function parseProvenance(json: unknown): Record<string, Provenance> {
  return parseWith(provenanceSchema, json, 'provenance (sources.json)').files;
}

/** Validate `story.json`. */
export function parseStory(json: unknown): StoryConfig {
  const story = parseWith(storySchema, json, 'story (story.json)');
  // A bad pattern or an unknown term stops the build here, with what is wrong and where.
  const problems = checkQuestions(story.questions ?? [], story.actors);
  if (problems.length > 0) throw new Error(`story (story.json): ${problems.join('; ')}`);
  return story;
}

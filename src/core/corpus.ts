// The whole pipeline over a story folder's contents, plus validation of its config files.
// Pure: the runner (Vite plugin, CLI, worker) reads the files and hands over bytes and JSON.
import { z } from 'zod';
import { articleIdFromFile, uniqueId } from './ingest/article-id.ts';
import { ingestArticle } from './ingest/ingest-article.ts';
import {
  type Article,
  type ArticleInput,
  type Corpus,
  type InputProblem,
  type Outlet,
  type OutletRegistryEntry,
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

export function buildCorpus(inputs: ArticleInput[], config: CorpusConfig): Corpus {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const taken = new Set<string>();
  for (const input of [...inputs].sort(byFileName)) {
    const articleId = uniqueId(articleIdFromFile(input.file), taken);
    taken.add(articleId);
    const result = ingestArticle(input, {
      registry: config.registry,
      provenance: config.provenance[input.file],
      articleId,
    });
    if (result.ok) articles.push(result.article);
    else problems.push(result.problem);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    story: config.story,
    outlets: outletsOf(articles, config.registry),
    articles,
    problems,
  };
}

/** The registry entries the articles use, in order of first use, plus a placeholder per unidentified article. */
function outletsOf(articles: Article[], registry: OutletRegistryEntry[]): Outlet[] {
  const outlets: Outlet[] = [];
  for (const article of articles) {
    const id = article.attribution.outletId;
    if (outlets.some((o) => o.id === id)) continue;
    const entry = registry.find((o) => o.id === id);
    const colour = outlets.length;
    if (entry) {
      const { markers: _markers, ...outlet } = entry;
      outlets.push({ ...outlet, colour });
    } else {
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
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date');
const strings = z.array(z.string().min(1)).optional();

const registrySchema = z.object({
  outlets: z.array(
    z.object({
      id: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'expected an id of a-z, 0-9 and -')
        .refine((id) => id !== 'all', '"all" is reserved (a link\'s o=all means every outlet)'),
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

const confidence = z.enum(['sure', 'likely', 'unconfirmed', 'unknown']);
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

const storySchema = z.object({ id: z.string().min(1), title: localised, date: isoDate });

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
  return parseWith(storySchema, json, 'story (story.json)');
}

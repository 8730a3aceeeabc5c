// The reader's own articles joined to a story's bundled corpus. Pure, like the rest of the core: the worker
// runs it in the browser, tests run it in Node. Three steps, so a runner can report progress per file:
// `readAdded` (bytes or pasted text → text, or why not), `ingestOwn` (text → Article with its outlet),
// `joinOwn` (base + own articles → a corpus compared afresh over all of them).
import { compareArticles } from './compare/compare-corpus.ts';
import { topicFit } from './compare/topic.ts';
import { outletsOf } from './corpus.ts';
import { decodeBytes, MAX_ARTICLE_BYTES, tooLarge } from './ingest/decode-bytes.ts';
import { ingestDecoded } from './ingest/ingest-article.ts';
import { ownArticleId } from './own-id.ts';
import { foldArabic } from './text/fold-arabic.ts';
import { shortHash } from './text/hash.ts';
import { sameTextKey } from './text/same-text.ts';
import type {
  Article,
  Corpus,
  InputProblem,
  Outlet,
  OutletAttribution,
  OutletRegistryEntry,
} from './types.ts';
import { OWN_PREFIX } from './types.ts';

export { ownArticleId };

/** The outlet the reader gave: one of the registry's, or a name of their own. None: detect it from the text. */
export type OutletChoice = { kind: 'registry'; id: string } | { kind: 'name'; name: string };

/** One file dropped or chosen, or one paste. `name` is the file name, or what the interface calls a paste. */
export interface AddedInput {
  name: string;
  bytes?: Uint8Array;
  text?: string;
  /** The file's size when `bytes` holds only its start (a runner need not read a huge file whole). */
  size?: number;
  outlet?: OutletChoice;
  /** Add it even when it seems to be about another event (the reader said so). */
  force?: boolean;
}

/** What is stored for one added article: the text is the source of truth, the analysis is redone from it. */
export interface OwnRecord {
  /** `own-<hash of the text>`: the same text always gets the same id. */
  id: string;
  name: string;
  text: string;
  /** How the bytes were decoded (e.g. "decoded as Windows-1256 …"). */
  notes: string[];
  outlet?: OutletChoice;
  /** ISO date-time it was added. */
  addedAt: string;
}

export type ReadResult = { ok: true; text: string; notes: string[] } | { ok: false; problem: InputProblem };

/** Bytes or pasted text → text, under the same limit and decoding rules as a seed file. */
export function readAdded(input: AddedInput): ReadResult {
  const bytes = input.bytes ?? new TextEncoder().encode(input.text ?? '');
  const size = Math.max(input.size ?? 0, bytes.length);
  if (size > MAX_ARTICLE_BYTES) return { ok: false, problem: { file: input.name, ...tooLarge(size) } };
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text, notes: decoded.notes };
  const { ok: _ok, ...problem } = decoded;
  return { ok: false, problem: { file: input.name, ...problem } };
}

const nameKey = (name: string) => foldArabic(name.trim().toLowerCase()).replace(/\s+/g, ' ');

/**
 * The outlet id for a name the reader typed: a registry outlet when the name is one of its names (in either
 * language), else `own-<hash of the name>`, so two articles given the same name share one outlet, and a link
 * that names it is recognisably the sender's own. Never `all`, never a registry or bundled id, at most 40.
 */
export function ownOutletId(
  name: string,
  registry: OutletRegistryEntry[],
  taken: ReadonlySet<string>,
): string {
  const key = nameKey(name);
  const known = registry.find((o) => nameKey(o.name.ar) === key || nameKey(o.name.en) === key);
  if (known) return known.id;
  const id = `${OWN_PREFIX}${shortHash(key)}`;
  if (!taken.has(id) && !registry.some((o) => o.id === id)) return id;
  return `${id}-${shortHash(`\u0001${key}`)}`;
}

export interface OwnContext {
  registry: OutletRegistryEntry[];
  /** Article and outlet ids the bundled story uses. */
  takenArticleIds: ReadonlySet<string>;
  takenOutletIds: ReadonlySet<string>;
}

export function ownContext(base: Corpus, registry: OutletRegistryEntry[]): OwnContext {
  return {
    registry,
    takenArticleIds: new Set(base.articles.filter((a) => !a.own).map((a) => a.id)),
    takenOutletIds: new Set(base.outlets.filter((o) => !o.own).map((o) => o.id)),
  };
}

/** The attribution of an article whose outlet the reader gave; what the text pointed to is kept beside it. */
function chosenAttribution(article: Article, outletId: string, said: string): OutletAttribution {
  const text = article.attribution;
  return {
    outletId,
    confidence: text.outletId === outletId ? 'sure' : 'likely',
    method: text.outletId === outletId ? 'text+provenance' : 'provenance',
    evidence: [
      ...(text.outletId === outletId ? text.evidence : []),
      { kind: 'provenance', text: said, confidence: 'likely' },
    ],
    ...(text.method !== 'none' && text.outletId !== outletId ? { textOutletId: text.outletId } : {}),
  };
}

export type OwnIngest =
  | { ok: true; article: Article; outlet?: Outlet }
  | { ok: false; problem: InputProblem };

/** One stored record → an Article marked as the reader's own, with the reader's outlet when they named one. */
export function ingestOwn(record: OwnRecord, ctx: OwnContext): OwnIngest {
  const result = ingestDecoded(record.name, record.text, record.notes, {
    registry: ctx.registry,
    articleId: record.id,
  });
  if (!result.ok) return result;
  let article: Article = { ...result.article, own: true };
  const choice = record.outlet;
  if (choice?.kind === 'registry' && ctx.registry.some((o) => o.id === choice.id)) {
    article = { ...article, attribution: chosenAttribution(article, choice.id, choice.id) };
  } else if (choice?.kind === 'name' && choice.name.trim() !== '') {
    const name = choice.name.trim();
    const outletId = ownOutletId(name, ctx.registry, ctx.takenOutletIds);
    article = { ...article, attribution: chosenAttribution(article, outletId, name) };
    if (outletId.startsWith(OWN_PREFIX)) {
      return {
        ok: true,
        article,
        outlet: { id: outletId, name: { ar: name, en: name }, colour: 0, own: true },
      };
    }
  }
  // Nothing identifies it: the ingest names its placeholder outlet after the article id, `unidentified-own-…`,
  // so a link naming that outlet is recognisably the sender's own too.
  return { ok: true, article };
}

/** The same article as one already there: its headline and sentences, whatever clutter surrounded them. */
export function bodyKey(article: Article): string {
  const sentences = article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  return sameTextKey([article.title ?? '', ...sentences].join('\n')).replace(/\s+/g, ' ');
}

/**
 * The base story with the reader's articles as new columns, compared afresh over all articles so the added
 * ones get facts, contradictions and answers like the others. Outlets of a previous join are set aside first,
 * so joining again (after a removal) leaves none behind.
 */
export function joinOwn(
  base: Corpus,
  own: { article: Article; outlet?: Outlet }[],
  registry: OutletRegistryEntry[],
): Corpus {
  const bundled = base.articles.filter((a) => !a.own);
  const added = own.map((o) => o.article);
  const named = new Map(own.flatMap((o) => (o.outlet ? [[o.outlet.id, o.outlet] as const] : [])));
  const outlets = outletsOf(
    [...bundled, ...added],
    registry,
    base.outlets.filter((o) => !o.own),
    named,
  );
  // The bundled corpus as built, unless an earlier join changed its comparison.
  if (added.length === 0 && bundled.length === base.articles.length) return { ...base, outlets };
  const all = [...bundled, ...added];
  const outletOf = new Map(all.map((a) => [a.id, a.attribution.outletId]));
  const comparison = compareArticles(all, base.story, (id) => outletOf.get(id) ?? id);
  return {
    ...base,
    outlets,
    articles: comparison.articles,
    questions: comparison.questions,
    facts: comparison.facts,
    wire: comparison.wire,
  };
}

/** An input held back because it seems to be about another event than the story's articles. */
export interface OffTopic {
  name: string;
  /** Its headline (or first words), to name a new comparison after it. */
  title: string;
  /** The few content words it shares with the story, for the reader to judge. */
  shared: string[];
  score: number;
}

export interface AddResult {
  corpus: Corpus;
  /** The records of the articles that joined, for storage. */
  added: OwnRecord[];
  /** Inputs refused, with the code and reason (the interface words the code). */
  problems: InputProblem[];
  /** Inputs held back as off-topic (not added): the reader decides. */
  offTopic: OffTopic[];
}

/** A short title for an article: its headline, or the first words of its first sentence. */
function titleOf(article: Article): string {
  const first = article.title ?? article.paragraphs[0]?.sentences[0]?.text ?? article.file;
  const words = first.trim().split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : first.trim();
}

/** Why `article` may not join: it repeats a bundled or an earlier added article. */
function duplicateOf(
  article: Article,
  textKey: string,
  present: { articles: Article[]; keys: Map<string, string> },
): string | undefined {
  const byText = present.keys.get(textKey);
  if (byText !== undefined) return byText;
  const body = bodyKey(article);
  return present.articles.find((a) => bodyKey(a) === body)?.file;
}

/**
 * Add `inputs` to `base` (which may already hold the reader's articles, `existing`): each is read, ingested and
 * checked against every article already there; those that pass join and the whole story is compared again.
 * `onProgress` is told after each input (the worker posts it).
 */
export function addArticles(
  base: Corpus,
  inputs: AddedInput[],
  registry: OutletRegistryEntry[],
  existing: OwnRecord[] = [],
  onProgress?: (done: number, total: number, name: string) => void,
  now: () => string = () => new Date().toISOString(),
): AddResult {
  const ctx = ownContext(base, registry);
  const joined = existing.flatMap((record) => {
    const r = ingestOwn(record, ctx);
    return r.ok ? [{ record, article: r.article, ...(r.outlet ? { outlet: r.outlet } : {}) }] : [];
  });
  const present = {
    articles: [...base.articles.filter((a) => !a.own), ...joined.map((j) => j.article)],
    keys: new Map(joined.map((j) => [sameTextKey(j.record.text), j.record.name])),
  };
  const added: OwnRecord[] = [];
  const problems: InputProblem[] = [];
  const fresh: { article: Article; outlet?: Outlet }[] = [];
  const candidates: { input: AddedInput; record: OwnRecord; article: Article; outlet?: Outlet }[] = [];
  inputs.forEach((input, i) => {
    const read = readAdded(input);
    if (!read.ok) problems.push(read.problem);
    else {
      const record: OwnRecord = {
        id: ownArticleId(read.text, ctx.takenArticleIds),
        name: input.name,
        text: read.text,
        notes: read.notes,
        ...(input.outlet ? { outlet: input.outlet } : {}),
        addedAt: now(),
      };
      const result = ingestOwn(record, ctx);
      const key = sameTextKey(read.text);
      const original = result.ok ? duplicateOf(result.article, key, present) : undefined;
      if (!result.ok) problems.push(result.problem);
      else if (original !== undefined) {
        problems.push({
          file: input.name,
          code: 'duplicate',
          duplicateOf: original,
          reason: `the same article as ${original}, which is already shown`,
        });
      } else {
        candidates.push({
          input,
          record,
          article: result.article,
          ...(result.outlet ? { outlet: result.outlet } : {}),
        });
        present.articles.push(result.article);
        present.keys.set(key, input.name);
      }
    }
    onProgress?.(i + 1, inputs.length, input.name);
  });
  // Each new article is measured against the story as it was; a story with no articles yet is defined by the
  // batch itself, when there are at least three to say what it is about.
  const before = [...base.articles.filter((a) => !a.own), ...joined.map((j) => j.article)];
  const offTopic: OffTopic[] = [];
  for (const candidate of candidates) {
    const others =
      before.length > 0
        ? before
        : candidates.length >= 3
          ? candidates.filter((c) => c !== candidate).map((c) => c.article)
          : [];
    const fit =
      candidate.input.force || others.length === 0 ? undefined : topicFit(candidate.article, others);
    if (fit && !fit.onTopic) {
      offTopic.push({
        name: candidate.input.name,
        title: titleOf(candidate.article),
        shared: fit.shared,
        score: fit.score,
      });
    } else {
      added.push(candidate.record);
      fresh.push({ article: candidate.article, ...(candidate.outlet ? { outlet: candidate.outlet } : {}) });
    }
  }
  const corpus = joinOwn(base, [...joined, ...fresh], registry);
  return { corpus, added, problems, offTopic };
}

/** Re-analyse stored records over `base` (a reload, or a removal): those that no longer ingest are reported. */
export function rejoinOwn(
  base: Corpus,
  records: OwnRecord[],
  registry: OutletRegistryEntry[],
): { corpus: Corpus; problems: InputProblem[] } {
  const ctx = ownContext(base, registry);
  const problems: InputProblem[] = [];
  const joined: { article: Article; outlet?: Outlet }[] = [];
  for (const record of records) {
    const r = ingestOwn(record, ctx);
    if (r.ok) joined.push({ article: r.article, ...(r.outlet ? { outlet: r.outlet } : {}) });
    else problems.push(r.problem);
  }
  return { corpus: joinOwn(base, joined, registry), problems };
}

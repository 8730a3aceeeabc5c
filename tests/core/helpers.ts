// Shared test helpers: the seed registry, ingesting plain text, and the nothing-lost check.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parseRegistry } from '../../src/core/corpus.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';
import { squeezeSpaces } from '../../src/core/text/fold-arabic.ts';
import type { Article, InputProblem, OutletRegistryEntry, Provenance } from '../../src/core/types.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const CLUTTER_DIR = path.join(ROOT, 'tests/fixtures/clutter');

export const registry: OutletRegistryEntry[] = parseRegistry(
  JSON.parse(readFileSync(path.join(SEEDS_DIR, 'outlets.json'), 'utf8')),
);

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export function ingestText(
  text: string,
  options: { file?: string; registry?: OutletRegistryEntry[]; provenance?: Provenance } = {},
): Article {
  const result = ingestArticle(
    { file: options.file ?? 'test.txt', bytes: bytesOf(text) },
    { registry: options.registry ?? registry, provenance: options.provenance },
  );
  if (!result.ok) throw new Error(`ingest failed: ${result.problem.reason}`);
  return result.article;
}

/** Body paragraphs as plain strings (sentences joined with a space). */
export const bodyOf = (article: Article) =>
  article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '));

export const removedWith = (article: Article, reason: string) =>
  article.removed.filter((r) => r.reason === reason).map((r) => r.text);

export function readFixture(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

export const txtFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

/**
 * Nothing is lost: every non-blank line of the file is either one body paragraph (in order,
 * the dateline cut from the first) or a removed line with its exact text; title, byline and
 * captions are both in their fields and in `removed`.
 */
export function expectNothingLost(text: string, article: Article): void {
  // Lines are trimmed of whitespace and of invisible characters (directional marks, BOM, …).
  const edge =
    /^[\s\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+|[\s\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+$/g;
  const lines = text.split(/\r\n|\n|\r/).map((l) => l.replace(edge, ''));
  const removedLines = new Set<number>();
  for (const r of article.removed) {
    expect(removedLines.has(r.line), `line ${r.line} removed twice`).toBe(false);
    removedLines.add(r.line);
    expect(r.text, `removed line ${r.line} keeps its text`).toBe(lines[r.line - 1]);
  }
  const bodyLines = lines.flatMap((l, i) => (l !== '' && !removedLines.has(i + 1) ? [l] : []));
  // The dateline is cut from the first body line that opens with it (a standfirst may come before
  // it, and a dateline standing alone on its line is removed, not cut).
  const raw = article.dateline?.raw;
  const cutAt = raw === undefined ? -1 : bodyLines.findIndex((l) => l.startsWith(raw));
  const expected = bodyLines.map((l, i) => squeezeSpaces(i === cutAt ? l.slice(raw!.length) : l));
  expect(bodyOf(article)).toEqual(expected);
  const titles = article.removed.filter((r) => r.reason === 'title');
  expect(titles.map((r) => r.text)).toEqual(article.title === null ? [] : [article.title]);
  expect(article.removed.filter((r) => r.reason === 'caption').length).toBe(article.captions.length);
  const bylines = article.removed.filter((r) => r.reason === 'byline');
  expect(bylines.length > 0).toBe(article.byline !== undefined);
  if (article.byline !== undefined) expect(bylines[0]?.text).toContain(article.byline);
}

/** Ingest a file's bytes with the seed registry. */
export const ingestBytes = (bytes: Uint8Array, file = 'test.txt') =>
  ingestArticle({ file, bytes }, { registry });

/** The article made of these bytes; throws when the file is refused. */
export function articleOf(bytes: Uint8Array, file = 'test.txt'): Article {
  const result = ingestBytes(bytes, file);
  if (!result.ok) throw new Error(`refused: ${result.problem.reason}`);
  return result.article;
}

/** Why these bytes are refused; throws when they make an article. */
export function problemOf(bytes: Uint8Array, file = 'test.txt'): InputProblem {
  const result = ingestBytes(bytes, file);
  if (result.ok) throw new Error(`expected a refusal, got an article: ${bodyOf(result.article)[0]}`);
  return result.problem;
}

// A story file: one story as a reader shares it. The articles' texts (the source of truth: the analysis is redone
// from them), how each was decoded and which outlet the reader gave, the story's title and date, and the view the
// sender had open. Versioned and checked here (zod/mini), so a damaged, foreign or oversized file is refused with a
// reason and nothing is written. The same JSON, compressed, travels in a link's fragment (see `encodeStoryLink`).
import { z } from 'zod/mini';
import type { OwnRecord } from '../core/add-articles.ts';
import { idFitsText } from '../core/own-id.ts';
import { ownRecord } from './own-records.ts';
import { LINK_KEY, MINE_PREFIX } from './story-id.ts';

export const STORY_FILE_FORMAT = 'tabayyun-story';
export const STORY_FILE_VERSION = 1;
/** A file larger than this is refused before it is read: 200 articles of a megabyte each would still be under it. */
export const MAX_STORY_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_STORY_ARTICLES = 500;
export const MAX_TITLE_LENGTH = 200;

/** A story made in the reader's browser, as stored and as written in a story file. */
export interface StoryMeta {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the event, when the reader gave one. */
  date?: string;
  createdAt: string;
}

export interface StoryFile {
  format: typeof STORY_FILE_FORMAT;
  version: typeof STORY_FILE_VERSION;
  /** The story: one made in a browser (`mine-…`), or a bundled story the reader added articles to. */
  story: StoryMeta;
  articles: OwnRecord[];
  /** The sender's view, as the query part of their link (`?v=1&s=…&o=…`). */
  view: string;
  exportedAt: string;
}

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const storyMeta = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH)),
  date: z.optional(isoDate),
  createdAt: z.string().check(z.maxLength(40)),
});

const storyFile = z.strictObject({
  format: z.literal(STORY_FILE_FORMAT),
  version: z.literal(STORY_FILE_VERSION),
  story: storyMeta,
  articles: z.array(ownRecord).check(z.maxLength(MAX_STORY_ARTICLES)),
  view: z.string().check(z.maxLength(8000)),
  exportedAt: z.string().check(z.maxLength(40)),
});

/** Why a story file was refused; the interface words each code. */
export type StoryFileProblem =
  | { code: 'too-large'; limitMb: number }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'damaged'; detail: string }
  | { code: 'unknown-story'; id: string };

export type ReadStoryFile = { ok: true; file: StoryFile } | { ok: false; problem: StoryFileProblem };

/** Checks parsed JSON as a story file. */
export function checkStoryFile(value: unknown): ReadStoryFile {
  const head = value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || head?.format !== STORY_FILE_FORMAT)
    return { ok: false, problem: { code: 'foreign' } };
  if (typeof head.version === 'number' && head.version > STORY_FILE_VERSION)
    return { ok: false, problem: { code: 'newer', version: head.version } };
  const parsed = storyFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    return { ok: false, problem: { code: 'damaged', detail: `${where}: ${issue?.message ?? 'invalid'}` } };
  }
  const file = parsed.data as StoryFile;
  // Each record must be what its id says: the id is the hash of the text. A text edited by hand under its old id
  // would be merged away by the genuine article (same id) or stand for it unseen: refused as damaged.
  const ids = new Set<string>();
  for (const record of file.articles) {
    if (ids.has(record.id))
      return { ok: false, problem: { code: 'damaged', detail: `articles: ${record.id} twice` } };
    if (!idFitsText(record.id, record.text))
      return {
        ok: false,
        problem: { code: 'damaged', detail: `articles: ${record.id} does not match its text` },
      };
    ids.add(record.id);
  }
  return { ok: true, file };
}

/** Bytes of a picked or dropped file → a checked story file. */
export function readStoryFile(bytes: Uint8Array): ReadStoryFile {
  if (bytes.length > MAX_STORY_FILE_BYTES)
    return { ok: false, problem: { code: 'too-large', limitMb: MAX_STORY_FILE_BYTES / 1024 / 1024 } };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  return checkStoryFile(value);
}

export function makeStoryFile(
  story: StoryMeta,
  articles: OwnRecord[],
  view: string,
  now: string = new Date().toISOString(),
): StoryFile {
  return {
    format: STORY_FILE_FORMAT,
    version: STORY_FILE_VERSION,
    story,
    articles,
    view,
    exportedAt: now,
  };
}

/** A new story id: `mine-` and 12 random letters and digits. */
export function newStoryId(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${MINE_PREFIX}${Array.from(bytes, (byte) => letters[byte % letters.length]).join('')}`;
}

// ---- The story in a link -------------------------------------------------------------------------------

/**
 * The longest link the app writes with a story in it. Telegram refuses messages over 4,096 characters and SMS
 * apps split long ones; 4,000 keeps the whole address in one message of every common messaging app (WhatsApp,
 * Signal, iMessage and e-mail keep far more).
 */
export const MAX_LINK_LENGTH = 4000;

/** The fragment longest read: a link the app wrote is far shorter; a longer one is refused unread. */
const MAX_FRAGMENT = 200_000;

/** Bytes through a (de)compression stream, stopping (undefined) once the output passes `limit` bytes. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The fragment (without `#`) that carries `file`. The link's query names the view; the fragment is not sent. */
export async function encodeStoryLink(file: StoryFile): Promise<string> {
  const { view: _view, ...rest } = file;
  const json = new TextEncoder().encode(JSON.stringify({ ...rest, view: '' }));
  const packed = await pipe(json, new CompressionStream('deflate-raw'));
  return `${LINK_KEY}${toBase64Url(packed ?? new Uint8Array())}`;
}

/** A fragment written by `encodeStoryLink` → a checked story file (its view is the link's query). */
export async function decodeStoryLink(hash: string, view: string): Promise<ReadStoryFile> {
  const packed = hash.replace(/^#/, '').slice(LINK_KEY.length);
  if (packed.length > MAX_FRAGMENT)
    return { ok: false, problem: { code: 'too-large', limitMb: MAX_STORY_FILE_BYTES / 1024 / 1024 } };
  const data = fromBase64Url(packed);
  if (!data || data.length === 0) return { ok: false, problem: { code: 'damaged', detail: 'not base64url' } };
  let bytes: Uint8Array | undefined;
  try {
    // A link is short, but what it inflates to need not be: stop at the file limit.
    bytes = await pipe(data, new DecompressionStream('deflate-raw'), MAX_STORY_FILE_BYTES);
  } catch {
    return { ok: false, problem: { code: 'damaged', detail: 'not deflated data' } };
  }
  if (!bytes)
    return { ok: false, problem: { code: 'too-large', limitMb: MAX_STORY_FILE_BYTES / 1024 / 1024 } };
  const read = readStoryFile(bytes);
  return read.ok ? { ok: true, file: { ...read.file, view } } : read;
}

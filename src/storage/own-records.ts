// What a stored record must look like to be used: anything else (an older format, a hand-edited or damaged
// entry) is skipped and counted, and the valid records beside it still load.
import { z } from 'zod';
import { OWN_PREFIX, type OwnRecord } from '../core/add-articles.ts';
import { MAX_ARTICLE_BYTES } from '../core/ingest/decode-bytes.ts';

/** The format of a stored article; bump it with a reader for the old one when it changes. */
export const RECORD_VERSION = 1;

const outletChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('registry'), id: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
  z.strictObject({ kind: z.literal('name'), name: z.string().min(1).max(200) }),
]);

const ownRecord = z.strictObject({
  id: z.string().regex(new RegExp(`^${OWN_PREFIX}[a-z0-9-]{1,36}$`)),
  name: z.string().min(1).max(300),
  // A UTF-8 megabyte is at most a million UTF-16 code units.
  text: z.string().min(1).max(MAX_ARTICLE_BYTES),
  notes: z.array(z.string().max(2000)).max(50),
  outlet: outletChoice.optional(),
  addedAt: z.string().max(40),
});

export const storedArticle = z.strictObject({
  v: z.literal(RECORD_VERSION),
  story: z.string().min(1),
  record: ownRecord,
});
export type StoredArticle = z.infer<typeof storedArticle>;

export function toStored(story: string, record: OwnRecord): StoredArticle {
  return { v: RECORD_VERSION, story, record };
}

/** The record, or undefined when the value is not one (or belongs to another story or key). */
export function fromStored(value: unknown, story: string, id: string): OwnRecord | undefined {
  const parsed = storedArticle.safeParse(value);
  if (!parsed.success || parsed.data.story !== story || parsed.data.record.id !== id) return undefined;
  return parsed.data.record as OwnRecord;
}

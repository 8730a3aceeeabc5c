// What a stored record must look like to be used: anything else (an older format, a hand-edited or damaged
// entry) is skipped and counted, and the valid records beside it still load.
// zod/mini: the same checks in a few kilobytes (this chunk is fetched when a browser has stored articles).
import { z } from 'zod/mini';
import type { OwnRecord } from '../core/add-articles.ts';
import { OWN_PREFIX } from '../core/types.ts';
import { RECORD_VERSION } from './stored-format.ts';

const OWN_ID = new RegExp(`^${OWN_PREFIX}[a-z0-9-]{1,36}$`);
// Written out rather than imported: importing it would pull the ingest into this chunk.
/** MAX_ARTICLE_BYTES of src/core/ingest/decode-bytes.ts. */
const MAX_ARTICLE_BYTES = 1024 * 1024;

const outletChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('registry'), id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)) }),
  z.strictObject({ kind: z.literal('name'), name: z.string().check(z.minLength(1), z.maxLength(200)) }),
]);

export const ownRecord = z.strictObject({
  id: z.string().check(z.regex(OWN_ID)),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  // A UTF-8 megabyte is at most a million UTF-16 code units.
  text: z.string().check(z.minLength(1), z.maxLength(MAX_ARTICLE_BYTES)),
  notes: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50)),
  outlet: z.optional(outletChoice),
  addedAt: z.string().check(z.maxLength(40)),
});

export const storedArticle = z.strictObject({
  v: z.literal(RECORD_VERSION),
  story: z.string().check(z.minLength(1)),
  record: ownRecord,
});

/** The record, or undefined when the value is not one (or belongs to another story or key). */
export function fromStored(value: unknown, story: string, id: string): OwnRecord | undefined {
  const parsed = storedArticle.safeParse(value);
  if (!parsed.success || parsed.data.story !== story || parsed.data.record.id !== id) return undefined;
  return parsed.data.record as OwnRecord;
}

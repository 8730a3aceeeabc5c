// How an article is stored, without the checks that read it back (own-records.ts, with zod): writing needs only
// this, and reading needs the checks only when there is something to read.
import type { OwnRecord } from '../core/add-articles.ts';

/** The format of a stored article; bump it with a reader for the old one when it changes. */
export const RECORD_VERSION = 1;

export interface StoredArticle {
  v: typeof RECORD_VERSION;
  story: string;
  record: OwnRecord;
}

export function toStored(story: string, record: OwnRecord): StoredArticle {
  return { v: RECORD_VERSION, story, record };
}

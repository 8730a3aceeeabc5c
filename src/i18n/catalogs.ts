import { ar, type MessageId } from './ar.ts';
import { en } from './en.ts';
import type { Lang } from './locale.ts';

export const catalogs: Record<Lang, Record<MessageId, string>> = { ar, en };

// What the exports are called and what the JSON export holds. Pure, so the CLI or a test can make the same
// files the browser downloads.
import type { Corpus } from '../types.ts';

export type ExportKind = 'json' | 'csv';

/** A story id or date as a file-name part: letters and digits of any script, anything else one hyphen. */
function namePart(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The local calendar day of `now`, as YYYY-MM-DD. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `tabayyun-<story id>-<yyyy-mm-dd>.<ext>`: the story's own date (its day, when it is a date-time), so the
 * name says which event; the day of the export when the story has no date.
 */
export function exportFileName(
  story: Pick<Corpus['story'], 'id' | 'date'>,
  kind: ExportKind,
  now: Date,
): string {
  const id = namePart(story.id) || 'story';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(story.date ?? '')?.[0] ?? localDay(now);
  return `tabayyun-${id}-${day}.${kind}`;
}

/**
 * The corpus as the documented JSON (docs/data-format.md): the value itself, two-space indented like the CLI's
 * `--out`, ending with a newline. Nothing is added or dropped, so `parseCorpus` reads it back.
 */
export function corpusJson(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}

// The working state the ingestion passes hand to each other. Every pass is a pure
// function Draft -> Draft; a line is body until a pass gives it a removal reason.
import type { Caption, Dateline, OutletRegistryEntry, RemovalReason } from '../types.ts';

export interface DraftLine {
  /** 1-based line number in the decoded file. */
  line: number;
  /** The line, trimmed of whitespace and invisible characters (an NBSP-only line is blank). */
  text: string;
  reason?: RemovalReason;
}

export interface Draft {
  file: string;
  articleId: string;
  registry: OutletRegistryEntry[];
  lines: DraftLine[];
  notes: string[];
  /** Index in `lines` where the body starts (lines before it are the page head). */
  bodyStart: number;
  title: string | null;
  /** Index in `lines` of the title, when there is one. */
  titleIndex?: number;
  byline?: string;
  captions: Caption[];
  dateline?: Dateline;
  /** The dateline's source as it stood, brackets included, for evidence. */
  datelineSourceAsWritten?: string;
  /** Index in `lines` of the paragraph the dateline opens. */
  datelineIndex?: number;
}

export type Pass = (draft: Draft) => Draft;

/** Still a candidate for the body: not blank and not removed by an earlier pass. */
export function isPending(line: DraftLine): boolean {
  return line.reason === undefined && line.text !== '';
}

/** A copy of the draft with the given line indexes removed for the given reasons. */
export function withReasons(draft: Draft, reasons: ReadonlyMap<number, RemovalReason>): Draft {
  if (reasons.size === 0) return draft;
  return {
    ...draft,
    lines: draft.lines.map((l, i) => {
      const reason = reasons.get(i);
      return reason === undefined ? l : { ...l, reason };
    }),
  };
}

/** Give every pending line a reason when `decide` returns one. */
export function classifyPending(
  draft: Draft,
  decide: (text: string, index: number) => RemovalReason | undefined,
): Draft {
  const reasons = new Map<number, RemovalReason>();
  draft.lines.forEach((l, i) => {
    if (!isPending(l)) return;
    const reason = decide(l.text, i);
    if (reason !== undefined) reasons.set(i, reason);
  });
  return withReasons(draft, reasons);
}

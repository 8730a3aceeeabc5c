// A "timing" contradiction between a report written before the outcome (a modal, future or ongoing cue:
// «إمكانية التوقيع», «سيلتقيان», «تتواصل») and one that tells the outcome is no disagreement among those who knew
// the outcome: both can be right at their hour. The page says so rather than showing a clash. Two reports that
// date one claim on different days are a timing contradiction too, and stay one (their cues are dates).
import type { Contradiction, Cue, CueRef } from '../core/types.ts';

type Side = Contradiction['sides'][number];

const BEFORE_KINDS: ReadonlySet<Cue['kind']> = new Set(['modality', 'future', 'ongoing']);

/** A cue that says its sentence was written before the outcome. */
export const isBeforeCue = (cue: Pick<CueRef, 'kind'> | undefined): boolean =>
  cue !== undefined && BEFORE_KINDS.has(cue.kind);

/** A side written before the outcome. */
export const isBeforeSide = (side: Pick<Side, 'cue'>): boolean => isBeforeCue(side.cue);

/** Whether a contradiction only sets reports written before the outcome against the outcome. */
export function isBeforeOutcome(contradiction: Pick<Contradiction, 'type' | 'sides'> | undefined): boolean {
  return contradiction?.type === 'timing' && contradiction.sides.some(isBeforeSide);
}

// Days on the Gregorian calendar as UTC midnights: what the date cues, the timeline and its chart share.

const DAY_MS = 86_400_000;

/** An ISO day (`YYYY-MM-DD`, or the day of a date-time) as a UTC midnight, or undefined. */
export function dayOf(iso: string | undefined): Date | undefined {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** Whole days from `a` to `b`. */
export const daysBetween = (a: Date, b: Date): number => Math.round((b.getTime() - a.getTime()) / DAY_MS);

/** The date of a weekday (Sunday = 0) nearest `anchor` (within three days either side), or strictly before/after it. */
export function weekdayDate(anchor: Date, weekday: number, side: 'near' | 'past' | 'next' = 'near'): Date {
  const forward = (weekday - anchor.getUTCDay() + 7) % 7; // days forward to it, 0–6
  if (side === 'past') return addDays(anchor, forward === 0 ? -7 : forward - 7);
  if (side === 'next') return addDays(anchor, forward === 0 ? 7 : forward);
  return addDays(anchor, forward <= 3 ? forward : forward - 7);
}

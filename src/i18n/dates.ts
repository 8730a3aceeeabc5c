// ISO dates from the corpus, read without time-zone surprises.

export interface ParsedDate {
  date: Date;
  /** Options that format it as it was written: a bare date is a calendar day, not a UTC instant. */
  options: Intl.DateTimeFormatOptions;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only value (`2020-01-13`) is read as that calendar day in UTC so no time zone shifts it. */
export function parseIsoDate(iso: string): ParsedDate | null {
  const day = DATE_ONLY.exec(iso);
  if (day) {
    const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
    // Date rolls impossible days over (30 February is 1 March): a date that does not come back as written is bad.
    if (
      Number.isNaN(date.getTime()) ||
      date.getUTCFullYear() !== year ||
      date.getUTCMonth() !== month - 1 ||
      date.getUTCDate() !== dayOfMonth
    ) {
      return null;
    }
    return { date, options: { dateStyle: 'long', timeZone: 'UTC' } };
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { date, options: { dateStyle: 'long', timeStyle: 'short' } };
}

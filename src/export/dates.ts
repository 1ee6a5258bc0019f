/** Year, month and day columns of an ISO date at its precision (day, week, month, year). */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

const NONE: DateParts = { year: null, month: null, day: null };

/**
 * The parts a date at `precision` states: all three for a day; year and month for a
 * month, and for a week (its Monday's month: the day would pretend to a precision the
 * date lacks); the year alone for a year. Null parts when the date is unknown.
 */
export function dateParts(date: string | null, precision: string | null): DateParts {
  const m = date === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return NONE;
  const part = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
  const day = precision === 'day' || precision === null ? part(m[3]) : null;
  const month = precision === 'year' ? null : part(m[2]);
  return { year: part(m[1]), month, day };
}

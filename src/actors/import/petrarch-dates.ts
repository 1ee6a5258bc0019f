/**
 * Dates and date restrictions of PETRARCH/TABARI actor dictionaries, as ISO 8601.
 *
 * A date is `YYYYMMDD` or `YYMMDD`, mixed freely within a file. A six-digit year `YY`
 * is 20YY when YY ≤ 30 and 19YY otherwise (`CENTURY_PIVOT`). The Phoenix dictionaries
 * (generated January 2014) fix the window: their six-digit years are 00–14 and 31–99
 * and none is 15–30; every date before 1931 (James Byrnes' 1897, Iraq's 1920) is written
 * with eight digits, and `[AFGELI 730717-070723]` (Zahir Shah, died 2007) only reads
 * forwards with 07 = 2007. Any pivot from 15 to 30 reads Phoenix the same way; 30 also
 * lets a dictionary kept up to 2030 go on writing six digits.
 */

/** Six-digit years up to this one are in the 2000s, later ones in the 1900s. */
export const CENTURY_PIVOT = 30;

/** A date restriction's range, ISO dates, both ends inclusive, null = open. */
export interface DateRange {
  readonly start: string | null;
  readonly end: string | null;
}

/** `YYYYMMDD` or `YYMMDD` → `YYYY-MM-DD`, or the reason it is not a date. */
export function petrarchDate(digits: string): { iso: string } | { error: string } {
  if (!/^\d+$/.test(digits)) return { error: `"${digits}" is not a date` };
  let year: number;
  if (digits.length === 8) {
    year = Number(digits.slice(0, 4));
  } else if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
  } else {
    return {
      error: `date "${digits}" has ${digits.length} digits (expected YYMMDD or YYYYMMDD)`,
    };
  }
  const month = Number(digits.slice(-4, -2));
  const day = Number(digits.slice(-2));
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day || year < 1000) {
    return { error: `date "${digits}" is not a day of the calendar` };
  }
  return { iso: parsed.toISOString().slice(0, 10) };
}

/**
 * The range of a restriction with its blanks removed: `<date` (up to and including
 * date), `>date` (from date on), `date-date`. Returns the reason when it is malformed.
 */
export function petrarchRange(spec: string): DateRange | { error: string } {
  const m = /^(?:([<>])(\d+)|(\d+)-(\d+))$/.exec(spec);
  if (!m) {
    const single = /^\d+$/.test(spec) ? ' (a single date needs < or >)' : '';
    return { error: `invalid date restriction "${spec}"${single}` };
  }
  if (m[1] !== undefined) {
    const date = petrarchDate(m[2] ?? '');
    if ('error' in date) return date;
    return m[1] === '<' ? { start: null, end: date.iso } : { start: date.iso, end: null };
  }
  const start = petrarchDate(m[3] ?? '');
  if ('error' in start) return start;
  const end = petrarchDate(m[4] ?? '');
  if ('error' in end) return end;
  if (end.iso < start.iso) {
    return { error: `range "${spec}" ends (${end.iso}) before it starts (${start.iso})` };
  }
  return { start: start.iso, end: end.iso };
}

import type { Tense } from '../events/index.js';
import type { DateMeaning } from './expressions.js';

/** How precisely a date is known. A week is given by its Monday, a month as YYYY-MM, a year as YYYY. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A resolved date: ISO 8601 at its precision ("2016-02-12", "2016-02", "2016"). */
export interface ResolvedDate {
  readonly date: string;
  readonly precision: DatePrecision;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or null for a day that does not exist. */
function dayOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return null;
  return t / DAY_MS;
}

function iso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Monday = 0 … Sunday = 6. */
function weekdayOf(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

function monthOf(year: number, month: number): ResolvedDate {
  // Month arithmetic may run past December or before January.
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return { date: `${y}-${pad(m)}`, precision: 'month' };
}

function weekOf(day: number): ResolvedDate {
  return { date: iso(day - weekdayOf(day)), precision: 'week' };
}

/** The occurrence of `month`/`day` nearest the reference in the tense's direction. */
function yearlessDay(month: number, day: number, ref: number, tense: Tense): ResolvedDate | null {
  const year = Number(iso(ref).slice(0, 4));
  // Feb. 29 exists only in leap years: look up to four years away.
  for (let k = 0; k <= 4; k++) {
    const y = tense === 'future' ? year + k : year - k;
    const d = dayOf(y, month, day);
    if (d === null) continue;
    if (tense === 'future' ? d >= ref : d <= ref) return { date: iso(d), precision: 'day' };
  }
  return null;
}

/**
 * The date an expression names, relative to `reference` (the publication date,
 * `YYYY-MM-DD`) and the tense of the event's verb. Null when it cannot be known: a
 * relative expression with no reference date, or a day that does not exist ("Feb. 30").
 *
 * - A bare weekday is the latest such day on or before the reference in the past tense
 *   (a Friday report of "on Friday" means that day), the next one after it in the future
 *   (or that same day for a part of it: "later on Friday", "Friday evening"), and the
 *   nearest one in the present ("meets on Friday" in a headline).
 * - "last Friday" is strictly before the reference, "next Friday" strictly after.
 * - A month and day without a year is their latest occurrence on or before the reference
 *   (the next on or after it in the future); a month alone likewise, at month precision.
 * - "last week" is the week before the reference's (precision week, given by its Monday);
 *   "last weekend" is the weekend of the week before, given as that week.
 */
export function resolveMeaning(
  meaning: DateMeaning,
  reference: string | null,
  tense: Tense,
): ResolvedDate | null {
  if (meaning.kind === 'calendar' && meaning.year !== null) {
    if (meaning.month === null) return { date: String(meaning.year), precision: 'year' };
    if (meaning.day === null) return monthOf(meaning.year, meaning.month);
    const d = dayOf(meaning.year, meaning.month, meaning.day);
    return d === null ? null : { date: iso(d), precision: 'day' };
  }
  const r = reference ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference) : null;
  const ref = r ? dayOf(Number(r[1]), Number(r[2]), Number(r[3])) : null;
  if (ref === null) return null;
  const [year, month] = [Number(r?.[1]), Number(r?.[2])];
  switch (meaning.kind) {
    case 'calendar': {
      if (meaning.month === null) return null;
      if (meaning.day !== null) return yearlessDay(meaning.month, meaning.day, ref, tense);
      const back = meaning.month > month ? -1 : 0;
      const ahead = meaning.month < month ? 1 : 0;
      return monthOf(year + (tense === 'future' ? ahead : back), meaning.month);
    }
    case 'weekday': {
      const diff = (weekdayOf(ref) - meaning.weekday + 7) % 7;
      const before = ref - (meaning.which === 'last' && diff === 0 ? 7 : diff);
      // "is set to meet later on Thursday" in a Thursday report is that same day.
      const ahead = (meaning.weekday - weekdayOf(ref) + 7) % 7;
      const after = ref + (ahead === 0 && !meaning.part ? 7 : ahead);
      const day =
        meaning.which === 'last'
          ? before
          : meaning.which === 'next' || tense === 'future'
            ? after
            : tense === 'past' || ref - before <= after - ref
              ? before
              : after;
      return { date: iso(day), precision: 'day' };
    }
    case 'relative-day':
      return { date: iso(ref + meaning.offset), precision: 'day' };
    case 'ago':
      if (meaning.unit === 'day') return { date: iso(ref - meaning.amount), precision: 'day' };
      if (meaning.unit === 'week') return weekOf(ref - 7 * meaning.amount);
      if (meaning.unit === 'month') return monthOf(year, month - meaning.amount);
      return { date: String(year - meaning.amount), precision: 'year' };
    case 'relative-span':
      if (meaning.unit === 'day') return { date: iso(ref + meaning.offset), precision: 'day' };
      if (meaning.unit === 'week') return weekOf(ref + 7 * meaning.offset);
      if (meaning.unit === 'weekend') {
        // "last weekend" is the one of the week before the reference's.
        return weekOf(ref + 7 * meaning.offset);
      }
      if (meaning.unit === 'month') return monthOf(year, month + meaning.offset);
      return { date: String(year + meaning.offset), precision: 'year' };
  }
}

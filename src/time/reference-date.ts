import { ParleyError } from '../errors.js';

/** The calendar date (`YYYY-MM-DD`) an instant falls on in an IANA time zone. */
export function localDate(instant: string, zone: string): string {
  const t = new Date(instant);
  if (Number.isNaN(t.getTime())) throw new ParleyError(`invalid timestamp "${instant}"`);
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(t);
}

/**
 * The date an article's relative expressions ("on Friday", "yesterday") count from: the
 * local date at its dateline when the publication instant (with its offset) and the
 * dateline's time zone are both known — a story filed from TOKYO at 2016-02-11T20:00Z is
 * a 12 February story; else the publication date as given, or null. Never a guess.
 */
export function referenceDate(
  published: string | null,
  publishedAt: string | null,
  datelineZone: string | null,
): string | null {
  if (published === null || publishedAt === null || datelineZone === null) return published;
  return localDate(publishedAt, datelineZone);
}

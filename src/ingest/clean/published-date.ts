/**
 * Reads a publication date from a line that is essentially just a date. Never guesses:
 * anything else, and impossible dates (February 30), give null.
 *
 * Accepted, optionally after a leading bullet ("· Sept. 15, 2020"), an author and a separator
 * ("By Jane Doe | "), "Published", "Updated", "Posted (on)", "Date" (with or without a colon)
 * and a weekday, and with a clock time before or after, also after a slash or bar
 * ("10:32 GMT", "3:15 pm EST", "June 17, 2020 / 3:15 PM IST", "17 Sep 2018 | 19:05 MSK"):
 * - month names: "February 11, 2016", "Feb. 11 2016", "11 February 2016", "11th of Feb, 2016";
 * - ISO: "2016-02-11", "2016/02/11", "2016-02-11T10:32:00Z";
 * - numeric with slashes or hyphens: read as month/day/year (US style), unless the first
 *   number is above 12, then as day/month/year: "2/1/2014" is February 1, "13/2/2014" is
 *   February 13;
 * - numeric with dots: always day.month.year, as written in Germany or Russia: "11.02.2016".
 * Years have four digits and lie between 1900 and 2099.
 */
import { MONTHS } from '../../calendar.js';

const BULLET = /^[·•|–—-]\s*/u;
const AUTHOR = /^by\s+[^|·•/\d]{1,60}?\s*[|·•/]\s*/iu;
const PREFIX =
  /^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|date)(?:\s+on)?\s*:?\s*/iu;
const WEEKDAY = /^(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+/iu;
const ZONE = String.raw`(?:\s*\(?(?:[A-Z]{2,5}|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?`;
const CLOCK = String.raw`(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?` + ZONE;
const TIME_SEPARATOR = String.raw`\s*[,|·•/–-]?\s*`;
const TRAILING_TIME = new RegExp(TIME_SEPARATOR + CLOCK + '$', 'iu');
const LEADING_TIME = new RegExp('^' + CLOCK + TIME_SEPARATOR, 'iu');
const ISO_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u;
const NUMERIC = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/u;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;
const MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/iu;

/** The month number of a full name or an abbreviation of three letters or more, or 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((name) => name.startsWith(lower)) + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO YYYY-MM-DD when year, month and day make a real date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The bare date left once prefixes, weekday and clock times are removed: always a piece of
 * the line, as every removal takes off a start or an end.
 */
function bareDate(text: string): string {
  let rest = text.trim().replace(BULLET, '').replace(AUTHOR, '');
  rest = rest.replace(PREFIX, '').replace(WEEKDAY, '');
  // Every clock time has a colon: a line without one is spared the three scans.
  if (rest.includes(':')) {
    rest = rest.replace(ISO_TIME, '').replace(TRAILING_TIME, '').replace(LEADING_TIME, '');
  }
  return rest.replace(WEEKDAY, '').replace(/\.$/u, '').trim();
}

/** Every accepted date has a four-digit year; a line without four digits in a row is no date. */
const YEAR = /\d{4}/u;

/** The ISO date of a line that is only a date (see the module comment), or null. */
export function parseDateLine(text: string): string | null {
  if (!YEAR.test(text)) return null;
  const rest = bareDate(text);
  let m = YEAR_FIRST.exec(rest);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(rest);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = Number(m[3]);
    return first > 12 ? isoDate(year, second, first) : isoDate(year, first, second);
  }
  m = DOTTED.exec(rest);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_FIRST.exec(rest);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  m = DAY_FIRST.exec(rest);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  return null;
}

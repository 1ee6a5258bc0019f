import { ParleyError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ](\d{2}):(\d{2}))/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const RFC_2822 = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Year, month and day as written, or null when the value has none of the accepted forms. */
function calendarDate(v: string): [number, number, number] | null {
  const iso = ISO_DATE.exec(v) ?? COMPACT.exec(v);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const rfc = RFC_2822.exec(v);
  const month = MONTHS.indexOf(rfc?.[2] ?? '');
  if (rfc && month >= 0) return [Number(rfc[3]), month + 1, Number(rfc[1])];
  return null;
}

/**
 * A publication date given as metadata (flag, JSONL field, HTML meta, XML attribute) →
 * `YYYY-MM-DD`. Every form keeps the calendar date as written, the publisher's local
 * date: ISO dates and timestamps ("2022-07-22T23:30:00+03:00" → 2022-07-22), compact
 * `YYYYMMDD` (PETRARCH) and RFC 2822 ("Fri, 12 Feb 2016 01:30:00 +0300" → 2016-02-12).
 * Anything else, or a day that does not exist, is an error — never a guess.
 */
export function normalizePublished(value: string, field: string): string {
  const date = calendarDate(value.trim());
  if (!date) {
    throw new ParleyError(
      `invalid ${field} "${value}" (expected YYYY-MM-DD or an ISO 8601 timestamp)`,
    );
  }
  const [y, m, d] = date;
  if (!validDay(y, m, d)) throw new ParleyError(`invalid ${field} "${value}" (no such day)`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const RFC_INSTANT =
  /^(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UTC?|Z|[+-]\d{4})$/;

/** "Z", "+0300", "-08:00", "GMT" → "+00:00", "+03:00", "-08:00". */
function offsetOf(zone: string): string {
  if (/^(?:Z|GMT|UTC?)$/i.test(zone)) return '+00:00';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/**
 * The publication instant of a metadata value that gives a time and a UTC offset (or Z,
 * GMT), as `YYYY-MM-DDTHH:MM:SS±HH:MM` with the offset as written
 * ("Fri, 12 Feb 2016 01:30:00 +0300" → "2016-02-12T01:30:00+03:00"); null for a date
 * alone or a time with no offset ("2016-02-11 10:00"), whose instant is unknown.
 * Call it on values `normalizePublished` accepted.
 */
export function publishedInstant(value: string): string | null {
  const v = value.trim();
  const date = calendarDate(v);
  const iso = ISO_INSTANT.exec(v);
  const rfc = iso ? null : RFC_INSTANT.exec(v);
  const parts = iso ? iso.slice(2) : rfc?.slice(1);
  if (!date || !parts) return null;
  const [hh = '', mm = '', ss = '00', zone = ''] = parts;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  const [y, m, d] = date;
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return `${day}T${hh}:${mm}:${ss}${offsetOf(zone)}`;
}

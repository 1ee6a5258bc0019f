import { ParleyError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ](\d{2}):(\d{2}))/;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A publication date given as metadata (flag, JSONL field, HTML meta, XML attribute) →
 * `YYYY-MM-DD`. ISO dates and timestamps keep the calendar date as written (the
 * publisher's local date: "2022-07-22T23:30:00+03:00" → 2022-07-22); compact `YYYYMMDD`
 * (PETRARCH) and RFC 2822 dates are accepted too. Anything else is an error, never a guess.
 */
export function normalizePublished(value: string, field: string): string {
  const v = value.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO_DATE.exec(v);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (compact) {
    [y, m, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  } else if (
    /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}/.test(v) &&
    !Number.isNaN(Date.parse(v))
  ) {
    const t = new Date(Date.parse(v));
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else {
    throw new ParleyError(
      `invalid ${field} "${value}" (expected YYYY-MM-DD or an ISO 8601 timestamp)`,
    );
  }
  if (!validDay(y, m, d)) throw new ParleyError(`invalid ${field} "${value}" (no such day)`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

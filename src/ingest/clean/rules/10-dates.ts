/**
 * Date lines: lines that are only a date ("February 11, 2016", "Updated: 9 October 2019").
 * All are removed; `cleanText` takes the publication date from those near the top.
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import { parseDateLine } from '../published-date.js';
import type { RemovalReason } from '../types.js';

/** `date` for a line that is only a date; null otherwise. */
export function dateLine(input: Line | string): RemovalReason | null {
  return parseDateLine(lineOf(input).text) === null ? null : 'date';
}

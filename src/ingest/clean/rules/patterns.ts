/**
 * Helpers for a rule's lists of patterns, which stay readable data: testing a line against
 * one list costs one regular expression, and patterns that only fit a few lines are not run
 * on the rest. Case-insensitive Unicode patterns (`/iu`) are slow to scan a long paragraph
 * with, and most lines a rule sees are long paragraphs.
 */
import { ParleyError } from '../../../errors.js';
import type { Line } from '../line.js';

/**
 * One regular expression that matches where any of `patterns` does, for `test` only
 * (capture groups are not kept apart). The patterns must share their flags.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? '';
  const odd = patterns.find((pattern) => pattern.flags !== flags);
  if (odd !== undefined) {
    const message = `invalid pattern /${odd.source}/${odd.flags}: expected flags "${flags}"`;
    throw new ParleyError(message, { where: 'anyOf' });
  }
  if (patterns.length === 0) return /(?!)/u;
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags);
}

/**
 * A case-insensitive pattern that can match anywhere in a line, with a keyword: lower-case
 * text that every match contains. A line whose `lower` text lacks the keyword is not scanned.
 */
export interface Keyed {
  readonly keyword: string;
  readonly pattern: RegExp;
}

/** True when the line contains a keyword and matches its pattern. */
export function matchesAny(line: Line, list: readonly Keyed[]): boolean {
  return list.some(
    ({ keyword, pattern }) => line.lower.includes(keyword) && pattern.test(line.text),
  );
}

/**
 * Author lines: "By Jane Doe", "Articles by: nsnbc international", "Written by …",
 * "(Reporting by …; Editing by …)", "Danube Post correspondents in Paris and Kyiv".
 * A sentence that starts with "By" stays.
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import type { RemovalReason } from '../types.js';
import { anyOf } from './patterns.js';

/** Explicit author labels: a byline whatever follows (case-insensitive). */
export const BYLINE_LABELS: readonly RegExp[] = [
  /^(?:articles?|posts?|stories) by\s*:?\s*\S/iu,
  /^(?:written|posted|reported|compiled|edited) by\s*:?\s*\S/iu,
  /^\(?(?:additional )?(?:reporting|writing|editing) by\b/iu,
  /^(?:author|authors|correspondent)\s*:\s*\S/iu,
];

const BYLINE_LABEL = anyOf(BYLINE_LABELS);

/** "By Jane Doe", "By JANE DOE and JOHN ROE": a name, not a sentence. */
const BY_NAME = /^by\s+\p{Lu}/iu;

/**
 * An outlet's staff as author: capitalised words, then "staff", "correspondents" or
 * "reporters", then nothing or where they are ("in Paris and Kyiv"). Not "Embassy staff
 * evacuate Kabul", where a verb follows.
 */
const STAFF =
  /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:[Ss]taff|STAFF|[Cc]orrespondents?|[Rr]eporters?)(?:\s+(?:in|at)\s+\p{Lu}[^.!?]{0,40})?$/u;

/** Bylines are short. */
const BYLINE_MAX_WORDS = 12;
/** A plain "By …" line longer than this is a sentence ("By Thursday, troops had …"). */
const BY_NAME_MAX_WORDS = 7;

/** `byline` for author lines; null otherwise. */
export function byline(input: Line | string): RemovalReason | null {
  const { text, words, sentence } = lineOf(input);
  if (words > BYLINE_MAX_WORDS) return null;
  if (BYLINE_LABEL.test(text) || STAFF.test(text)) return 'byline';
  const name = BY_NAME.test(text) && words <= BY_NAME_MAX_WORDS && !sentence;
  return name ? 'byline' : null;
}

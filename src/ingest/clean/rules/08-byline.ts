/**
 * Author lines: "By Jane Doe", "Articles by: nsnbc international", "Written by …",
 * "(Reporting by …; Editing by …)", "Danube Post correspondents in Paris and Kyiv".
 * A sentence that starts with "By" stays.
 */
import { isSentenceLike, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';

/** Explicit author labels: a byline whatever follows (case-insensitive). */
export const BYLINE_LABELS: readonly RegExp[] = [
  /^(?:articles?|posts?|stories) by\s*:?\s*\S/iu,
  /^(?:written|posted|reported|compiled|edited) by\s*:?\s*\S/iu,
  /^\(?(?:additional )?(?:reporting|writing|editing) by\b/iu,
  /^(?:author|authors|correspondent)\s*:\s*\S/iu,
];

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
export function byline(text: string): RemovalReason | null {
  const words = wordCount(text);
  if (words > BYLINE_MAX_WORDS) return null;
  if (BYLINE_LABELS.some((pattern) => pattern.test(text))) return 'byline';
  if (STAFF.test(text)) return 'byline';
  const name = BY_NAME.test(text) && words <= BY_NAME_MAX_WORDS && !isSentenceLike(text);
  return name ? 'byline' : null;
}

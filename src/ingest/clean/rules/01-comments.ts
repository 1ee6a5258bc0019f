/**
 * The reader comment thread. A comment-thread marker ("8 Comments", "5 Comments  Oldest
 * Newest", "Comments (4)", "Notify of", "Leave a reply", …) or, failing one, the first
 * commenter line ("Hakan D.  ▲ 31", "Tariq_B — 2 hours ago", "Like (18)") ends the
 * article: the marker, the short widget lines directly above it ("Subscribe") and
 * everything after it are `comments` — the commenters' names, their comments in full
 * sentences, vote counts and stray buttons.
 *
 * The page's own furniture below the thread — a related-links list, the copyright line,
 * the footer menu — is left to the passes that name it; nothing else below the marker is
 * ever kept. A marker only counts once the article has begun (a sentence of eight words or
 * more before it), so a comment counter in the page header does not swallow the page.
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import type { Unit } from '../units.js';
import { navigation } from './02-navigation.js';
import { relatedLists } from './06-related.js';
import { footer } from './09-footer.js';
import type { Pass } from './pass.js';
import { anyOf } from './patterns.js';

/** A sort option of a comment thread: "Oldest", "Newest first", "Most voted". */
const SORT = String.raw`(?:oldest|newest|top|best|popular|most (?:voted|liked|popular|recent))(?:\s+first)?`;
/** Sort options after a counter or after each other: "  Oldest   Newest", " | Newest". */
const MORE_SORTS = String.raw`(?:\s*[|·•]?\s*${SORT})`;

/** Whole-line markers of a comment thread (case-insensitive). */
export const COMMENT_MARKERS: readonly RegExp[] = [
  new RegExp(
    String.raw`^\d+\s+(?:comments?|responses?|replies|reader comments)${MORE_SORTS}*$`,
    'iu',
  ),
  /^\d+\s+thoughts? on\b/iu,
  new RegExp(
    String.raw`^(?:(?:reader|readers['’]?|user|your|all|latest|top)\s+)?comments?(?:\s*\(\d+\))?${MORE_SORTS}*$`,
    'iu',
  ),
  /^notify of$/iu,
  /^inline feedbacks$/iu,
  /^view all comments$/iu,
  /^(?:newest|oldest|most voted)(?:\s+first)?$/iu,
  new RegExp(String.raw`^${SORT}${MORE_SORTS}+$`, 'iu'),
  /^sort(?:ed)? by\s*:/iu,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment)\b/iu,
  /^(?:join the (?:discussion|conversation)|comments are closed|show comments|load comments)\b/iu,
  /^would love your thoughts, please comment\b/iu,
];

/** A commenter's name: one to four words of at most 20 characters. */
const NAME = String.raw`\S{1,20}(?:\s\S{1,20}){0,3}`;

/** Lines only a comment has: its author with votes or an age, its buttons with counts. */
export const COMMENTER_LINES: readonly RegExp[] = [
  // "Hakan D.  ▲ 31", "Reply  ▲ 14  ▼ 3"
  new RegExp(String.raw`^${NAME}(?:\s+[▲▼△▽]\s*\d+)+$`, 'u'),
  // "DanielF  · 47 votes"
  new RegExp(String.raw`^${NAME}\s+[·•|]\s+\d+\s+(?:votes?|likes?|points?)$`, 'iu'),
  // "Tariq_B — 2 hours ago"
  new RegExp(
    String.raw`^${NAME}\s+[—–-]\s+(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$`,
    'iu',
  ),
  // "Like (18)", "Reply (2)"
  /^(?:likes?|reply|replies|report|upvote|downvote)\s*\(\d+\)$/iu,
];

const COMMENT_MARKER = anyOf(COMMENT_MARKERS);

/**
 * No commenter line is longer than this, but for a row of vote arrows: a name of four
 * words, then "— 12 hours ago".
 */
const COMMENTER_MAX_WORDS = 8;
const VOTE_ARROW = /[▲▼△▽]/u;

/** Widget lines directly above a marker, this short or shorter, belong to the thread. */
const WIDGET_MAX_WORDS = 3;
/** The article has begun once a sentence this long has been seen. */
const ARTICLE_MIN_WORDS = 8;

/** True when the line is a comment-thread marker. */
export function isCommentMarker(text: string): boolean {
  return COMMENT_MARKER.test(text.trim());
}

/** True when the line is a commenter's signature or a comment's button with a count. */
export function isCommenterLine(input: Line | string): boolean {
  const { text, words } = lineOf(input);
  if (words > COMMENTER_MAX_WORDS && !VOTE_ARROW.test(text)) return false;
  return COMMENTER_LINES.some((pattern) => pattern.test(text.trim()));
}

/** Index of the first unit of the comment thread, or -1 when the page has none. */
export function threadStart(units: readonly Unit[]): number {
  let begun = false;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (unit === undefined) break;
    if (begun && (isCommentMarker(unit.text) || isCommenterLine(unit))) {
      let start = i;
      while (start > 0) {
        const above = units[start - 1];
        const first = units[start]?.lines[0] ?? 0;
        if (above === undefined || above.lines.at(-1) !== first - 1) break;
        if (above.words > WIDGET_MAX_WORDS || above.sentence) break;
        start -= 1;
      }
      return start;
    }
    if (unit.sentence && unit.words >= ARTICLE_MIN_WORDS) begun = true;
  }
  return -1;
}

/**
 * True for page furniture after the thread that a later pass removes under its own name:
 * a related-links list, a footer line (copyright, contact), a menu. Never a comment marker.
 */
function isFurniture(unit: Unit, inRelatedList: boolean): boolean {
  if (isCommentMarker(unit.text)) return false;
  return inRelatedList || footer(unit) !== null || navigation(unit) !== null;
}

/** `comments` for every unit from the thread's start to the end of the page, but furniture. */
export const comments: Pass = (page) => {
  const start = threadStart(page.units);
  if (start < 0) return page.units.map(() => null);
  const lists = relatedLists(page.units);
  return page.units.map((unit, i) =>
    i >= start && !isFurniture(unit, lists.has(i)) ? 'comments' : null,
  );
};

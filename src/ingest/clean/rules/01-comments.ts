/**
 * The reader comment thread. A comment-thread marker ("8 Comments", "Notify of",
 * "View all comments", "Leave a reply", …) ends the article: the marker, the short widget
 * lines directly above it ("Subscribe") and everything after it are `comments` — the
 * commenters' names, their comments in full sentences, vote counts and stray buttons.
 *
 * A marker only counts once the article has begun (a sentence of eight words or more
 * before it), so a comment counter in the page header does not swallow the page.
 */
import { isSentenceLike, wordCount } from '../shape.js';
import type { Unit } from '../units.js';
import type { Pass } from './pass.js';

/** Whole-line markers of a comment thread (case-insensitive). */
export const COMMENT_MARKERS: readonly RegExp[] = [
  /^\d+\s+(?:comments?|responses?|replies|reader comments)$/iu,
  /^\d+\s+thoughts? on\b/iu,
  /^comments?(?:\s*\(\d+\))?$/iu,
  /^notify of$/iu,
  /^inline feedbacks$/iu,
  /^view all comments$/iu,
  /^(?:newest|oldest|most voted)(?:\s+(?:newest|oldest|most voted))*$/iu,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment)\b/iu,
  /^(?:join the (?:discussion|conversation)|comments are closed|show comments|load comments)\b/iu,
  /^would love your thoughts, please comment\b/iu,
];

/** Widget lines directly above a marker, this short or shorter, belong to the thread. */
const WIDGET_MAX_WORDS = 3;
/** The article has begun once a sentence this long has been seen. */
const ARTICLE_MIN_WORDS = 8;

/** True when the line is a comment-thread marker. */
export function isCommentMarker(text: string): boolean {
  return COMMENT_MARKERS.some((pattern) => pattern.test(text.trim()));
}

/** Index of the first unit of the comment thread, or -1 when the page has none. */
export function threadStart(units: readonly Unit[]): number {
  let begun = false;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (unit === undefined) break;
    if (begun && isCommentMarker(unit.text)) {
      let start = i;
      while (start > 0) {
        const above = units[start - 1];
        const first = units[start]?.lines[0] ?? 0;
        if (above === undefined || above.lines.at(-1) !== first - 1) break;
        if (wordCount(above.text) > WIDGET_MAX_WORDS || isSentenceLike(above.text)) break;
        start -= 1;
      }
      return start;
    }
    if (isSentenceLike(unit.text) && wordCount(unit.text) >= ARTICLE_MIN_WORDS) begun = true;
  }
  return -1;
}

/** `comments` for every unit from the thread's start to the end of the page. */
export const comments: Pass = (page) => {
  const start = threadStart(page.units);
  return page.units.map((_, i) => (start >= 0 && i >= start ? 'comments' : null));
};

/**
 * Links to other content: "Read more: …", "Related: …", "You may also like", and lines
 * that are only a URL.
 */
import { stripListMarker, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';

/** Teaser labels, at the start of a line (case-insensitive); longer labels first. */
export const RELATED_LINES: readonly RegExp[] = [
  /^(?:further reading|related (?:articles|stories|content|topics|coverage))\b/iu,
  /^(?:related|read more|read also|also read|see also|more from|more on this|keep reading)\b/iu,
  /^(?:recommended|you may also like|you might also like|most read|most popular|trending)\b/iu,
];

/** A line that is nothing but a web address. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/** What may follow a teaser label: nothing, a separator, or a headline. */
const TEASER_TAIL = /^(?:$|\s*[:|›»>–—-]|\s+\p{Lu})/u;

/** Teasers are short; a long line starting with "Related" is a sentence. */
const RELATED_MAX_WORDS = 20;

/** `related` for teaser links and bare URLs; null otherwise. */
export function related(text: string): RemovalReason | null {
  const line = stripListMarker(text);
  if (BARE_URL.test(line)) return 'related';
  if (wordCount(line) > RELATED_MAX_WORDS) return null;
  const label = RELATED_LINES.find((pattern) => pattern.test(line));
  if (label === undefined) return null;
  // The label alone, or followed by a separator or a capitalised headline: "Read more: …".
  return TEASER_TAIL.test(line.replace(label, '')) ? 'related' : null;
}

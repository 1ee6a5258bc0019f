/**
 * Links to other content: teaser labels ("Read more: …", "Also Read: …", "Related
 * Stories", "You may also like", "More from Gulf Monitor"), the list of headlines directly
 * below such a label ("- Who is Saud al-Qahtani?", "> Explainer: …", "• Markets slip …"),
 * and lines that are only a URL. A listed headline is `related` whatever its punctuation.
 */
import { blockIds } from '../blocks.js';
import { stripListMarker, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';
import type { Unit } from '../units.js';
import type { Pass } from './pass.js';

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

/** A link-list item marker the shape module does not know: "> Who are …", "› Explainer …". */
const LINK_MARKER = /^[>›»]\s+/u;

/** Teasers and listed headlines are short; a long line starting with "Related" is a sentence. */
const RELATED_MAX_WORDS = 20;

/** True for a teaser label, alone or with its headline: "Related:", "Read more: Kerry meets …". */
export function isRelatedLabel(text: string): boolean {
  const line = stripListMarker(text);
  // The labels are anchored at the start: a quick miss on most lines, before counting words.
  const label = RELATED_LINES.find((pattern) => pattern.test(line));
  if (label === undefined || wordCount(line) > RELATED_MAX_WORDS) return false;
  // The label alone, or followed by a separator or a capitalised headline: "Read more: …".
  return TEASER_TAIL.test(line.replace(label, ''));
}

/** `related` for teaser labels and bare URLs; null otherwise. */
export function related(text: string): RemovalReason | null {
  const line = stripListMarker(text).replace(LINK_MARKER, '');
  return BARE_URL.test(line) || isRelatedLabel(line) ? 'related' : null;
}

/**
 * Indexes of the units of related-link lists: each teaser label with the short lines
 * below it in the same block.
 */
export function relatedLists(units: readonly Unit[]): ReadonlySet<number> {
  const blocks = blockIds(units);
  const found = new Set<number>();
  let list = false;
  units.forEach((unit, i) => {
    const sameBlock = i > 0 && blocks[i] === blocks[i - 1];
    list = sameBlock && list && unit.words <= RELATED_MAX_WORDS;
    if (isRelatedLabel(unit.text)) list = true;
    if (list) found.add(i);
  });
  return found;
}

/** `related` for teaser labels, the lists below them and bare URLs. */
export const relatedContent: Pass = (page) => {
  const lists = relatedLists(page.units);
  return page.units.map((unit, i) => (lists.has(i) ? 'related' : related(unit.text)));
};

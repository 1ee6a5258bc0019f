/**
 * Layout: what is left that does not read as running text (no sentence-final punctuation)
 * is a title, a heading or a caption, never a paragraph.
 *
 * - The first headline-like line before the first paragraph is the `title`: four to 30
 *   words in mixed case, not a list item, no menu separators (`|`, `≡`, `•`, `·`, `›`).
 *   Site names and menus were taken by the navigation and masthead passes before.
 * - A short line (up to `headingMaxWords`) directly followed by a paragraph is a `heading`,
 *   unless it describes a photo ("… speaks during …").
 * - Anything else is a `caption`: photo descriptions, infographic and map labels, image
 *   slugs, a short line followed by a credit or another label.
 */
import { hasListMarker, isCapitals, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';
import type { Page, Pass } from './pass.js';
import { undecided } from './pass.js';

/** Present-tense verbs and phrases of photo descriptions (case-insensitive). */
export const PHOTO_CUES: readonly RegExp[] = [
  /\b(?:speaks?|gestures?|looks on|arrives?|attends?|addresses|poses?|waves?|listens?)\b/iu,
  /\b(?:shake hands|shakes hands|is seen|are seen|pictured|file photo|in this photo)\b/iu,
];

/** The shortest headline, in words. */
const TITLE_MIN_WORDS = 4;
/** The longest headline, in words. */
const TITLE_MAX_WORDS = 30;

function isParagraph(page: Page, index: number): boolean {
  const unit = page.units[index];
  return unit !== undefined && undecided(page, index) && unit.sentence;
}

/** Separators of menus and breadcrumbs, never in a headline. */
const MENU_SEPARATORS = /[|≡☰•·›»]/u;

/** True for a headline: 4–30 words, mixed case, not a list item, no menu separators. */
export function isTitle(text: string): boolean {
  const words = wordCount(text);
  if (words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS) return false;
  return !hasListMarker(text) && !isCapitals(text) && !MENU_SEPARATORS.test(text);
}

/** `heading` or `caption` for a fragment after the title, by what follows it. */
export function headingOrCaption(
  text: string,
  beforeParagraph: boolean,
  maxWords: number,
): 'heading' | 'caption' {
  const heading =
    beforeParagraph &&
    wordCount(text) <= maxWords &&
    !PHOTO_CUES.some((pattern) => pattern.test(text));
  return heading ? 'heading' : 'caption';
}

/** `title`, `heading` or `caption` for the undecided units that are not running text. */
export const layout: Pass = (page) => {
  const firstParagraph = page.units.findIndex((_, i) => isParagraph(page, i));
  let titled = false;
  return page.units.map((unit, i): RemovalReason | null => {
    if (!undecided(page, i) || unit.sentence) return null;
    const beforeBody = firstParagraph < 0 || i < firstParagraph;
    if (beforeBody && !titled && isTitle(unit.text)) {
      titled = true;
      return 'title';
    }
    return headingOrCaption(unit.text, isParagraph(page, i + 1), page.settings.headingMaxWords);
  });
};

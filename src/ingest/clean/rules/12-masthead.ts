/**
 * The masthead: the site's name and the loose items of its menu at the top of the page,
 * before the first paragraph. They are `navigation`, never the headline:
 *
 * - a line in capitals ("THE MERIDIAN OBSERVER", "ORIENT REVIEW");
 * - a line that names the owner of the copyright footer ("Levant Wire" when the page ends
 *   with "© 2016 Levant Wire. All rights reserved.");
 * - a line of three words or fewer in the same block as a navigation line ("Gulf Monitor
 *   Online" above "Sections: News | Region | …", "World" among "Menu", "Home", "Search").
 */
import { blockIds } from '../blocks.js';
import { comparable, isCapitals } from '../shape.js';
import type { RemovalReason } from '../types.js';
import type { Page, Pass } from './pass.js';
import { undecided } from './pass.js';

/** A site name in capitals has at most this many words. */
export const CAPITALS_MAX_WORDS = 6;
/** A menu item found next to a menu has at most this many words. */
export const MENU_ITEM_MAX_WORDS = 3;
/** A site name is at least this long, in characters, to be looked for in the footer. */
const NAME_MIN_LENGTH = 4;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when the line, without a leading "The", is named in one of the footer lines. */
export function namedIn(text: string, footers: readonly string[]): boolean {
  if (footers.length === 0) return false;
  const name = comparable(text).replace(/^the\s+/u, '');
  if (name.length < NAME_MIN_LENGTH) return false;
  const pattern = new RegExp(String.raw`(?:^|[^\p{L}])${escape(name)}(?:$|[^\p{L}])`, 'u');
  return footers.some((footer) => pattern.test(comparable(footer)));
}

function firstParagraph(page: Page): number {
  const found = page.units.findIndex((unit, i) => undecided(page, i) && unit.sentence);
  return found < 0 ? page.units.length : found;
}

/** `navigation` for the site name and loose menu items above the first paragraph. */
export const masthead: Pass = (page) => {
  const end = firstParagraph(page);
  const blocks = blockIds(page.units);
  const menuBlocks = new Set(blocks.filter((_, i) => page.verdicts[i] === 'navigation'));
  const footers = page.units
    .filter((_, i) => page.verdicts[i] === 'copyright')
    .map((unit) => unit.text);
  return page.units.map((unit, i): RemovalReason | null => {
    if (i >= end || !undecided(page, i) || unit.sentence) return null;
    const { words } = unit;
    const inMenu = menuBlocks.has(blocks[i] ?? -1) && words <= MENU_ITEM_MAX_WORDS;
    const capitals = isCapitals(unit.text) && words <= CAPITALS_MAX_WORDS;
    return inMenu || capitals || namedIn(unit.text, footers) ? 'navigation' : null;
  });
};

/**
 * Site navigation: skip links, menu items, breadcrumbs and menu bars written on one line
 * ("World  |  Middle East  |  Log in", "≡ Menu   Latest   Asia"). Matched on the whole
 * line, after any list number ("1. Skip to content"). A row of share buttons
 * ("Facebook | Twitter | Print") is left to the widget pass.
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import { wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';
import { isShareRow } from './04-widgets.js';
import { anyOf } from './patterns.js';

/** Whole-line navigation labels (case-insensitive). */
export const NAVIGATION_LINES: readonly RegExp[] = [
  /^skip to\b/iu,
  /^(?:jump|go) to (?:content|main|navigation|search|top)\b/iu,
  /^(?:main |site |open |close )?(?:menu|navigation)$/iu,
  /^toggle (?:navigation|menu|search)$/iu,
  /^(?:home|search|log ?in|sign in|log ?out|sign out|close|more|back to top|top)$/iu,
  /^(?:next|previous|prev)(?: (?:article|story|post|page))?$/iu,
];

const NAVIGATION_LINE = anyOf(NAVIGATION_LINES);

/** Breadcrumbs: short items separated by ›, », > or /, e.g. "Home › World › Middle East". */
const BREADCRUMB = /^[^.!?]{1,40}(?:\s+[›»>|]\s+[^.!?]{1,40}){2,}$/u;

/** A menu icon at the start of a line: "≡ Menu", "☰ Sections". */
const MENU_ICON = /^[≡☰]/u;

/** Separators between the items of a menu bar: a bar or bullet, or a gap of 2+ spaces. */
const MENU_SEPARATOR = /\s*[|•·]\s*|\s{2,}/u;

/** A menu item: starts with a letter, at most this many words, no sentence punctuation. */
const MENU_ITEM_MAX_WORDS = 4;
const MENU_ITEM = /^\p{L}[^.!?]*$/u;
/** Sentence punctuation, which no menu item has (and no separator is). */
const SENTENCE_PUNCTUATION = /[.!?]/u;
/** A menu bar has at least this many items. */
const MENU_MIN_ITEMS = 3;

/** Navigation lines are short, separators not counted. */
const NAVIGATION_MAX_WORDS = 12;

/**
 * True for a menu bar on one line: three or more short items separated by bars, bullets or
 * wide gaps, or a line that starts with a menu icon.
 */
export function isMenuBar(text: string): boolean {
  if (MENU_ICON.test(text)) return true;
  // Spares a paragraph the split: its punctuation would fall in an item that is no menu item.
  if (SENTENCE_PUNCTUATION.test(text)) return false;
  const items = text.split(MENU_SEPARATOR).filter((item) => item !== '');
  const short = (item: string): boolean =>
    MENU_ITEM.test(item) && wordCount(item) <= MENU_ITEM_MAX_WORDS;
  return items.length >= MENU_MIN_ITEMS && items.every(short);
}

/**
 * `navigation` for skip links, menu items, menu bars and breadcrumbs; null otherwise, and
 * for a row of share buttons.
 */
export function navigation(input: Line | string): RemovalReason | null {
  const { bare, bareWords } = lineOf(input);
  const short = bareWords <= NAVIGATION_MAX_WORDS;
  const found = isMenuBar(bare) || (short && (NAVIGATION_LINE.test(bare) || BREADCRUMB.test(bare)));
  return found && !isShareRow(bare) ? 'navigation' : null;
}

/**
 * Page widgets inside the text: share buttons and reading tools ("Listen to this article"),
 * ad slots and house ads, newsletter and paywall prompts. Matched on short lines only, so
 * sentences about sharing, advertising or subscribing stay — except a newsletter box that
 * ends in its button ("… Enter your email address   [Subscribe]").
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import { hasButtons } from '../shape.js';
import type { RemovalReason } from '../types.js';
import { anyOf } from './patterns.js';

/** Words of share-button rows ("Share", "Facebook Twitter Email"). */
export const SHARE_WORDS: readonly string[] = [
  'share',
  'shares',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share via email',
  'tweet',
  'email',
  'e-mail',
  'print',
  'copy link',
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'linkedin',
  'reddit',
  'pinterest',
  'vk',
  'messenger',
];

/** Reading tools shown with the share buttons (case-insensitive): "Listen to this article  4 min". */
export const TOOL_LINES: readonly RegExp[] = [
  /^(?:listen to|play|read aloud) (?:this )?(?:article|story)\b/iu,
  /^(?:save|bookmark)(?: (?:article|story|for later))?$/iu,
  /^(?:text size|font size|a- a\+|a a a)$/iu,
];

/** Ad slots and house ads (case-insensitive). */
export const ADVERTISEMENT_LINES: readonly RegExp[] = [
  /^(?:advertisement|advertising|ad|ads|sponsored(?: content| links?)?|paid (?:content|post))$/iu,
  /^(?:promoted(?: stories| content)?|story continues below(?: advertisement)?)$/iu,
  /^(?:continue reading(?: the main story)?|scroll to continue(?: with content)?)$/iu,
  /\bon the bloomberg terminal\.?$/iu,
];

/** Newsletter and paywall prompts (case-insensitive). */
export const SUBSCRIBE_LINES: readonly RegExp[] = [
  /^subscribe(?: now| today| here)?!?$/iu,
  /^subscribe (?:to|for) (?:our|the|a)\b/iu,
  /^sign up (?:for|to) (?:our|the)\b/iu,
  /^(?:get|receive) (?:our|the) [\w\s-]*newsletter\b/iu,
  /^(?:newsletter|already a subscriber\??|already subscribed\??)$/iu,
  /^(?:log ?in|sign in|subscribe) to (?:continue|read)\b/iu,
];

const TOOL_LINE = anyOf(TOOL_LINES);
const ADVERTISEMENT_LINE = anyOf(ADVERTISEMENT_LINES);
const SUBSCRIBE_LINE = anyOf(SUBSCRIBE_LINES);

/** What a newsletter box with a button asks for (case-insensitive). */
const NEWSLETTER = /\b(?:subscribe|newsletter|sign up|e-?mail address|inbox)\b/iu;

/** Widget lines are short: a line longer than this is text. */
const WIDGET_MAX_WORDS = 12;
/** A newsletter box with its button may be this long. */
const BOX_MAX_WORDS = 40;

/** Separators between buttons: a bar, bullet, slash or comma, or a gap of 2+ spaces. */
const BUTTON_SEPARATORS = /\s*[|·•/,]\s*|\s{2,}/u;

const isShareWord = (word: string): boolean => SHARE_WORDS.includes(word.replace(/[:!]$/u, ''));

/** "Share on …" before a network's name: "Share on Telegram" is the button "Telegram". */
const SHARE_ON = /\bshare (?:on|via|to|with) (?=\S)/gu;

/**
 * One button: a share word or phrase ("Share this", "Share on Telegram"), or several in a
 * row ("Tweet Share", "Share: Facebook", "Share on Facebook Share on Twitter").
 */
function isShareButton(button: string): boolean {
  const lower = button.toLowerCase();
  if (isShareWord(lower)) return true;
  return lower.replace(SHARE_ON, '').split(/\s+/u).every(isShareWord);
}

/**
 * True for a row of share buttons: "Share", "Tweet   Share   Email   Print",
 * "Facebook | Twitter | Reddit | Print", "Share on Facebook   Share on Twitter   Copy link".
 */
export function isShareRow(line: string): boolean {
  const buttons = line.split(BUTTON_SEPARATORS).filter((button) => button !== '');
  return buttons.length > 0 && buttons.every(isShareButton);
}

/** `share`, `advertisement` or `subscribe` for widget lines; null otherwise. */
export function widget(input: Line | string): RemovalReason | null {
  const { bare: line, bareWords: words } = lineOf(input);
  if (hasButtons(line) && words <= BOX_MAX_WORDS && NEWSLETTER.test(line)) return 'subscribe';
  if (words > WIDGET_MAX_WORDS) return null;
  if (isShareRow(line) || TOOL_LINE.test(line)) return 'share';
  if (ADVERTISEMENT_LINE.test(line)) return 'advertisement';
  return SUBSCRIBE_LINE.test(line) ? 'subscribe' : null;
}

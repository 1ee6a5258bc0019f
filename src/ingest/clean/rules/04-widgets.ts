/**
 * Page widgets inside the text: share buttons, ad slots and house ads, newsletter and
 * paywall prompts. Matched on short lines only, so sentences about sharing, advertising
 * or subscribing stay.
 */
import { stripListMarker, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';

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

/** Widget lines are short: a line longer than this is text. */
const WIDGET_MAX_WORDS = 12;

const SHARE_SEPARATORS = /\s*[|·•/,]\s*|\s+/u;

function isShareRow(line: string): boolean {
  const lower = line.toLowerCase().replace(/[:!]$/u, '');
  if (SHARE_WORDS.includes(lower)) return true;
  const words = lower.split(SHARE_SEPARATORS).filter((word) => word !== '');
  return words.length > 1 && words.every((word) => SHARE_WORDS.includes(word));
}

/** `share`, `advertisement` or `subscribe` for widget lines; null otherwise. */
export function widget(text: string): RemovalReason | null {
  const line = stripListMarker(text);
  if (wordCount(line) > WIDGET_MAX_WORDS) return null;
  if (isShareRow(line)) return 'share';
  if (ADVERTISEMENT_LINES.some((pattern) => pattern.test(line))) return 'advertisement';
  if (SUBSCRIBE_LINES.some((pattern) => pattern.test(line))) return 'subscribe';
  return null;
}

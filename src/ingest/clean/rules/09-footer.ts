/**
 * Page footers and notices: disclaimers ("Disclaimer: …", "The views expressed …"), cookie
 * notices ("We use cookies …   [Accept]"), copyright and fair-use notices, and contact
 * lines ("For media inquiries: …", e-mail addresses).
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import { hasButtons } from '../shape.js';
import type { RemovalReason } from '../types.js';
import type { Keyed } from './patterns.js';
import { anyOf, matchesAny } from './patterns.js';

/** Disclaimers, at the start of a line (case-insensitive). */
export const DISCLAIMER_LINES: readonly RegExp[] = [
  /^disclaimer\b/iu,
  /^(?:the )?(?:views|opinions) expressed\b/iu,
  /^our (?:standards|editorial principles)\s*:/iu,
  /^this (?:article|story|post) (?:was|is|has been) (?:originally |first )?(?:published|republished|produced)\b/iu,
  /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b/iu,
];

const DISCLAIMER_LINE = anyOf(DISCLAIMER_LINES);

/** A cookie notice with its buttons: "… our use of cookies. [Accept] [Manage settings]". */
const COOKIES = /\bcookies?\b/iu;
/** A notice with its buttons is at most this long. */
const NOTICE_MAX_WORDS = 60;

/** Copyright notices, at the start of a line (case-insensitive). */
export const COPYRIGHT_LINES: readonly RegExp[] = [/^(?:©|\(c\)\s*\d{4}|copyright\b)/iu];

/** Copyright and fair-use notices, anywhere in a line (case-insensitive). */
export const COPYRIGHT_PHRASES: readonly Keyed[] = [
  { keyword: 'all rights', pattern: /\ball rights reserved\b/iu },
  { keyword: 'copyrighted', pattern: /\bcopyrighted material\b/iu },
];

const COPYRIGHT_LINE = anyOf(COPYRIGHT_LINES);

/** Contact lines, at the start of a line (case-insensitive). */
export const CONTACT_LINES: readonly RegExp[] = [
  /^(?:for )?(?:media|press) (?:inquiries|enquiries|contacts?)\b/iu,
  /^(?:contact(?: us)?|e-?mail|tel|phone|fax)\s*:/iu,
  /^(?:send (?:us )?(?:your )?tips|got a (?:news )?tip)\b/iu,
];

const CONTACT_LINE = anyOf(CONTACT_LINES);

/** An e-mail address, or the text a scraper leaves for an obfuscated one. */
const EMAIL = /\S+@\S+\.\p{L}{2,}|\[email(?:&#160;|\s)protected\]/iu;

/** A line with an e-mail address and at most this many words is contact information. */
const EMAIL_LINE_MAX_WORDS = 6;

/** `disclaimer`, `copyright` or `contact` for footer lines; null otherwise. */
export function footer(input: Line | string): RemovalReason | null {
  const line = lineOf(input);
  const { text, words } = line;
  if (DISCLAIMER_LINE.test(text)) return 'disclaimer';
  const cookieNotice = hasButtons(text) && COOKIES.test(text) && words <= NOTICE_MAX_WORDS;
  if (cookieNotice) return 'disclaimer';
  if (COPYRIGHT_LINE.test(text) || matchesAny(line, COPYRIGHT_PHRASES)) return 'copyright';
  if (CONTACT_LINE.test(text)) return 'contact';
  const emailLine = words <= EMAIL_LINE_MAX_WORDS && EMAIL.test(text) && !line.sentence;
  return emailLine ? 'contact' : null;
}

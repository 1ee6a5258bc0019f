/**
 * Donation and pledge banners: amounts on their own ("0 $", "2,500 $", "$5,000"),
 * countdowns ("10 DAYS LEFT UNTIL THE END OF SEPTEMBER"), appeals ("Support SouthFront",
 * "Support The Daily Ledger", "Donate now"), membership box titles ("Membership"),
 * appeals that end in their button ("… Become a member from $5 a month.   [Join now]")
 * and funding appeals ("Danube Post is reader-funded. This month we need 1,500 new
 * supporters. Give once or monthly").
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import { hasButtons } from '../shape.js';
import type { RemovalReason } from '../types.js';
import type { Keyed } from './patterns.js';
import { matchesAny } from './patterns.js';

/** An amount with a currency sign or code and nothing else. */
const AMOUNT =
  /^(?:(?:[$€£]|USD|EUR|GBP)\s?\d[\d,. ]*|\d[\d,. ]*\s?(?:[$€£]|USD|EUR|GBP))(?:\s*\/\s*\S+)?$/iu;

/** Short appeal lines (case-insensitive, whole line). */
export const PLEDGE_LINES: readonly RegExp[] = [
  /^\d+\s+days?\s+(?:left|to go|remaining)\b/iu,
  /^support\s+(?:us|our work|our journalism)$/iu,
  // "Support SouthFront", "Support The Daily Ledger" (not "Support For Ceasefire Grows")
  /^(?:Support|SUPPORT)\s+(?:\p{Lu}\S*|(?:The|THE)(?:\s+\p{Lu}\S*){1,2})$/u,
  /^(?:membership|become a member|join us|join now)$/iu,
  /^(?:please\s+)?(?:donate|make a donation|become a (?:patron|supporter|member))(?:\s+(?:now|today|here))?!?$/iu,
  /^(?:donate|support us) (?:via|with|on) \S+$/iu,
  /^(?:goal|raised|donors?|backers?)\s*:?\s*[\d$€£]/iu,
];

/** Funding appeals in sentences (case-insensitive): "Danube Post is reader-funded. …". */
export const APPEAL_SENTENCES: readonly Keyed[] = [
  { keyword: 'reader-', pattern: /\breader-(?:funded|supported)\b/iu },
  { keyword: 'funded by', pattern: /\bfunded by (?:its|our) readers\b/iu },
  { keyword: 'give once', pattern: /\bgive once or monthly\b/iu },
  { keyword: 'journalism', pattern: /\bsupport (?:independent|our) journalism\b/iu },
  { keyword: 'we need', pattern: /\bwe need [\d,]+ (?:new )?(?:supporters|members|donors)\b/iu },
];

/** What an appeal with a button asks for (case-insensitive). */
const APPEAL =
  /\b(?:donat(?:e|ion|ions)|members?(?:hip)?|funded by (?:its|our) readers|support (?:us|our))\b/iu;

/** Appeals are short and never sentences. */
const PLEDGE_MAX_WORDS = 10;
/** An appeal with its button may be this long. */
const BOX_MAX_WORDS = 40;

/** `pledge` for donation banners; null otherwise. */
export function pledge(input: Line | string): RemovalReason | null {
  const line = lineOf(input);
  const { text, words } = line;
  if (AMOUNT.test(text)) return 'pledge';
  if (words <= BOX_MAX_WORDS) {
    if (hasButtons(text) && APPEAL.test(text)) return 'pledge';
    if (matchesAny(line, APPEAL_SENTENCES)) return 'pledge';
  }
  if (words > PLEDGE_MAX_WORDS || (line.sentence && !text.endsWith('!'))) return null;
  return PLEDGE_LINES.some((pattern) => pattern.test(text)) ? 'pledge' : null;
}

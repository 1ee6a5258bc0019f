/**
 * Donation and pledge banners: amounts on their own ("0 $", "2,500 $", "$5,000"),
 * countdowns ("10 DAYS LEFT UNTIL THE END OF SEPTEMBER") and appeals ("Support SouthFront",
 * "Donate now").
 */
import { isSentenceLike, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';

/** An amount with a currency sign or code and nothing else. */
const AMOUNT =
  /^(?:(?:[$€£]|USD|EUR|GBP)\s?\d[\d,. ]*|\d[\d,. ]*\s?(?:[$€£]|USD|EUR|GBP))(?:\s*\/\s*\S+)?$/iu;

/** Short appeal lines (case-insensitive, whole line). */
export const PLEDGE_LINES: readonly RegExp[] = [
  /^\d+\s+days?\s+(?:left|to go|remaining)\b/iu,
  /^support\s+(?:us|our work|our journalism)$/iu,
  /^(?:Support|SUPPORT)\s+\p{Lu}\S*$/u,
  /^(?:please\s+)?(?:donate|make a donation|become a (?:patron|supporter|member))(?:\s+(?:now|today|here))?!?$/iu,
  /^(?:donate|support us) (?:via|with|on) \S+$/iu,
  /^(?:goal|raised|donors?|backers?)\s*:?\s*[\d$€£]/iu,
];

/** Appeals are short and never sentences. */
const PLEDGE_MAX_WORDS = 10;

/** `pledge` for donation banners; null otherwise. */
export function pledge(text: string): RemovalReason | null {
  if (AMOUNT.test(text)) return 'pledge';
  if (wordCount(text) > PLEDGE_MAX_WORDS || (isSentenceLike(text) && !text.endsWith('!'))) {
    return null;
  }
  return PLEDGE_LINES.some((pattern) => pattern.test(text)) ? 'pledge' : null;
}

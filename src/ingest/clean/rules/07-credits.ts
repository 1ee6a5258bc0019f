/**
 * Photo and agency credits: "Image: Reuters/A. Ismail", "Ugur Can/DHA via AP",
 * "ASSOCIATED PRESS", "Courtesy of …", "dj/msh (AFP, AP, dpa, Interfax)" (editors'
 * initials and the agencies a report draws on). Credits are short labels, never sentences.
 *
 * A photo description that ends with its credit ("Trump and Kim at the Metropole hotel.
 * Photo: Harbour Wire/T. Nguyen") is a `caption`.
 */
import type { Line } from '../line.js';
import { lineOf } from '../line.js';
import { isSentenceLike, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';

/** News and photo agencies whose names appear in credits. */
export const AGENCIES: readonly string[] = [
  'Associated Press',
  'AP',
  'AP Photo',
  'AFP',
  'Reuters',
  'dpa',
  'epd',
  'KNA',
  'Interfax',
  'TASS',
  'ITAR-TASS',
  'RIA Novosti',
  'Sputnik',
  'Xinhua',
  'Anadolu',
  'Anadolu Agency',
  'AA',
  'DHA',
  'EPA',
  'EPA-EFE',
  'EFE',
  'ANSA',
  'UPI',
  'SANA',
  'IRNA',
  'Getty Images',
  'Getty',
  'Shutterstock',
  'Pool',
  'picture-alliance',
  'Imago',
];

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const AGENCY = `(?:${[...AGENCIES]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

/** Credit labels (case-insensitive). */
export const CREDIT_LINES: readonly RegExp[] = [
  /^(?:images?|photos?|pictures?|photograph|foto|bild|credits?|illustration|video|source)\s*:/iu,
  /^(?:\(?(?:photo|image)\s+)?courtesy(?:\s+of)?\b|\(courtesy\b/iu,
  /^\(?(?:photo|image|picture)s? by\b/iu,
  new RegExp(String.raw`\bvia\s+${AGENCY}\b`, 'iu'),
  // "Ugur Can/DHA", "Reuters/A. Ismail", "AFP/Getty Images"
  new RegExp(String.raw`(?:/\s*${AGENCY}\b|\b${AGENCY}\s*/)`, 'iu'),
  // "ASSOCIATED PRESS", "Reuters", "AFP, dpa"
  new RegExp(String.raw`^\(?${AGENCY}(?:\s*[,/&]\s*${AGENCY})*\)?$`, 'iu'),
  // "dj/msh (AFP, AP, dpa, Interfax)"
  new RegExp(
    String.raw`^[a-z]{1,4}(?:/[a-z]{1,4})*\s*\(${AGENCY}(?:\s*[,/&]\s*${AGENCY})*\)$`,
    'u',
  ),
];

/**
 * A credit label after a caption's last sentence: "… hotel. Photo: Harbour Wire/T. Nguyen".
 * The credit is short and ends in a name, not in a period.
 */
const TRAILING_CREDIT =
  /[.!?]["'”’)]?\s+(?:images?|photos?|pictures?|photograph)\s*:\s*(?<credit>[^!?]{1,60}[^.!?\s])$/iu;
/** The longest credit after a caption, in words. */
const TRAILING_CREDIT_MAX_WORDS = 6;

/** True for a caption that ends with its credit. */
export function endsWithCredit(text: string): boolean {
  // Every credit label ends in a colon: a line without one is spared the scan.
  if (!text.includes(':')) return false;
  const found = TRAILING_CREDIT.exec(text)?.groups?.['credit'];
  return found !== undefined && wordCount(found) <= TRAILING_CREDIT_MAX_WORDS;
}

/** A caption with its credit is at most this long. */
const CAPTION_MAX_WORDS = 40;

/** Credits are short. */
const CREDIT_MAX_WORDS = 10;
/** A credit may end in a period ("Photo: AP."), but a longer sentence is text. */
const SENTENCE_CREDIT_MAX_WORDS = 4;

/** `credit` for photo and agency credits, `caption` for a caption with its credit; else null. */
export function credit(input: Line | string): RemovalReason | null {
  const { bare: line, bareWords: words } = lineOf(input);
  if (words <= CAPTION_MAX_WORDS && endsWithCredit(line)) return 'caption';
  if (words > CREDIT_MAX_WORDS) return null;
  if (words > SENTENCE_CREDIT_MAX_WORDS && isSentenceLike(line)) return null;
  return CREDIT_LINES.some((pattern) => pattern.test(line)) ? 'credit' : null;
}

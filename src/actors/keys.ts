/** How a dictionary token constrains the capitalisation of the text token it matches. */
export type CaseRule = 'upper' | 'capital' | 'any';

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc]/g;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * The key a token is looked up by: lower case, accents and dots removed, curly
 * apostrophes folded ("U.S." → "us", "Élysée" → "elysee", "Moscow’s" → "moscow's").
 */
export function tokenKey(text: string): string {
  // Most tokens are plain ASCII: skip Unicode normalisation for them.
  const folded = ASCII.test(text)
    ? text
    : text.normalize('NFD').replace(DIACRITICS, '').replace(APOSTROPHES, "'");
  const lower = folded.toLowerCase();
  return /[a-z]/.test(lower) && lower.length > 1 ? lower.replace(/\./g, '') : lower;
}

/** The rule an entry token imposes (data/README.md, "Matching"). */
export function caseRuleOf(entryToken: string): CaseRule {
  const letters = entryToken.replace(/[^\p{L}]/gu, '');
  if (letters === '') return 'any';
  if (
    letters.length >= 2 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return 'upper';
  }
  const first = letters[0] ?? '';
  return first !== first.toLowerCase() ? 'capital' : 'any';
}

/** True when a text token satisfies an entry token's case rule. */
export function satisfiesCase(rule: CaseRule, text: string): boolean {
  if (rule === 'any') return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === '') return false;
  if (rule === 'upper') return letters === letters.toUpperCase();
  const first = letters[0] ?? '';
  return first === first.toUpperCase() && first !== first.toLowerCase();
}

/** Regular plurals of a lower-case word, for sector words ("ministry" → "ministries"). */
export function pluralsOf(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  return [`${word}s`];
}

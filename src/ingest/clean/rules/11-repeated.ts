/**
 * Repeated lines: a line that appears more than once on the page (ignoring case, quote
 * style, bullets and spacing) is a caption or widget shown twice, not news. All copies go,
 * except the first copy of a fragment (it may be the headline, left to the layout pass) and
 * the first copy of a long line (a paragraph repeated as a pull quote keeps its original).
 */
import { comparable } from '../shape.js';
import type { Page, Pass } from './pass.js';

/** A repeated line longer than this is a paragraph quoted again: its first copy stays. */
export const PULL_QUOTE_MIN_WORDS = 31;

/**
 * Each unit's comparable key, or null when no other unit has as many words (list marker
 * not counted): the key only changes case, quotes and spacing, so lines with the same key
 * have the same number of words, and most paragraphs are spared working the key out.
 */
function keys(units: Page['units']): readonly (string | null)[] {
  const sizes = new Map<number, number>();
  for (const { bareWords } of units) sizes.set(bareWords, (sizes.get(bareWords) ?? 0) + 1);
  return units.map((unit) => ((sizes.get(unit.bareWords) ?? 0) < 2 ? null : comparable(unit.text)));
}

/** `repeated` for the copies of lines that occur more than once. */
export const repeated: Pass = (page) => {
  const found = keys(page.units);
  const counts = new Map<string, number>();
  for (const key of found) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Set<string>();
  return page.units.map((unit, i) => {
    const key = found[i] ?? null;
    if (key === null || (counts.get(key) ?? 0) < 2) return null;
    const first = !seen.has(key);
    seen.add(key);
    const keepFirst = !unit.sentence || unit.words >= PULL_QUOTE_MIN_WORDS;
    return first && keepFirst ? null : 'repeated';
  });
};

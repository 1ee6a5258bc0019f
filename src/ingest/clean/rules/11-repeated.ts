/**
 * Repeated lines: a line that appears more than once on the page (ignoring case, quote
 * style, bullets and spacing) is a caption or widget shown twice, not news. All copies go,
 * except the first copy of a fragment (it may be the headline, left to the layout pass) and
 * the first copy of a long line (a paragraph repeated as a pull quote keeps its original).
 */
import { comparable, isSentenceLike, wordCount } from '../shape.js';
import type { Pass } from './pass.js';

/** A repeated line longer than this is a paragraph quoted again: its first copy stays. */
export const PULL_QUOTE_MIN_WORDS = 31;

/** `repeated` for the copies of lines that occur more than once. */
export const repeated: Pass = (page) => {
  const keys = page.units.map((unit) => comparable(unit.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Set<string>();
  return page.units.map((unit, i) => {
    const key = keys[i] ?? '';
    if ((counts.get(key) ?? 0) < 2) return null;
    const first = !seen.has(key);
    seen.add(key);
    const keepFirst = !isSentenceLike(unit.text) || wordCount(unit.text) >= PULL_QUOTE_MIN_WORDS;
    return first && keepFirst ? null : 'repeated';
  });
};

import { hashString, hashValues } from './hash.js';

/**
 * The words of an article for comparison: Unicode-normalised (NFKC), case-folded,
 * apostrophes dropped inside words ("Russia's" → "russias"), every other run of
 * punctuation or whitespace a word boundary.
 */
export function normalWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The distinct hashed shingles (runs of `size` consecutive words) of a list of words. Fewer
 * than `size` words are one shingle; no words, none.
 */
export function shingleSet(words: readonly string[], size: number): Set<number> {
  const hashed = words.map((w) => hashString(w));
  const out = new Set<number>();
  if (hashed.length === 0) return out;
  const last = Math.max(0, hashed.length - size);
  for (let i = 0; i <= last; i++)
    out.add(hashValues(hashed, size, i, Math.min(hashed.length, i + size)));
  return out;
}

/** The shingles of a text: `shingleSet(normalWords(text), size)`. */
export function shingles(text: string, size: number): Set<number> {
  return shingleSet(normalWords(text), size);
}

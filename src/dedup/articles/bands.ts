import { hashValues } from './hash.js';
import type { Signature } from './minhash.js';

/**
 * Locality-sensitive hashing: the signature cut into `bands` bands of `rows` values, each
 * band hashed. Two articles whose signatures agree on a whole band share that band's hash
 * and become candidates; with Jaccard similarity s that happens with probability
 * 1 − (1 − s^rows)^bands. Hashes are signed 32-bit integers (SQLite INTEGER).
 */
export function bandHashes(sig: Signature, bands: number, rows: number): number[] {
  const out: number[] = [];
  for (let b = 0; b < bands; b++) out.push(hashValues(sig, b, b * rows, (b + 1) * rows) | 0);
  return out;
}

/** The probability that two articles of Jaccard similarity s become candidates. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

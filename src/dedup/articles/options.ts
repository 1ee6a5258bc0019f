/** How near-duplicate articles are found; one frozen object, passed down. */
export interface DedupOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** MinHash functions (signature length, 32-bit values). */
  readonly permutations: number;
  /** Seed the hash functions are drawn from; changing it changes every stored signature. */
  readonly seed: number;
  /** LSH: bands × rows values of the signature are indexed (bands × rows ≤ permutations). */
  readonly bands: number;
  readonly rows: number;
  /** Estimated Jaccard similarity from which an article is a copy of another. */
  readonly threshold: number;
  /** Texts with fewer words get no signature: only exact copies are linked. */
  readonly minWords: number;
}

/**
 * Chosen by measurement on the 22 project-written pairs in test/fixtures/near-duplicates/
 * (`npm run bench:dedup -- --pairs`): estimated similarity, min–max per kind of pair, of the
 * raw fixture texts (headlines and boilerplate included; the cleaner removes most of them
 * at ingest, where such copies come out at 1.00):
 *
 *   shingle  syndicated  rewrite    independent  unrelated
 *   1        0.82–0.88   0.77–1.00  0.20–0.23    0.06–0.15
 *   2        0.80–0.93   0.74–0.95  0.01–0.09    0.00–0.07
 *   3        0.78–0.88   0.66–0.95  0.00–0.06    0.00–0.01
 *   4        0.78–0.88   0.62–0.94  0.00–0.05    0.00
 *   5        0.80–0.88   0.58–0.89  0.00–0.05    0.00
 *
 * Two-word shingles leave the widest gap, but independent reports of the same event already
 * reach 0.09 on ~150-word texts (shared names and common word pairs, which grow with
 * length); from four words up, rewrites drift down towards the independent ones. Three
 * words: copies ≥ 0.66, independent ≤ 0.06. The threshold 0.4 sits between them, 0.26 below
 * the lowest rewrite and 0.34 above the highest independent report (the standard error of a
 * 128-value estimate is at most 0.044). Bands of 3 rows: two articles at similarity 0.4
 * become candidates with probability 0.94, at 0.5 with 0.996, at 0.1 with 0.04; a candidate
 * is then compared on its whole signature.
 */
export const DEDUP_OPTIONS: DedupOptions = Object.freeze({
  shingle: 3,
  permutations: 128,
  seed: 0x5eed_1e55,
  bands: 42,
  rows: 3,
  threshold: 0.4,
  minWords: 25,
});

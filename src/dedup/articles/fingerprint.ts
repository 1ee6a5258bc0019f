import { ParleyError } from '../../errors.js';
import { bandHashes } from './bands.js';
import { minhashSeeds, signature } from './minhash.js';
import type { Signature } from './minhash.js';
import type { DedupOptions } from './options.js';
import { normalWords, shingleSet } from './shingles.js';

/** What near-duplicate detection keeps of an article: its signature and LSH band hashes. */
export interface Fingerprint {
  readonly signature: Signature;
  readonly bands: readonly number[];
}

/** Computes fingerprints with one set of options (the seeds are drawn once). */
export interface Fingerprinter {
  readonly options: DedupOptions;
  /** The fingerprint of an article's text, or null when it is shorter than `minWords`. */
  of(text: string): Fingerprint | null;
  /** The band hashes of a stored signature. */
  bandsOf(sig: Signature): number[];
}

export function createFingerprinter(options: DedupOptions): Fingerprinter {
  if (options.bands * options.rows > options.permutations)
    throw new ParleyError(
      `${options.bands} bands × ${options.rows} rows exceed ${options.permutations} permutations`,
      { where: 'near-duplicate options' },
    );
  const seeds = minhashSeeds(options.permutations, options.seed);
  const bandsOf = (sig: Signature): number[] => bandHashes(sig, options.bands, options.rows);
  return {
    options,
    of(text) {
      const words = normalWords(text);
      if (words.length < options.minWords) return null;
      const sig = signature(shingleSet(words, options.shingle), seeds);
      return { signature: sig, bands: bandsOf(sig) };
    },
    bandsOf,
  };
}

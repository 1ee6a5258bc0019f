/** Near-duplicate articles: shingles, MinHash signatures, LSH bands, and linking copies to originals. */
export { bandHashes, candidateProbability } from './bands.js';
export { createFingerprinter } from './fingerprint.js';
export type { Fingerprint, Fingerprinter } from './fingerprint.js';
export { createLinker } from './link.js';
export type { CopyLink, Linker, LinkInput } from './link.js';
export {
  minhashSeeds,
  signature,
  signatureFromBytes,
  signatureToBytes,
  similarity,
} from './minhash.js';
export type { Signature } from './minhash.js';
export { DEDUP_OPTIONS } from './options.js';
export type { DedupOptions } from './options.js';
export { normalWords, shingles, shingleSet } from './shingles.js';

import { fmix32 } from './hash.js';

/** A MinHash signature: one 32-bit minimum per hash function. */
export type Signature = Uint32Array;

/**
 * The seeds of the hash functions, drawn from a fixed seed with SplitMix32, so every
 * machine computes the same signatures. Hash function i is x → fmix32(x ^ seeds[i]),
 * a permutation of the 32-bit integers.
 */
export function minhashSeeds(count: number, seed: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
}

/** The MinHash signature of a set of hashed shingles (all 0xffffffff for an empty set). */
export function signature(shingles: Iterable<number>, seeds: Uint32Array): Signature {
  const values = Uint32Array.from(shingles);
  const sig = new Uint32Array(seeds.length);
  for (let i = 0; i < seeds.length; i++) {
    const seed = seeds[i] as number;
    let min = 0xffffffff;
    // fmix32(value ^ seed), inlined: this loop is most of the cost of a signature.
    for (let j = 0; j < values.length; j++) {
      let h = (values[j] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal minima. */
export function similarity(a: Signature, b: Signature): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** A signature as bytes for storage: little-endian 32-bit values, the same on every machine. */
export function signatureToBytes(sig: Signature): Buffer {
  const bytes = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt32LE(sig[i] ?? 0, i * 4);
  return bytes;
}

export function signatureFromBytes(bytes: Uint8Array): Signature {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

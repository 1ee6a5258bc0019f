/**
 * 32-bit hashing used by shingles, MinHash and LSH bands: MurmurHash3's mixing steps on
 * 32-bit integers, so the same input gives the same value on every machine.
 */

/** MurmurHash3's finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One MurmurHash3 block step: folds the 32-bit value `k` into the running hash `h`. */
export function mixIn(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) >>> 0;
}

/** MurmurHash3 (x86, 32-bit) of a list of 32-bit values. */
export function hashValues(
  values: ArrayLike<number>,
  seed = 0,
  from = 0,
  to = values.length,
): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) h = mixIn(h, values[i] ?? 0);
  return fmix32(h ^ ((to - from) * 4));
}

/** A 32-bit hash of a string, over its UTF-16 code units (two per 32-bit block). */
export function hashString(s: string, seed = 0): number {
  let h = seed >>> 0;
  let i = 0;
  for (; i + 1 < s.length; i += 2) h = mixIn(h, s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i < s.length) h = mixIn(h, s.charCodeAt(i));
  return fmix32(h ^ (s.length * 2));
}

import { describe, expect, it } from 'vitest';
import {
  minhashSeeds,
  signature,
  signatureFromBytes,
  signatureToBytes,
  similarity,
} from './minhash.js';
import { shingles } from './shingles.js';

const words = (n: number, from = 0): string =>
  Array.from({ length: n }, (_, k) => `w${k + from}`).join(' ');

describe('MinHash', () => {
  const seeds = minhashSeeds(256, 1);

  it('draws the same seeds on every run, distinct ones for another seed', () => {
    expect([...minhashSeeds(4, 1)]).toEqual([0x96a0f96b, 0x12bc8390, 0x971e9964, 0x79adc7e7]);
    expect(minhashSeeds(4, 2)).not.toEqual(minhashSeeds(4, 1));
  });

  // Jaccard similarity of 1-word shingles of w0…w99 and w{offset}…w{offset+99}: (100 − o) / (100 + o).
  it.each([
    [0, 1],
    [10, 90 / 110],
    [33, 67 / 133],
    [60, 40 / 160],
    [100, 0],
  ])('offset %i: estimate within 0.1 of Jaccard %f', (offset, jaccard) => {
    const a = signature(shingles(words(100), 1), seeds);
    const b = signature(shingles(words(100, offset), 1), seeds);
    expect(Math.abs(similarity(a, b) - jaccard)).toBeLessThan(0.1);
  });

  it('gives an empty text no shared minimum with any other', () => {
    expect(similarity(signature(new Set(), seeds), signature(shingles('a b c', 1), seeds))).toBe(0);
  });

  it('round-trips a signature through little-endian bytes', () => {
    const sig = signature(shingles(words(20), 2), minhashSeeds(8, 3));
    const bytes = signatureToBytes(sig);
    expect(bytes.length).toBe(32);
    expect(bytes.readUInt32LE(4)).toBe(sig[1]);
    expect(signatureFromBytes(bytes)).toEqual(sig);
  });
});

import { describe, expect, it } from 'vitest';
import { bandHashes, candidateProbability } from './bands.js';

describe('LSH bands', () => {
  const sig = Uint32Array.from([1, 2, 3, 4, 5, 6, 7]);

  it('hashes each band of rows, ignoring values past bands × rows', () => {
    const bands = bandHashes(sig, 3, 2);
    expect(bands).toHaveLength(3);
    expect(bandHashes(Uint32Array.from([1, 2, 3, 4, 5, 6, 99]), 3, 2)).toEqual(bands);
    expect(bands.every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31)).toBe(true);
  });

  it('changes only the band of a changed value', () => {
    const other = bandHashes(Uint32Array.from([1, 2, 3, 0, 5, 6]), 3, 2);
    expect(other.map((h, b) => h === bandHashes(sig, 3, 2)[b])).toEqual([true, false, true]);
  });

  it('gives equal rows in different bands different hashes', () => {
    const [a, b] = bandHashes(Uint32Array.from([7, 7, 7, 7]), 2, 2);
    expect(a).not.toBe(b);
  });

  it.each([
    [0.4, 42, 3, 0.938],
    [0.5, 42, 3, 0.996],
    [0.1, 42, 3, 0.041],
    [0.5, 32, 4, 0.873],
  ])('similarity %f, %i bands of %i rows: candidates with probability %f', (s, b, r, p) =>
    expect(candidateProbability(s, b, r)).toBeCloseTo(p, 3),
  );
});

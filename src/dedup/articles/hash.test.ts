import { describe, expect, it } from 'vitest';
import { fmix32, hashString, hashValues } from './hash.js';

describe('32-bit hashes', () => {
  // Pinned values: a change here changes every stored signature.
  it.each([
    ['fmix32(0)', fmix32(0), 0],
    ['fmix32(1), MurmurHash3 reference value', fmix32(1), 0x514e28b7],
    ['hashString("")', hashString(''), 0],
    ['hashString("russia")', hashString('russia'), 0xf050ab9a],
    ['hashValues([1, 2, 3])', hashValues([1, 2, 3]), 0xe9d78ad6],
  ])('%s', (_name, got, expected) => expect(got).toBe(expected));

  it.each([
    ['russia', 'Russia'],
    ['ab', 'ba'],
    ['a', 'a\u0000'],
  ])('tells "%s" from "%s"', (a, b) => expect(hashString(a)).not.toBe(hashString(b)));

  it('hashes a slice like the list of its values', () => {
    expect(hashValues([9, 1, 2, 3, 9], 7, 1, 4)).toBe(hashValues([1, 2, 3], 7));
  });
});

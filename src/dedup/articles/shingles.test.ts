import { describe, expect, it } from 'vitest';
import { normalWords, shingles } from './shingles.js';

describe('normalWords', () => {
  it.each([
    ['Russia and Turkey', ['russia', 'and', 'turkey']],
    ["  RUSSIA'S   talks—again!  ", ['russias', 'talks', 'again']],
    ['Russia’s cease-fire, 2016.', ['russias', 'cease', 'fire', '2016']],
    ['Genève\u00a0ｔａｌｋｓ', ['genève', 'talks']],
    ['', []],
    ['… — !', []],
  ])('%j → %j', (text, expected) => expect(normalWords(text)).toEqual(expected));
});

describe('shingles', () => {
  it.each([
    ['a b c d e', 3, 3],
    ['a b c d e', 1, 5],
    ['a b', 3, 1],
    ['a b a b a b', 2, 2],
    ['', 3, 0],
  ])('%j in shingles of %i: %i distinct', (text, size, n) =>
    expect(shingles(text, size).size).toBe(n),
  );

  it('ignores case, punctuation and spacing', () => {
    expect(shingles('Russia met Turkey, in Sochi.', 3)).toEqual(
      shingles('russia   MET turkey in sochi', 3),
    );
  });

  it('keeps word order within a shingle', () => {
    expect(shingles('russia met turkey', 3)).not.toEqual(shingles('turkey met russia', 3));
  });
});

import { describe, it, expect } from 'vitest';
import { dateLine } from './10-dates.js';

describe('dateLine', () => {
  const cases: readonly (readonly [string, 'date' | null])[] = [
    ['February 11, 2016', 'date'],
    ['2/1/2014', 'date'],
    ['Updated: 9 October 2019', 'date'],
    ['February 30, 2016', null],
    ['On February 11, 2016, the ministers met.', null],
    ['Last rebel city under siege', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(dateLine(line)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { dateParts } from './dates.js';

describe('dateParts', () => {
  it.each([
    ['2016-02-12', 'day', { year: 2016, month: 2, day: 12 }],
    ['2016-02-08', 'week', { year: 2016, month: 2, day: null }],
    ['2016-02', 'month', { year: 2016, month: 2, day: null }],
    ['2016', 'year', { year: 2016, month: null, day: null }],
    [null, null, { year: null, month: null, day: null }],
    ['2016-02-12', null, { year: 2016, month: 2, day: 12 }],
    ['not a date', 'day', { year: null, month: null, day: null }],
  ] as const)('%s at %s precision', (date, precision, expected) => {
    expect(dateParts(date, precision)).toEqual(expected);
  });
});
